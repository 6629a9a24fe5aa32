package org.reegraph.api.graphql;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.reegraph.api.ApiConfig;

/**
 * Rejects a request whose {@code first}, {@code last}, {@code paths} or {@code maxHops} arguments exceed the configured limits, one with more
 * aliases than {@code maxAliases} (1,000 aliases of an expensive field would run 1,000 statements), schema
 * introspection when it is switched off, and mutations on a read-only server — before the other analyses and
 * before any statement runs.
 */
final class ArgumentLimits extends SimplePerformantInstrumentation {

	private final ApiConfig config;

	ArgumentLimits(ApiConfig config) {
		this.config = config;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext ctx = parameters.getExecutionContext();
		OperationDefinition.Operation operation = ctx.getOperationDefinition().getOperation();
		if (operation == OperationDefinition.Operation.MUTATION && ctx.getGraphQLSchema().getMutationType() == null) {
			throw new AbortExecutionException("This server is read-only: it has no mutations. Configure an API token "
					+ "(reegraph.api.token / REEGRAPH_API_TOKEN) to enable loadDocument.");
		}
		if (operation == OperationDefinition.Operation.MUTATION
				&& "GET".equals(ctx.getGraphQLContext().get(RequestCustomizer.METHOD))) {
			throw new AbortExecutionException("Mutations must be sent with POST, not GET.");
		}
		if (operation == OperationDefinition.Operation.SUBSCRIPTION) {
			throw new AbortExecutionException("This server has no subscriptions.");
		}
		Shape shape = new Shape();
		QueryTraverser.newQueryTraverser()
			.schema(ctx.getGraphQLSchema())
			.document(ctx.getDocument())
			.operationName(ctx.getExecutionInput().getOperationName())
			.coercedVariables(ctx.getCoercedVariables())
			.build()
			.visitPreOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment env) {
					check(env);
					shape.add(env);
				}
			});
		if (shape.aliases > config.maxAliases()) {
			throw new AbortExecutionException("The query uses " + shape.aliases + " aliases; the limit maxAliases is "
					+ config.maxAliases() + " (reegraph.api.max-aliases). Each aliased field runs its own database query: "
					+ "ask for fewer fields at once.");
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** Counts while the query is walked; stops a walk that grows past what the complexity limit would allow. */
	private final class Shape {

		private int fields;
		private int aliases;

		void add(QueryVisitorFieldEnvironment env) {
			String name = env.getField().getName();
			if (!config.introspectionEnabled() && ("__schema".equals(name) || "__type".equals(name))) {
				throw new AbortExecutionException("Schema introspection (" + name + ") is switched off on this server "
						+ "(reegraph.api.introspection-enabled=false); the schema is described in docs/graphql.md.");
			}
			if (env.getField().getAlias() != null) {
				aliases++;
			}
			// Fragments spread inside fragments multiply: bound the walk itself (every field costs at least 1).
			if (++fields > config.maxComplexity()) {
				throw new AbortExecutionException("The query has more than " + config.maxComplexity()
						+ " fields once its fragments are expanded; the limit maxComplexity is " + config.maxComplexity()
						+ " (reegraph.api.max-complexity).");
			}
		}
	}

	private void check(QueryVisitorFieldEnvironment env) {
		String field = env.getField().getName();
		if (env.getArguments().get("first") instanceof Integer first && first < 0) {
			throw new AbortExecutionException("first: " + first + " on " + field + " must not be negative.");
		}
		if (env.getArguments().get("last") instanceof Integer last && last < 0) {
			throw new AbortExecutionException("last: " + last + " on " + field + " must not be negative.");
		}
		if (env.getArguments().get("last") instanceof Integer last && last > config.maxPageSize()) {
			throw new AbortExecutionException("last: " + last + " on " + field + " exceeds the limit maxPageSize of "
					+ config.maxPageSize() + " (reegraph.api.max-page-size).");
		}
		if (env.getArguments().get("offset") instanceof Integer offset && offset < 0) {
			throw new AbortExecutionException("offset: " + offset + " on " + field + " must not be negative.");
		}
		if (env.getArguments().get("first") instanceof Integer first && first > config.maxPageSize()) {
			throw new AbortExecutionException("first: " + first + " on " + field + " exceeds the limit maxPageSize of "
					+ config.maxPageSize() + " (reegraph.api.max-page-size).");
		}
		if (env.getArguments().get("paths") instanceof Integer paths && paths > config.maxPageSize()) {
			throw new AbortExecutionException("paths: " + paths + " on " + field + " exceeds the limit maxPageSize of "
					+ config.maxPageSize() + " (reegraph.api.max-page-size).");
		}
		if (env.getArguments().get("maxHops") instanceof Integer hops && hops > config.maxHops()) {
			throw new AbortExecutionException("maxHops: " + hops + " on " + field + " exceeds the limit maxHops of "
					+ config.maxHops() + " (reegraph.api.max-hops).");
		}
	}
}
