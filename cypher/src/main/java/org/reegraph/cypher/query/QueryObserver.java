package org.reegraph.cypher.query;

import java.util.Map;

/** Hears about every statement {@link ReegraphQueries} sends, e.g. to log it or to pin it in a golden-file test. */
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
}
