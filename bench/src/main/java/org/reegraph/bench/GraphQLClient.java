package org.reegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts GraphQL requests over HTTP/1.1 (JSON body, {@code content-type: application/json}, which Apollo's CSRF
 * guard also wants). A request counts as answered when the status is 200 and the body has no {@code errors}.
 */
final class GraphQLClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http;
	private final URI endpoint;

	GraphQLClient(String endpoint) {
		this.endpoint = URI.create(endpoint);
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** A ready-to-send request body. */
	record Body(String json) {

		static Body of(String query, Map<String, Object> variables) {
			try {
				return new Body(JSON.writeValueAsString(Map.of("query", query, "variables", variables)));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalArgumentException("Cannot encode the GraphQL request: " + ex.getMessage(), ex);
			}
		}
	}

	/**
	 * Sends one request.
	 *
	 * @param body the request
	 * @return the response body
	 * @throws IllegalStateException when the status is not 200 or the body carries errors
	 */
	String post(Body body) {
		HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
			.header("content-type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body.json())).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			if (response.statusCode() != 200 || text.contains("\"errors\"")) {
				throw new IllegalStateException("GraphQL answered " + response.statusCode() + ": "
						+ text.substring(0, Math.min(400, text.length())));
			}
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("POST " + endpoint + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + endpoint + ".", ex);
		}
	}

	/** {@return true when the endpoint answers this request, false on any failure} */
	boolean answers(Body body) {
		try {
			post(body);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}
}
