package org.reegraph.api.graphql;

import java.util.Map;

import graphql.ExecutionInput;
import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import io.micronaut.configuration.graphql.DefaultGraphQLExecutionInputCustomizer;
import io.micronaut.configuration.graphql.GraphQLExecutionInputCustomizer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.reegraph.api.ApiConfig;

/**
 * Gives every request its own DataLoaders, hands the Authorization header and HTTP method to the fetchers, and
 * sets the per-request parser limits (characters, tokens) and the introspection switch from {@link ApiConfig}
 * (per request, not graphql-java's JVM-wide defaults, so two servers in one JVM keep their own settings).
 */
@Singleton
@Replaces(DefaultGraphQLExecutionInputCustomizer.class)
final class RequestCustomizer implements GraphQLExecutionInputCustomizer {

	/** The GraphQL context key holding the request's Authorization header ("" when absent). */
	static final String AUTHORIZATION = "reegraph.authorization";
	/** The GraphQL context key holding the request's HTTP method (GET requests may not mutate). */
	static final String METHOD = "reegraph.httpMethod";

	private final Loaders loaders;
	private final ParserOptions parserOptions;
	private final boolean introspectionDisabled;

	RequestCustomizer(Loaders loaders, ApiConfig config) {
		this.loaders = loaders;
		// The character limit is checked first by QuerySize (with a message naming the setting); this is the backstop.
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(b -> b
			.maxCharacters(config.maxQueryLength() + 1)
			.maxTokens(config.maxQueryTokens()));
		this.introspectionDisabled = !config.introspectionEnabled();
	}

	@Override
	public Publisher<ExecutionInput> customize(ExecutionInput input, HttpRequest request,
			MutableHttpResponse<String> response) {
		String authorization = request.getHeaders().getAuthorization().orElse("");
		return Publishers.just(input.transform(b -> b.dataLoaderRegistry(loaders.newRegistry())
			.graphQLContext(Map.of(AUTHORIZATION, authorization, METHOD, request.getMethodName(), ParserOptions.class,
					parserOptions, Introspection.INTROSPECTION_DISABLED, introspectionDisabled))));
	}
}
