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
import org.apache.hc.core5.util.TimeValue;
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
 * <p>
 * Content compression is off: Apache's client would offer gzip/zstd and Micronaut compresses every text answer of
 * 1 kB or more when offered, so large answers would be timed with compression in them (Bolt, the floor, does not
 * compress, and the peer's Apollo server does not either).
 */
final class GraphQLClient implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** {@code application/json} without a charset parameter, as browsers and GraphiQL send it; the body is UTF-8. */
	private static final ContentType GRAPHQL_JSON = ContentType.create("application/json");

	private final CloseableHttpClient http;
	private final String endpoint;

	/**
	 * A client for reegraph's API, which keeps idle connections open for minutes.
	 *
	 * @param endpoint the GraphQL URL
	 * @param connections the most concurrent callers
	 */
	GraphQLClient(String endpoint, int connections) {
		// Checked only after a minute idle: the default (2 s) costs a blocking ~1 ms read before the first request
		// after any statement that took longer, which would land in the latency figures.
		this(endpoint, connections, TimeValue.ofMinutes(1));
	}

	/**
	 * @param endpoint the GraphQL URL
	 * @param connections the most concurrent callers: the pool holds that many, so none waits for a connection
	 * @param idleCheck how long a pooled connection may sit idle before it is checked for a close by the server
	 *        (Node closes idle keep-alive connections after 5 s; a POST on a closed one fails and is not retried)
	 */
	GraphQLClient(String endpoint, int connections, TimeValue idleCheck) {
		this.endpoint = endpoint;
		ConnectionConfig connection = ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
			.setSocketTimeout(Timeout.ofSeconds(60)).setValidateAfterInactivity(idleCheck).build();
		int pool = Math.max(1, connections);
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(pool)
				.setMaxConnPerRoute(pool).setDefaultConnectionConfig(connection).build())
			.disableContentCompression().disableAutomaticRetries().disableCookieManagement()
			.disableRedirectHandling().build();
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
