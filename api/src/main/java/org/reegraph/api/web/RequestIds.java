package org.reegraph.api.web;

import java.util.UUID;
import java.util.regex.Pattern;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Gives every request an id — the client's {@code X-Request-Id} when it is a plain token of up to 64 characters, else
 * a new one — and sends it back in {@code X-Request-Id}. The GraphQL endpoint and the error handler log with it
 * ({@code requestId} in the log context), so a client's report and the server log meet.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIds {

	/** The header carrying the id, both ways. */
	static final String HEADER = "X-Request-Id";
	/** The request attribute holding the id. */
	static final String ATTRIBUTE = "reegraph.requestId";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@RequestFilter
	void assign(HttpRequest<?> request) {
		String id = request.getHeaders().get(HEADER);
		request.setAttribute(ATTRIBUTE, id != null && ACCEPTABLE.matcher(id).matches() ? id : UUID.randomUUID().toString());
	}

	@ResponseFilter
	void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
		request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
	}

	/** {@return the request's id, or null outside a request the filter saw} */
	static String of(HttpRequest<?> request) {
		return request.getAttribute(ATTRIBUTE, String.class).orElse(null);
	}
}
