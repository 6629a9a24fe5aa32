package org.reegraph.cypher.query;

/**
 * A statement needed more memory than Neo4j allows transactions (per transaction: {@code db.memory.transaction.max};
 * all together: {@code dbms.memory.transaction.total.max}) and Neo4j stopped it.
 */
public final class QueryMemoryException extends QueryException {

	private static final long serialVersionUID = 1L;

	QueryMemoryException(Throwable cause) {
		super("The query needed more memory than Neo4j allows a query and was stopped; ask for fewer hops or a "
				+ "smaller page.", cause);
	}
}
