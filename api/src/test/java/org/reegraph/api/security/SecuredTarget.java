package org.reegraph.api.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.reegraph.api.ApiServer;
import org.reegraph.api.TestApi;
import org.reegraph.cypher.Neo4jSettings;
import org.reegraph.testsupport.TestNeo4j;

/**
 * An API server started the way {@code serve} starts it against an external Neo4j: a driver opened from
 * {@link Neo4jSettings} with a user name and password, and an API token — so tests can check that neither secret
 * ever reaches a client or a log. The embedded test database has authentication off and accepts the made-up
 * password; against an external test database its real password ({@code NEO4J_PASSWORD}) is the secret.
 */
final class SecuredTarget implements AutoCloseable {

	/** A made-up API token, only ever used by tests. */
	static final String TOKEN = "sec-test-token-7f3a9c2e51";

	private static final ObjectMapper JSON = new ObjectMapper();

	final Driver driver;
	final String password;
	final ApiServer server;
	private final boolean ownDriver;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/** A raw HTTP answer. */
	record Answer(int status, String body, HttpResponse<String> response) {

		JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (Exception ex) {
				throw new AssertionError("not JSON (HTTP " + status + "): " + body, ex);
			}
		}
	}

	SecuredTarget(Map<String, Object> properties) {
		TestApi.loadedDriver();
		TestNeo4j neo4j = TestNeo4j.get();
		if ("embedded".equals(neo4j.kind())) {
			this.password = "sec-test-neo4j-password-4b8d1e";
			this.driver = new Neo4jSettings(neo4j.boltUri(), "neo4j", password, null).openDriver();
			this.ownDriver = true;
		}
		else {
			this.password = System.getenv(Neo4jSettings.ENV_PASSWORD);
			this.driver = neo4j.driver();
			this.ownDriver = false;
		}
		Map<String, Object> props = new LinkedHashMap<>(properties);
		props.putIfAbsent("reegraph.api.token", TOKEN);
		this.server = ApiServer.start(driver, null, 0, props);
	}

	/** POSTs a GraphQL request. */
	Answer post(String query, Map<String, Object> variables, String authorization) {
		try {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", query);
			body.put("variables", variables);
			return send(HttpRequest.newBuilder(URI.create(server.url() + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), authorization);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Sends any request (the Authorization header added when not null). */
	Answer send(HttpRequest.Builder request, String authorization) {
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		try {
			HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return server.url();
	}

	@Override
	public void close() {
		server.close();
		if (ownDriver) {
			driver.close();
		}
	}
}
