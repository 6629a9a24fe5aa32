package org.reegraph.api.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reegraph.api.ApiConfig;
import org.reegraph.cypher.Neo4jSettings;
import org.reegraph.testsupport.ReliabilityReport;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may write (the bearer token), which web pages may call the API (CORS), and that secrets stay out of the logs. */
class ApiAccessIT {

	static final String LOAD = "mutation Load($input: DocumentInput!) { loadDocument(input: $input) { documentsLoaded rejected } }";

	/** The document MutationIT loads: loading it again changes nothing, so these tests leave the graph as they find it. */
	static final Map<String, Object> INPUT = Map.of("input", Map.of("name", "mutation-test.txt", "text", """
			Title: Test brief on gallium
			Source: Test Wire
			Date: 2025-11-20

			Japan imported 120 tons of gallium from Vietnam in 2024.
			"""));

	static List<String> wrongAuthorizations() {
		String t = SecuredTarget.TOKEN;
		return List.of("", "Bearer", "Bearer ", "Bearer wrong", "Bearer " + t.substring(0, t.length() - 1),
				"Bearer " + t + "x", "Bearer " + t.toUpperCase(java.util.Locale.ROOT), "Bearer " + t.substring(1),
				"Basic " + t, "Token " + t, t, "Bearer" + t, "Bearer " + t.replace('7', '8'), "Bearer " + "x".repeat(4096));
	}

	@Test
	void mutationsNeedTheConfiguredBearerToken() {
		try (SecuredTarget target = new SecuredTarget(Map.of())) {
			List<String> wrong = new ArrayList<>(wrongAuthorizations());
			List<String> refusedClearly = new ArrayList<>();
			SecuredTarget.Answer none = target.post(LOAD, INPUT, null);
			if (unauthorized(none.json())) {
				refusedClearly.add("(none)");
			}
			GraphFingerprint before = GraphFingerprint.of(target.driver);
			for (String authorization : wrong) {
				JsonNode body = target.post(LOAD, INPUT, authorization).json();
				if (unauthorized(body)) {
					refusedClearly.add(authorization);
				}
			}
			GraphFingerprint afterWrong = GraphFingerprint.of(target.driver);
			JsonNode right = target.post(LOAD, INPUT, "Bearer " + SecuredTarget.TOKEN).json();
			JsonNode lowerScheme = target.post(LOAD, INPUT, "bearer " + SecuredTarget.TOKEN).json();

			assertThat(refusedClearly).hasSize(wrong.size() + 1);
			assertThat(afterWrong).as("the graph after refused mutations").isEqualTo(before);
			assertThat(right.at("/data/loadDocument/documentsLoaded").asInt()).as(right.toString()).isEqualTo(1);
			assertThat(lowerScheme.at("/data/loadDocument/documentsLoaded").asInt()).as("the scheme is case-insensitive").isEqualTo(1);
			ReliabilityReport.scenario("api.token", "loadDocument with no Authorization header and " + wrong.size()
					+ " wrong ones (prefix, suffix, other case, other scheme, 4 kB, token without scheme…), then the right token")
				.tried(wrong.size() + 1).rejectedClearly(refusedClearly.size()).requests(wrong.size() + 3).errors(0).leaks(0)
				.outcome("every wrong one UNAUTHORIZED naming the header to send, graph unchanged; the right token loads "
						+ "(SHA-256 digests compared with MessageDigest.isEqual)")
				.record();
		}
	}

	private static boolean unauthorized(JsonNode body) {
		return "UNAUTHORIZED".equals(body.at("/errors/0/extensions/classification").asText())
				&& body.at("/errors/0/message").asText().contains("Authorization: Bearer <token>")
				&& (body.path("data").isNull() || body.path("data").isMissingNode() || body.at("/data/loadDocument").isNull());
	}

	@Test
	void corsIsOffByDefaultAndAllowsOnlyConfiguredOrigins() {
		try (SecuredTarget closed = new SecuredTarget(Map.of());
				SecuredTarget open = new SecuredTarget(Map.of("micronaut.server.cors.enabled", true,
						"micronaut.server.cors.configurations.analysts.allowed-origins", List.of("https://analyst.example")))) {
			SecuredTarget.Answer closedPreflight = preflight(closed, "https://analyst.example");
			SecuredTarget.Answer closedPost = crossSitePost(closed, "https://analyst.example");
			SecuredTarget.Answer allowedPreflight = preflight(open, "https://analyst.example");
			SecuredTarget.Answer allowedPost = crossSitePost(open, "https://analyst.example");
			SecuredTarget.Answer otherPreflight = preflight(open, "https://evil.example");
			SecuredTarget.Answer otherPost = crossSitePost(open, "https://evil.example");

			assertThat(allowOrigin(closedPreflight)).as("preflight, CORS off").isNull();
			assertThat(allowOrigin(closedPost)).as("POST, CORS off").isNull();
			assertThat(allowOrigin(allowedPreflight)).as("preflight from a configured origin").isEqualTo("https://analyst.example");
			assertThat(allowOrigin(allowedPost)).as("POST from a configured origin").isEqualTo("https://analyst.example");
			assertThat(allowOrigin(otherPreflight)).as("preflight from another origin").isNull();
			assertThat(allowOrigin(otherPost)).as("POST from another origin").isNull();
			ReliabilityReport.scenario("api.cors", "Cross-origin preflight and POST, CORS off (default) and on with one allowed origin")
				.tried(6).requests(6).errors(0).leaks(0)
				.outcome("Access-Control-Allow-Origin only for the configured origin with CORS on; never by default")
				.record();
		}
	}

