package org.reegraph.cypher.query;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ReegraphQueries} runs its statements.
 *
 * @param database the database, or null for the server's default
 * @param timeout the transaction timeout of every statement (default 10 s)
 * @param observer hears about every statement sent (default: none)
 */
public record QueryOptions(String database, Duration timeout, QueryObserver observer) {

	/**
	 * Validates.
	 *
	 * @param database the database, or null for the server's default
	 * @param timeout the transaction timeout of every statement (default 10 s)
	 * @param observer hears about every statement sent (default: none)
	 */
	public QueryOptions {
		Objects.requireNonNull(timeout, "Queries need a timeout, e.g. Duration.ofSeconds(10).");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("The query timeout must be positive, got " + timeout + ".");
		}
		observer = observer == null ? QueryObserver.NONE : observer;
	}

	/** {@return the defaults: the default database, a 10 s timeout, no observer} */
	public static QueryOptions defaults() {
		return new QueryOptions(null, Duration.ofSeconds(10), QueryObserver.NONE);
	}

	/**
	 * {@return a copy for another database}
	 *
	 * @param name the database name, or null for the default
	 */
	public QueryOptions withDatabase(String name) {
		return new QueryOptions(name, timeout, observer);
	}

	/**
	 * {@return a copy with another timeout}
	 *
	 * @param value the timeout
	 */
	public QueryOptions withTimeout(Duration value) {
		return new QueryOptions(database, value, observer);
	}

	/**
	 * {@return a copy with an observer}
	 *
	 * @param value the observer
	 */
	public QueryOptions withObserver(QueryObserver value) {
		return new QueryOptions(database, timeout, value);
	}
}
