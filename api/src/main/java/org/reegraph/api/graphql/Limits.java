package org.reegraph.api.graphql;

import java.util.List;
import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import org.reegraph.api.ApiConfig;

/**
 * The request limits, as graphql-java instrumentation checked before anything runs: document size (before
 * parsing), argument limits ({@code first} at most maxPageSize, {@code maxHops} at most maxHops), aliases,
 * the introspection switch, query depth, query complexity. Each
 * error names the limit, its value and how to configure it. Schema introspection (GraphiQL) is exempt from the
 * depth and complexity limits.
 */
final class Limits {

	private Limits() {
	}

	static Instrumentation instrumentation(ApiConfig config) {
		return new RequestLevelChain(List.of(new QuerySize(config), new ArgumentLimits(config), depth(config.maxDepth()),
				complexity(config.maxComplexity())));
	}

	private static Instrumentation depth(int max) {
		return new MaxQueryDepthInstrumentation(max) {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return isIntrospection(parameters.getExecutionContext()) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

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
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return isIntrospection(parameters.getExecutionContext()) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

			@Override
			protected AbortExecutionException mkAbortException(int totalComplexity, int maxComplexity) {
				return new AbortExecutionException("The query costs " + totalComplexity + "; the limit maxComplexity is "
						+ maxComplexity + " (reegraph.api.max-complexity). A list field costs its page size (first, "
						+ "times maxHops for dependencyPaths) times what it selects: ask for smaller pages or fewer fields.");
			}
		};
	}

	/**
	 * Whether the operation only asks for the schema ({@code __schema}, {@code __type}): GraphiQL's introspection
	 * query is deeper than any data query needs, and graphql-java's good-faith introspection check bounds it.
	 */
	static boolean isIntrospection(ExecutionContext ctx) {
		return ctx.getOperationDefinition().getSelectionSet().getSelections().stream()
			.allMatch(s -> s instanceof Field f && f.getName().startsWith("__"));
	}

	/** A field costs 1 plus its selection, multiplied by its page size (first or last; a connection's default size) and, for dependencyPaths, by maxHops. */
	static FieldComplexityCalculator calculator() {
		return (env, childComplexity) -> {
			Map<String, Object> args = env.getArguments();
			long cost = 1L + childComplexity;
			if (args.get("first") instanceof Integer first) {
				cost *= Math.max(1, first);
			}
			else if (args.get("last") instanceof Integer last) {
				cost *= Math.max(1, last);
			}
			else if (env.getFieldDefinition().getName().endsWith("Connection")) {
				cost *= PageRequest.DEFAULT_SIZE; // a connection without first or last pages by the default size
			}
			if (args.get("maxHops") instanceof Integer hops) {
				cost *= Math.max(1, hops);
			}
			return (int) Math.min(Integer.MAX_VALUE / 2, cost);
		};
	}
}
