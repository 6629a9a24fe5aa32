package org.reegraph.cypher.query;

/**
 * A query could not be answered; the message is written for the person who asked and never contains Cypher.
 * Subtypes say why: {@link UnknownValueException}, {@link GraphUnavailableException},
 * {@link QueryTimeoutException}, {@link QueryMemoryException}.
 */
public sealed class QueryException extends RuntimeException
		permits UnknownValueException, GraphUnavailableException, QueryTimeoutException, QueryMemoryException {

	private static final long serialVersionUID = 1L;

	QueryException(String message, Throwable cause) {
		super(message, cause);
	}
}
