package org.reegraph.loader.write;

import java.io.Serial;

/**
 * A document holds a fact the graph contract refuses: ends its type may not join, or a property its type does
 * not declare. The message names the document, the rule that made the fact, the type and the property; the
 * writer writes nothing of such a document.
 */
public final class ContractViolationException extends IllegalArgumentException {

	@Serial
	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 *
	 * @param message what the contract refuses, naming document, rule, type and property
	 */
	public ContractViolationException(String message) {
		super(message);
	}
}
