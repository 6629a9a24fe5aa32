package org.reegraph.cypher.query;

import java.util.Map;

/**
 * Hears about every statement {@link ReegraphQueries} sends, e.g. to log it, to pin it in a golden-file test, or to time
 * it.
 */
@FunctionalInterface
public interface QueryObserver {

	/** An observer that ignores everything. */
	QueryObserver NONE = (name, parameters) -> {
	};

	/**
	 * A statement is about to run.
	 *
	 * @param name the query file's name, e.g. {@code dependency-paths}
	 * @param parameters the parameters sent with it
	 */
	void beforeQuery(String name, Map<String, Object> parameters);

	/**
	 * The statement has run (on the thread that called {@link #beforeQuery}), e.g. to time it.
	 *
	 * @param name the query file's name
	 * @param nanos how long it took, from sending it to its last record read
	 * @param failure what it failed with, or null when it succeeded
	 */
	default void afterQuery(String name, long nanos, Throwable failure) {
	}
}
