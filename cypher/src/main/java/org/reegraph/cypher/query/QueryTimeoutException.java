package org.reegraph.cypher.query;

import java.time.Duration;

/** A statement ran longer than the configured transaction timeout and was stopped. */
public final class QueryTimeoutException extends QueryException {

	private static final long serialVersionUID = 1L;

	QueryTimeoutException(Duration timeout, Throwable cause) {
		super("The query took longer than the " + timeout.toMillis() + " ms query timeout and was stopped; "
				+ "ask for fewer hops or a smaller page.", cause);
	}
}
