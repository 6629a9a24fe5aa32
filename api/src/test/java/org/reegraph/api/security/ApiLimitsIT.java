package org.reegraph.api.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.reegraph.api.ApiServer;
import org.reegraph.api.TestApi;
import org.reegraph.cypher.Statements;
import org.reegraph.testsupport.PathClique;
import org.reegraph.testsupport.ReliabilityReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Abusive requests are refused with an error naming the limit before any statement runs (the shared server's
 * recording observer proves it): 1,000 aliases, oversized and token-flooded documents, depth, complexity, page
 * size and hops; introspection can be switched off; a runaway statement is stopped by Neo4j's transaction timeout.
 */
class ApiLimitsIT {

	static ApiServer shared;

	@BeforeAll
	static void start() {
		shared = TestApi.server();
	}

	@AfterAll
	static void forget() {
		TestApi.clearSent();
	}

	/** POSTs to the shared server and returns the first error message, asserting no data and no statement. */
	private static String refused(String query) {
		TestApi.clearSent();
		JsonNode body = TestApi.post(shared, query, Map.of(), null);
		assertThat(body.path("data").isMissingNode() || body.path("data").isNull()).as(body.toString()).isTrue();
		assertThat(TestApi.sent()).as("statements run for a refused request").isEmpty();
		return body.at("/errors/0/message").asText();
	}

	private static String aliases(int n, String field) {
		StringBuilder q = new StringBuilder("{");
		for (int i = 0; i < n; i++) {
			q.append(" a").append(i).append(": ").append(field);
		}
		return q.append(" }").toString();
	}

	@Test
	void aThousandAliasesOfAnExpensiveFieldAreRefusedBeforeAnyStatementRuns() {
		String thousand = refused(aliases(1000, "dependencyPaths(element: \"Dy\", maxHops: 6) { __typename }"));
		String cheap = refused(aliases(31, "element(symbol: \"Dy\") { id }"));
		String nested = refused("{ country(code: \"CN\") { ... on Country {"
				+ aliases(40, "exportsTo(first: 1) { type }").substring(1) + " } }");
		TestApi.clearSent();
		HttpResponse<String> batch = batch(shared, 1000, "{ dependencyPaths(element: \"Dy\", maxHops: 6) { __typename } }");
		List<?> batchStatements = TestApi.sent();
		TestApi.clearSent();
		JsonNode allowed = TestApi.post(shared, aliases(30, "element(symbol: \"Dy\") { id }"), Map.of(), null);

		assertThat(thousand).isEqualTo("The query uses 1000 aliases; the limit maxAliases is 30 (reegraph.api.max-aliases). "
				+ "Each aliased field runs its own database query: ask for fewer fields at once.");
		assertThat(cheap).startsWith("The query uses 31 aliases; the limit maxAliases is 30");
		assertThat(nested).startsWith("The query uses 40 aliases;");
		assertThat(allowed.has("errors")).as(allowed.toString()).isFalse();
		assertThat(allowed.at("/data/a29/id").asText()).isEqualTo("element:Dy");
		assertThat(batch.statusCode()).as("a JSON array of 1,000 operations: " + batch.body()).isEqualTo(400);
		assertThat(batch.body()).contains("batches (JSON arrays) are not supported").doesNotContain("micronaut")
			.doesNotContain("jackson");
		assertThat(batchStatements).as("statements run for a batch").isEmpty();
		ReliabilityReport.scenario("api.alias-abuse", "1,000 aliases of dependencyPaths (maxHops 6); 31 aliases of element; "
				+ "40 aliased relationship fields; a JSON batch of 1,000 operations")
			.tried(4).rejectedClearly(3).requests(5).errors(0).leaks(0)
			.outcome("refused before any statement ran: \"" + thousand.substring(0, thousand.indexOf(" Each")) + "\"; 30 aliases answered; the batch answered HTTP 400 (batches are not supported), no statement ran")
			.record();
	}

