package org.reegraph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.reegraph.cypher.query.QueryObserver;
import org.reegraph.loader.LoadListener;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.testsupport.TestNeo4j;

/**
 * The API under test: one real Neo4j (TestNeo4j) loaded once per JVM with the bundled corpus, and one server
 * over it with an API token and a recording {@link QueryObserver}; plus a small GraphQL-over-HTTP client.
 */
public final class TestApi {

	/** The API token of the shared server. */
	public static final String TOKEN = "test-token-0123456789";

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final List<Map.Entry<String, Map<String, Object>>> SENT = Collections.synchronizedList(new ArrayList<>());
	private static ApiServer server;
	private static boolean loaded;

	private TestApi() {
	}

	/** {@return the shared driver, the corpus loaded} */
	public static synchronized Driver loadedDriver() {
		Driver driver = TestNeo4j.get().driver();
		if (!loaded) {
			long documents;
			try (var session = driver.session()) {
				documents = session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong();
			}
			if (documents < 5) {
				ReegraphLoader.create().load(driver, List.of(Path.of("../data/documents")), LoadListener.NONE);
			}
			loaded = true;
		}
		return driver;
	}

	/** {@return the shared server (token configured, statements recorded)} */
	public static synchronized ApiServer server() {
		if (server == null) {
			QueryObserver recorder = (name, params) -> SENT.add(Map.entry(name, params));
			server = ApiServer.start(loadedDriver(), null, 0, Map.of("reegraph.api.token", TOKEN), recorder);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close));
		}
		return server;
	}

	/** {@return the statements sent so far (name, parameters); clear with {@link #clearSent()}} */
	public static List<Map.Entry<String, Map<String, Object>>> sent() {
		synchronized (SENT) {
			return List.copyOf(SENT);
		}
	}

	/** Forgets the recorded statements. */
	public static void clearSent() {
		SENT.clear();
	}

	/**
	 * POSTs a query to the shared server.
	 *
	 * @param query the GraphQL document
	 * @return the response body
	 */
	public static JsonNode post(String query) {
		return post(server(), query, Map.of(), null);
	}

	/**
	 * POSTs a query.
	 *
	 * @param target the server
	 * @param query the GraphQL document
	 * @param variables its variables
	 * @param authorization the Authorization header, or null
	 * @return the response body
	 */
	public static JsonNode post(ApiServer target, String query, Map<String, Object> variables, String authorization) {
		try {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", query);
			body.put("variables", variables);
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url() + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException("POST /graphql failed: " + ex, ex);
		}
	}

	/**
	 * GETs a path.
	 *
	 * @param target the server
	 * @param path e.g. /health
	 * @return the response
	 */
	public static HttpResponse<String> get(ApiServer target, String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(target.url() + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("GET " + path + " failed: " + ex, ex);
		}
	}

	/** {@return the JSON mapper} */
	public static ObjectMapper json() {
		return JSON;
	}
}