	private static SecuredTarget.Answer preflight(SecuredTarget target, String origin) {
		return target.send(HttpRequest.newBuilder(URI.create(target.url() + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,authorization"), null);
	}

	private static SecuredTarget.Answer crossSitePost(SecuredTarget target, String origin) {
		return target.send(HttpRequest.newBuilder(URI.create(target.url() + "/graphql"))
			.header("Origin", origin)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")), null);
	}

	private static String allowOrigin(SecuredTarget.Answer answer) {
		return answer.response().headers().firstValue("Access-Control-Allow-Origin").orElse(null);
	}

	@Test
	void theTokenAndTheNeo4jPasswordNeverReachTheLogs() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		Logger root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Logger ours = logging.getLogger("org.reegraph");
		Logger http = logging.getLogger("io.micronaut.http");
		Level oursBefore = ours.getLevel();
		Level httpBefore = http.getLevel();
		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		captured.setContext(logging);
		captured.start();
		root.addAppender(captured);
		// Stricter than production: everything reegraph and Micronaut's HTTP layer log at DEBUG.
		ours.setLevel(Level.DEBUG);
		http.setLevel(Level.DEBUG);
		int requests = 0;
		String password;
		try (SecuredTarget target = new SecuredTarget(Map.of())) {
			password = target.password;
			for (String authorization : List.of("Bearer " + SecuredTarget.TOKEN, "Bearer wrong-" + SecuredTarget.TOKEN,
					"Basic " + SecuredTarget.TOKEN)) {
				target.post(LOAD, INPUT, authorization);
				requests++;
			}
			target.post("{ dependencyPaths(element: \"Unobtainium\") { program { id } } }", Map.of(), "Bearer " + SecuredTarget.TOKEN);
			target.post("{ nonsense }", Map.of(), "Bearer " + SecuredTarget.TOKEN);
			target.send(HttpRequest.newBuilder(URI.create(target.url() + "/graphql?query="
					+ java.net.URLEncoder.encode("mutation { loadDocument(input: {name: \"x\", text: \"y\"}) { facts } }",
							java.nio.charset.StandardCharsets.UTF_8))).GET(), "Bearer " + SecuredTarget.TOKEN);
			requests += 3;
			// What a careless log line would print: the configuration and the connection settings.
			LoggerFactory.getLogger("org.reegraph.test").info("config {} settings {}",
					target.server.context().getBean(ApiConfig.class),
					new Neo4jSettings("bolt://localhost:7687", "neo4j", password, null));
			// A failed connection's message, which the launcher logs and prints.
			try (var driver = new Neo4jSettings("bolt://127.0.0.1:1", "neo4j", password, null).openDriver()) {
				driver.verifyConnectivity();
			}
			catch (RuntimeException ex) {
				LoggerFactory.getLogger("org.reegraph.test").warn("Cannot reach Neo4j: {}", ex.getMessage(), ex);
			}
		}
		finally {
			root.detachAppender(captured);
			ours.setLevel(oursBefore);
			http.setLevel(httpBefore);
		}
		List<String> lines = captured.list.stream()
			.map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
			.toList();
		long leaking = lines.stream().filter(l -> l.contains(SecuredTarget.TOKEN) || l.contains(password)).count();

		assertThat(lines).as("log lines captured").hasSizeGreaterThan(3);
		assertThat(lines).as("log lines").noneMatch(l -> l.contains(SecuredTarget.TOKEN)).noneMatch(l -> l.contains(password));
		ReliabilityReport.scenario("api.secrets-in-logs", "Requests with the right, a wrong and a Basic token, errors, a GET "
				+ "mutation, the configuration and connection settings logged, a failed connection; reegraph and HTTP at DEBUG")
			.tried(requests + 3).requests(requests).errors(0).leaks(leaking)
			.outcome("neither the API token nor the Neo4j password in any captured log line (ApiConfig and Neo4jSettings "
					+ "print them redacted)")
			.record();
	}
}
