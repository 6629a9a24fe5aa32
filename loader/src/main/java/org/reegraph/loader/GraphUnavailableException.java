package org.reegraph.loader;

/** Neo4j could not be reached during a load; the message says what was written and what to do. */
public final class GraphUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 *
	 * @param message for the user
	 * @param cause the driver's error
	 */
	public GraphUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
