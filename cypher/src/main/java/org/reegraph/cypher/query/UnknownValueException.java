package org.reegraph.cypher.query;

/** An argument names nothing in the graph, e.g. an element symbol or a country code that is not there. */
public final class UnknownValueException extends QueryException {

	private static final long serialVersionUID = 1L;

	UnknownValueException(String what, String value, String example) {
		super("No " + what + " matches '" + value + "'; expected " + example + ".", null);
	}
}
