package org.reegraph.cypher.query;

/** Neo4j cannot be reached right now; the driver reconnects by itself once it is back. */
public final class GraphUnavailableException extends QueryException {

	private static final long serialVersionUID = 1L;

	GraphUnavailableException(Throwable cause) {
		super("The graph database is not reachable right now; try again shortly.", cause);
	}
}
