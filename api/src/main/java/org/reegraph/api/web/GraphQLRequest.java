package org.reegraph.api.web;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * One GraphQL-over-HTTP request's parameters, checked: {@code query} a string (absent only when the extensions
 * name a persisted query), {@code operationName} a string or null, {@code variables} and {@code extensions} maps or
 * null. A request that breaks these is not a well-formed GraphQL request and is answered 400 whatever the media
 * type.
 *
 * @param query the document, or null when a persisted query's hash stands for it
 * @param operationName the operation to run, or null
 * @param variables the variables (empty when none)
 * @param extensions the extensions (empty when none)
 */
record GraphQLRequest(@Nullable String query, @Nullable String operationName, Map<String, Object> variables,
		Map<String, Object> extensions) {

	/** A request that is not a well-formed GraphQL request; the message says what to send instead. */
	static final class Malformed extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message, null, false, false);
		}
	}

	/**
	 * Reads the parameters of a request body or of a GET's query string (variables and extensions decoded already).
	 *
	 * @param body the decoded JSON value
	 * @return the checked request
	 * @throws Malformed naming the bad parameter
	 */
	@SuppressWarnings("unchecked")
	static GraphQLRequest of(Object body) {
		if (body instanceof List<?>) {
			throw new Malformed("The request body is not a GraphQL request: batches (JSON arrays) are not supported; send "
					+ "one JSON object such as {\"query\": \"{ element(symbol: \\\"Dy\\\") { name } }\", \"variables\": {}}.");
		}
		if (!(body instanceof Map<?, ?> map)) {
			throw new Malformed("The request body is not a GraphQL request: send one JSON object such as "
					+ "{\"query\": \"{ element(symbol: \\\"Dy\\\") { name } }\", \"variables\": {}}.");
		}
		Object query = map.get("query");
		Object operationName = map.get("operationName");
		Map<String, Object> variables = object(map.get("variables"), "variables");
		Map<String, Object> extensions = object(map.get("extensions"), "extensions");
		if (query == null && !extensions.containsKey("persistedQuery")) {
			throw new Malformed("The request has no query: send the GraphQL document as the string parameter \"query\""
					+ (map.isEmpty() ? "." : " (the request has " + String.join(", ", ((Map<String, ?>) map).keySet()) + ")."));
		}
		if (query != null && !(query instanceof String)) {
			throw new Malformed("The parameter \"query\" must be a string holding the GraphQL document, got " + kind(query) + ".");
		}
		if (operationName != null && !(operationName instanceof String)) {
			throw new Malformed("The parameter \"operationName\" must be a string or null, got " + kind(operationName) + ".");
		}
		return new GraphQLRequest((String) query, (String) operationName, variables, extensions);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value, String name) {
		if (value == null) {
			return Map.of();
		}
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new Malformed("The parameter \"" + name + "\" must be a JSON object (a map) or null, got " + kind(value) + ".");
	}

	private static String kind(Object value) {
		if (value instanceof String) {
			return "a string";
		}
		if (value instanceof Number) {
			return "a number";
		}
		if (value instanceof Boolean) {
			return "a boolean";
		}
		if (value instanceof List<?>) {
			return "an array";
		}
		return "an object";
	}
}
