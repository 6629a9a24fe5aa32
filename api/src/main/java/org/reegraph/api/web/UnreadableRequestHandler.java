package org.reegraph.api.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JacksonException;
import io.micronaut.context.annotation.Requirements;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.reegraph.api.telemetry.Propagation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Answers requests whose body cannot be read — a JSON array (batches are not supported), broken JSON, a value
 * that is not an object — and any other unexpected failure outside GraphQL execution with a GraphQL-shaped
 * error, instead of Micronaut's default 500 that names internal classes and parser details. Errors with an HTTP
 * status of their own keep Micronaut's more specific handlers.
 */
@Produces
@Singleton
@Requirements(@Requires(classes = { ExceptionHandler.class, JacksonException.class }))
final class UnreadableRequestHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

	private static final Logger LOG = LoggerFactory.getLogger(UnreadableRequestHandler.class);

	@Override
	public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
		if (isUnreadableBody(exception)) {
			return HttpResponse.badRequest(error("The request body is not a GraphQL request: send one JSON object such as "
					+ "{\"query\": \"{ element(symbol: \\\"Dy\\\") { name } }\", \"variables\": {}}; batches (JSON arrays) are "
					+ "not supported.", "BAD_REQUEST"));
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		try (MDC.MDCCloseable id = MDC.putCloseable(Propagation.REQUEST_ID, String.valueOf(RequestIds.of(request)))) {
			LOG.error("Unexpected error answering {} {} (reference {})", request.getMethodName(), request.getPath(), reference,
					exception);
		}
		return HttpResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).body(error("The server could not answer this request; "
				+ "the server log has the details under reference " + reference + ".", "INTERNAL"));
	}

	private static boolean isUnreadableBody(Throwable exception) {
		for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof JacksonException || (t.getMessage() != null && t.getMessage().startsWith("Error deserializing"))) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, Object> error(String message, String classification) {
		return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", classification))));
	}
}
