package org.reegraph.api.graphql;

import java.util.Map;

import graphql.ExecutionInput;
import io.micronaut.configuration.graphql.DefaultGraphQLExecutionInputCustomizer;
import io.micronaut.configuration.graphql.GraphQLExecutionInputCustomizer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** Gives every request its own DataLoaders and hands the Authorization header and HTTP method to the fetchers. */
@Singleton
@Replaces(DefaultGraphQLExecutionInputCustomizer.class)
final class RequestCustomizer implements GraphQLExecutionInputCustomizer {

	/** The GraphQL context key holding the request's Authorization header ("" when absent). */
	static final String AUTHORIZATION = "reegraph.authorization";
	/** The GraphQL context key holding the request's HTTP method (GET requests may not mutate). */
	static final String METHOD = "reegraph.httpMethod";

	private final Loaders loaders;

	RequestCustomizer(Loaders loaders) {
		this.loaders = loaders;
	}

	@Override
	public Publisher<ExecutionInput> customize(ExecutionInput input, HttpRequest request,
			MutableHttpResponse<String> response) {
		String authorization = request.getHeaders().getAuthorization().orElse("");
		return Publishers.just(input.transform(b -> b.dataLoaderRegistry(loaders.newRegistry())
			.graphQLContext(Map.of(AUTHORIZATION, authorization, METHOD, request.getMethodName()))));
	}
}