	private static HttpResponse<String> batch(ApiServer server, int n, String query) {
		StringBuilder body = new StringBuilder("[");
		try {
			String quoted = TestApi.json().writeValueAsString(query);
			for (int i = 0; i < n; i++) {
				body.append(i == 0 ? "" : ",").append("{\"query\":").append(quoted).append('}');
			}
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void unreadableBodiesAreABadRequestThatNamesNoInternals() {
		List<String> bodies = List.of("[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]",
				"{\"query\": \"{ __typename }\"", "\"{ __typename }\"", "{\"query\": 42}", "{\"query\": \"{ __typename }\", \"variables\": [1]}",
				"\u0000", "{\"query\": \"\\ud800\"}");
		List<String> answers = new ArrayList<>();
		for (String body : bodies) {
			HttpResponse<String> response = raw(shared, body);
			answers.add(response.statusCode() + " " + response.body());
		}

		assertThat(answers).allSatisfy(a -> {
			assertThat(a).matches("(200|400) \\{.*\"errors\".*");
			assertThat(Leaks.in(a, List.of(), List.of(TestApi.TOKEN))).as(a).isEmpty();
			assertThat(a).doesNotContain("micronaut").doesNotContain("jackson").doesNotContain("Internal Server Error");
		});
		ReliabilityReport.scenario("api.unreadable-body", "Request bodies that are not one GraphQL request: a batch array, "
				+ "broken JSON, a bare string, a number as query, variables as an array, a NUL byte, a lone surrogate")
			.tried(bodies.size()).rejectedClearly(answers.stream().filter(a -> a.startsWith("400")).count())
			.requests(bodies.size()).errors(0).leaks(0)
			.outcome("each answered 200/400 with a GraphQL error, no 500 and no internal class or parser names")
			.record();
	}

	private static HttpResponse<String> raw(ApiServer server, String body) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void oversizedDocumentsAreRefusedBeforeParsing() {
		String longDocument = "{ search(text: \"" + "x".repeat(100_001) + "\") { id } }";
		StringBuilder flood = new StringBuilder("{ search(text: \"rare\", labels: [");
		for (int i = 0; i < 16_000; i++) {
			flood.append("\"a\" ");
		}
		flood.append("]) { id } }");

		String length = refused(longDocument);
		String tokens = refused(flood.toString());
		TestApi.clearSent();
		JsonNode longVariable = TestApi.post(shared, "query Q($t: String!) { search(text: $t) { id } }",
				Map.of("t", "rare " + "x".repeat(200_000)), null);
		JsonNode manyWords = TestApi.post(shared, "query Q($t: String!) { search(text: $t) { id } }",
				Map.of("t", "rare ".repeat(20_000)), null);

		assertThat(flood.length()).isLessThan(100_000);
		assertThat(length).isEqualTo("The query document has " + longDocument.length() + " characters; the limit "
				+ "maxQueryLength is 100000 (reegraph.api.max-query-length). Pass long values as variables.");
		assertThat(tokens).containsPattern("More than 15.?000").contains("tokens").contains("parsing has been cancelled");
		assertThat(longVariable.has("errors")).as("a long value passed as a variable is answered").isFalse();
		assertThat(manyWords.at("/errors/0/message").asText()).isEqualTo("The search text has 20000 words; at most 64 are allowed.");
		assertThat(manyWords.at("/errors/0/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
		ReliabilityReport.scenario("api.query-size", "A 100,043-character document; a 64,000-character document of "
				+ "16,000 tokens; a 200,005-character search text variable; a 20,000-word search text")
			.tried(4).rejectedClearly(3).requests(4).errors(0).leaks(0)
			.outcome("the documents refused before parsing (limits maxQueryLength 100000, maxQueryTokens 15000), no statement ran; "
					+ "the long word searched; the 20,000 words refused naming the 64-word limit")
			.record();
	}

	@Test
	void depthComplexityPageSizeAndHopsAreRefusedBeforeAnyStatementRuns() {
		String nested = "other { id }";
		for (int i = 0; i < 7; i++) {
			nested = "other { ... on Country { exportsTo(first: 1) { " + nested + " } } }";
		}
		List<String> messages = new ArrayList<>();
		messages.add(refused("{ country(code: \"CN\") { ... on Country { exportsTo(first: 1) { " + nested + " } } } }"));
		messages.add(refused("""
				{ country(code: "CN") { ... on Country { exportsTo(first: 100) { other { ... on Country {
				    exportsTo(first: 100) { other { id name } } } } } } } }"""));
		messages.add(refused("{ search(text: \"rare\", first: 101) { id } }"));
		messages.add(refused("{ dependencyPaths(element: \"Dy\", maxHops: 7) { program { id } } }"));
		// Fragments that spread fragments: 2^20 fields once expanded, in a document of a few hundred characters.
		StringBuilder bomb = new StringBuilder("{ country(code: \"CN\") { ...F0 } }");
		for (int i = 0; i < 20; i++) {
			bomb.append(" fragment F").append(i).append(" on Entity { ... on Country { exportsTo(first: 1) { other { ...F")
				.append(i + 1).append(" } } importsFrom(first: 1) { other { ...F").append(i + 1).append(" } } } }");
		}
		bomb.append(" fragment F20 on Entity { id }");
		messages.add(refused(bomb.toString()));

		assertThat(messages.get(0)).startsWith("The query is ").contains("levels deep; the limit maxDepth is 12 (reegraph.api.max-depth)");
		assertThat(messages.get(1)).startsWith("The query costs ").contains("the limit maxComplexity is 20000");
		assertThat(messages.get(2)).isEqualTo("first: 101 on search exceeds the limit maxPageSize of 100 (reegraph.api.max-page-size).");
		assertThat(messages.get(3)).isEqualTo("maxHops: 7 on dependencyPaths exceeds the limit maxHops of 6 (reegraph.api.max-hops).");
		assertThat(messages.get(4)).containsAnyOf("maxDepth", "maxComplexity");
		ReliabilityReport.scenario("api.depth-limit", "Depth 17; cost 2,020,200; first 101; maxHops 7; a fragment bomb (2^20 fields)")
			.tried(messages.size()).rejectedClearly(messages.size()).requests(messages.size()).errors(0).leaks(0)
			.outcome("each refused before any statement ran, the message naming the limit, its value and its setting")
			.record();
	}

	@Test
	void introspectionCanBeSwitchedOff() {
		try (ApiServer closed = ApiServer.start(TestApi.loadedDriver(), null, 0,
				Map.of("reegraph.api.introspection-enabled", false))) {
			JsonNode full = TestApi.post(closed, IntrospectionQuery.INTROSPECTION_QUERY, Map.of(), null);
			JsonNode type = TestApi.post(closed, "{ __type(name: \"Query\") { name } }", Map.of(), null);
			JsonNode hidden = TestApi.post(closed, "{ ...F } fragment F on Query { __schema { queryType { name } } }", Map.of(), null);
			JsonNode typename = TestApi.post(closed, "{ __typename element(symbol: \"Dy\") { __typename id } }", Map.of(), null);
			JsonNode open = TestApi.post(shared, "{ __type(name: \"Query\") { name } }", Map.of(), null);

			for (JsonNode refused : List.of(full, type, hidden)) {
				assertThat(refused.at("/errors/0/message").asText()).as(refused.toString())
					.contains("Schema introspection").contains("reegraph.api.introspection-enabled=false");
				assertThat(refused.toString()).doesNotContain("\"queryType\"").doesNotContain("\"Query\"");
			}
			assertThat(typename.has("errors")).as(typename.toString()).isFalse();
			assertThat(typename.at("/data/element/__typename").asText()).isEqualTo("Element");
			assertThat(open.at("/data/__type/name").asText()).as("enabled by default").isEqualTo("Query");
			ReliabilityReport.scenario("api.introspection-off", "reegraph.api.introspection-enabled=false: the full "
					+ "introspection query, __type, __schema inside a fragment")
				.tried(3).rejectedClearly(3).requests(5).errors(0).leaks(0)
				.outcome("all three refused naming the setting; __typename and data queries still answered; on by default")
				.record();
		}
	}

	@Test
	void aRunawayStatementIsStoppedByNeo4jsTransactionTimeout() {
		Driver driver = TestApi.loadedDriver();
		GraphFingerprint before = GraphFingerprint.of(driver);
		Clique.create(driver);
		String statement = Statements.query("dependency-paths");
		try (ApiServer impatient = ApiServer.start(driver, null, 0, Map.of("reegraph.api.query-timeout", "5s"))) {
			var request = java.util.concurrent.CompletableFuture.supplyAsync(() -> TestApi.post(impatient,
					"{ dependencyPaths(element: \"Tq\", maxHops: 6, first: 100) { hops { type } } }", Map.of(), null));
			boolean seenRunning = Clique.await(driver, statement, request);
			JsonNode body = request.join();
			JsonNode after = TestApi.post(impatient, "{ element(symbol: \"Dy\") { id } }", Map.of(), null);

			// Neo4j stops it at whichever limit it reaches first: the 5 s timeout, or the memory transactions may use
			// (a faster walk fills memory sooner); either way the client is told which.
			String classification = body.at("/errors/0/extensions/classification").asText();
			assertThat(classification).as(body.toString()).isIn("TIMEOUT", "TOO_LARGE");
			assertThat(body.at("/errors/0/message").asText()).contains(classification.equals("TIMEOUT")
					? "5000 ms query timeout" : "more memory than Neo4j allows a query");
			assertThat(seenRunning).as("the statement was seen running in Neo4j").isTrue();
			assertThat(Clique.running(driver, statement)).as("dependency-paths transactions left running in Neo4j").isZero();
			assertThat(after.at("/data/element/id").asText()).as("the server answers afterwards").isEqualTo("element:Dy");
			ReliabilityReport.scenario("api.timeout", "dependencyPaths over a 30-material clique (millions of paths) with "
					+ "reegraph.api.query-timeout=5s")
				.tried(1).rejectedClearly(1).requests(2).errors(0).leaks(0)
				.outcome("seen running in Neo4j, then stopped by Neo4j at the 5000 ms timeout or the transaction memory limit, "
						+ "whichever came first: TIMEOUT or TOO_LARGE error naming it, no transaction left; next request answered")
				.record();
		}
		finally {
			Clique.remove(driver);
		}
		assertThat(GraphFingerprint.of(driver)).isEqualTo(before);
	}

	/** A made-up clique of materials on which a 6-hop path search would run for minutes. */
	static final class Clique {

		static void create(Driver driver) {
			PathClique.create(driver, "sec-tq");
		}

		static void remove(Driver driver) {
			PathClique.remove(driver, "sec-tq");
		}

		/** Polls Neo4j's transactions until the statement shows up or the request is answered. */
		static boolean await(Driver driver, String statement, java.util.concurrent.CompletableFuture<?> request) {
			while (!request.isDone()) {
				if (count(driver, statement) > 0) {
					return true;
				}
			}
			return false;
		}

		private static long count(Driver driver, String statement) {
			try (var session = driver.session()) {
				return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $q RETURN count(*) AS n",
						Map.of("q", statement)).single().get("n").asLong();
			}
		}

		/** Transactions Neo4j still runs whose current query is the statement (polled briefly: termination is asynchronous). */
		static long running(Driver driver, String statement) {
			long count = 0;
			for (int attempt = 0; attempt < 50; attempt++) {
				count = count(driver, statement);
				if (count == 0) {
					return 0;
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return count;
				}
			}
			return count;
		}
	}
}
