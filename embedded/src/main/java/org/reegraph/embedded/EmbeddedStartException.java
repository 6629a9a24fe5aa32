package org.reegraph.embedded;

/** The embedded Neo4j could not start; the message says why and what to change. */
public final class EmbeddedStartException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 *
	 * @param message what went wrong, for a user
	 * @param cause the underlying error
	 */
	public EmbeddedStartException(String message, Throwable cause) {
		super(message, cause);
	}
}
