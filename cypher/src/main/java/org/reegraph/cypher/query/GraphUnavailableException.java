package org.reegraph.cypher.query;

/**
 * Neo4j cannot be reached right now, whether a query or a load's writes met the outage; the driver reconnects by
 * itself once it is back. The one exception for a database that is down: the API answers it as {@code UNAVAILABLE},
 * the launcher prints its message.
 */
public final class GraphUnavailableException extends QueryException {

	private static final long serialVersionUID = 1L;

	GraphUnavailableException(Throwable cause) {
		this("The graph database is not reachable right now; try again shortly.", cause);
	}

	/**
	 * Creates the exception with a message that says what the outage interrupted (a load says which documents are
	 * complete and what to run again).
	 *
	 * @param message for the user, without Cypher
	 * @param cause the driver's error
	 */
	public GraphUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
