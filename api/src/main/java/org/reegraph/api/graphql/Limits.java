package org.reegraph.api.graphql;

import java.util.List;
import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import org.reegraph.api.ApiConfig;

/**
 * The request limits, as graphql-java instrumentation checked before anything runs: argument limits
 * ({@code first} at most maxPageSize, {@code maxHops} at most maxHops), query depth, query complexity. Each
 * error names the limit, its value and how to configure it.
 */
final class Limits {

	private Limits() {
	}

	static Instrumentation instrumentation(ApiConfig config) {
		return new ChainedInstrumentation(List.of(new ArgumentLimits(config), depth(config.maxDepth()),
				complexity(config.maxComplexity())));
	}

	private static Instrumentation depth(int max) {
		return new MaxQueryDepthInstrumentation(max) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return new AbortExecutionException("The query is " + depth + " levels deep; the limit maxDepth is "
						+ maxDepth + " (reegraph.api.max-depth).");
			}
		};
	}

	private static Instrumentation complexity(int max) {
		return new MaxQueryComplexityInstrumentation(max, calculator()) {
			@Override
			protected AbortExecutionException mkAbortException(int totalComplexity, int maxComplexity) {
				return new AbortExecutionException("The query costs " + totalComplexity + "; the limit maxComplexity is "
						+ maxComplexity + " (reegraph.api.max-complexity). A list field costs its page size (first, "
						+ "times maxHops for dependencyPaths) times what it selects: ask for smaller pages or fewer fields.");
			}
		};
	}

	/** A field costs 1 plus its selection, multiplied by its page size and, for dependencyPaths, by maxHops. */
	static FieldComplexityCalculator calculator() {
		return (env, childComplexity) -> {
			Map<String, Object> args = env.getArguments();
			long cost = 1L + childComplexity;
			if (args.get("first") instanceof Integer first) {
				cost *= Math.max(1, first);
			}
			if (args.get("maxHops") instanceof Integer hops) {
				cost *= Math.max(1, hops);
			}
			return (int) Math.min(Integer.MAX_VALUE / 2, cost);
		};
	}
}
