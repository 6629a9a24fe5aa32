package org.reegraph.api.graphql;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import org.reegraph.api.ApiConfig;

/**
 * Refuses a query document longer than {@link ApiConfig#maxQueryLength()} characters before it is parsed, with a
 * message naming the limit. (The token limit is graphql-java's parser option, set per request by
 * {@link RequestCustomizer}.) Variables are not counted: they are values, never parsed as GraphQL.
 */
final class QuerySize extends SimplePerformantInstrumentation {

	private final int maxLength;

	QuerySize(ApiConfig config) {
		this.maxLength = config.maxQueryLength();
	}

	@Override
	public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		String query = parameters.getQuery();
		if (query != null && query.length() > maxLength) {
			throw new AbortExecutionException("The query document has " + query.length()
					+ " characters; the limit maxQueryLength is " + maxLength + " (reegraph.api.max-query-length). "
					+ "Pass long values as variables.");
		}
		return SimpleInstrumentationContext.noOp();
	}
}
