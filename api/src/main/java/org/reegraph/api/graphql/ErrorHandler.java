package org.reegraph.api.graphql;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import org.reegraph.cypher.query.GraphUnavailableException;
import org.reegraph.cypher.query.QueryMemoryException;
import org.reegraph.cypher.query.QueryTimeoutException;
import org.reegraph.cypher.query.UnknownValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception a fetcher throws into a GraphQL error a client can act on. Messages name the bad
 * value; the {@code classification} extension says what kind of problem it is (BAD_REQUEST, NOT_FOUND,
 * UNAUTHORIZED, UNAVAILABLE, TIMEOUT, TOO_LARGE, INTERNAL). Stack traces and Cypher never leave the server: an
 * unexpected error is logged with a reference the client sees.
 */
final class ErrorHandler implements DataFetcherExceptionHandler {

	private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

	@Override
	public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
			DataFetcherExceptionHandlerParameters params) {
		Throwable ex = unwrap(params.getException());
		String classification;
		String message;
		if (ex instanceof UnknownValueException) {
			classification = "NOT_FOUND";
			message = ex.getMessage();
		}
		else if (ex instanceof IllegalArgumentException) {
			classification = "BAD_REQUEST";
			message = ex.getMessage();
		}
		else if (ex instanceof NotAuthorizedException) {
			classification = "UNAUTHORIZED";
			message = ex.getMessage();
		}
		else if (ex instanceof GraphUnavailableException) {
			classification = "UNAVAILABLE";
			message = ex.getMessage();
			LOG.warn("Neo4j unavailable: {}", ex.getCause() == null ? ex : ex.getCause().getMessage());
		}
		else if (ex instanceof QueryTimeoutException) {
			classification = "TIMEOUT";
			message = ex.getMessage();
		}
		else if (ex instanceof QueryMemoryException) {
			classification = "TOO_LARGE";
			message = ex.getMessage();
		}
		else {
			String reference = UUID.randomUUID().toString().substring(0, 8);
			LOG.error("Unexpected error in {} (reference {})", params.getPath(), reference, ex);
			classification = "INTERNAL";
			message = "The server could not answer this field; the server log has the details under reference "
					+ reference + ".";
		}
		GraphQLError error = GraphqlErrorBuilder.newError()
			.message(message)
			.path(params.getPath())
			.location(params.getSourceLocation())
			.extensions(Map.of("classification", classification))
			.build();
		return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult().error(error).build());
	}

	private static Throwable unwrap(Throwable ex) {
		Throwable t = ex;
		while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
			t = t.getCause();
		}
		return t;
	}
}
