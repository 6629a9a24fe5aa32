package org.reegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts GraphQL requests over HTTP/1.1 (JSON body, {@code content-type: application/json}, which Apollo's CSRF
 * guard also wants). A request counts as answered when the status is 200 and the body has no {@code errors}.
 * <p>
 * Apache HttpClient's classic client: the request is written and its answer read on the calling thread, over a
 * kept-alive connection from a pool (one per concurrent caller). That is how the floor is timed too (the driver's
 * blocking session), so the ratio compares the servers rather than two clients' thread hand-offs: the JDK's
 * {@code java.net.http.HttpClient} passes every answer from its selector thread through an executor before the
 * caller wakes, which on this two-core machine costs a few hundred microseconds per request.
 */
final class GraphQLClient implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** {@code application/json} without a charset parameter, as browsers and GraphiQL send it; the body is UTF-8. */
	private static final ContentType GRAPHQL_JSON = ContentType.create("application/json");

	/** More than the most concurrent callers any benchmark uses (32), so none waits for a connection. */
	private static final int MAX_CONNECTIONS = 64;

	private final CloseableHttpClient http;
	private final String endpoint;

	GraphQLClient(String endpoint) {
		this.endpoint = endpoint;
		ConnectionConfig connection = ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
			.setSocketTimeout(Timeout.ofSeconds(60)).build();
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(MAX_CONNECTIONS)
				.setMaxConnPerRoute(MAX_CONNECTIONS).setDefaultConnectionConfig(connection).build())
			.disableAutomaticRetries().disableCookieManagement().disableRedirectHandling().build();
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

		byte[] bytes() {
			return json.getBytes(StandardCharsets.UTF_8);
		}
	}

	private record Answer(int status, String text) {
	}

	/**
	 * Sends one request.
	 *
	 * @param body the request
	 * @return the response body
	 * @throws IllegalStateException when the status is not 200 or the body carries errors
	 * @throws UncheckedIOException when the server cannot be reached or the connection breaks
	 */
	String post(Body body) {
		HttpPost request = new HttpPost(endpoint);
		request.setEntity(new ByteArrayEntity(body.bytes(), GRAPHQL_JSON));
		Answer answer;
		try {
			answer = http.execute(request, response -> {
				try {
					return new Answer(response.getCode(), response.getEntity() == null ? ""
							: EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
				}
				catch (ParseException ex) {
					throw new IOException("Unreadable answer: " + ex.getMessage(), ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("POST " + endpoint + " failed: " + ex.getMessage(), ex);
		}
		String text = answer.text();
		if (answer.status() != 200 || text.contains("\"errors\"")) {
			throw new IllegalStateException("GraphQL answered " + answer.status() + ": "
					+ text.substring(0, Math.min(400, text.length())));
		}
		return text;
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

	@Override
	public void close() {
		http.close(CloseMode.IMMEDIATE);
	}
}
