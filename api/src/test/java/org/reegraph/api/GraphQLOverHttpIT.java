package org.reegraph.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /graphql} request by request against the GraphQL-over-HTTP specification's cases: which media type answers
 * which Accept header, the status codes of each failure under {@code application/graphql-response+json} and under
 * {@code application/json}, content types a POST may have, and what GET may do.
 */
class GraphQLOverHttpIT {

	static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
	static final String JSON = "application/json";
	static final HttpClient HTTP = HttpClient.newHttpClient();

	static HttpResponse<String> post(String contentType, String accept, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestApi.server().url() + "/graphql"))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request, accept);
	}

	static HttpResponse<String> get(String query, String accept) {
		return send(HttpRequest.newBuilder(URI.create(TestApi.server().url() + "/graphql?" + query)).GET(), accept);
	}

	static HttpResponse<String> send(HttpRequest.Builder request, String accept) {
		if (accept != null) {
			request.header("Accept", accept);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").orElse("(none)");
	}

	static JsonNode body(HttpResponse<String> response) {
		try {
			return TestApi.json().readTree(response.body());
		}
		catch (Exception ex) {
			throw new AssertionError("not JSON (HTTP " + response.statusCode() + "): " + response.body(), ex);
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Nested
	class MediaTypes {

		@ParameterizedTest(name = "Accept: {0} -> {1}")
		@CsvSource(delimiter = '|', nullValues = "(none)", value = {
			"(none)                                                   | application/json",
			"*/*                                                      | application/json",
			"application/*                                            | application/json",
			"application/json                                         | application/json",
			"application/graphql-response+json                        | application/graphql-response+json",
			"application/graphql-response+json, application/json;q=0.9 | application/graphql-response+json",
			"application/json, application/graphql-response+json      | application/graphql-response+json",
			"application/json, application/graphql-response+json;q=0.5 | application/json",
			"application/json, multipart/mixed                        | application/json",
			"text/html, */*;q=0.8                                      | application/json" })
		void theResponseHasTheTypeTheClientPrefers(String accept, String expected) {
			HttpResponse<String> response = post(JSON, accept, "{\"query\": \"{ element(symbol: \\\"Dy\\\") { id } }\"}");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(contentType(response)).isEqualTo(expected + ";charset=utf-8");
			assertThat(body(response).at("/data/element/id").asText()).isEqualTo("element:Dy");
		}

		@Test
		void aClientThatAcceptsNeitherTypeGets406() {
			HttpResponse<String> response = post(JSON, "text/html, application/graphql-response+json;q=0", "{\"query\": \"{ __typename }\"}");

			assertThat(response.statusCode()).isEqualTo(406);
			assertThat(body(response).at("/errors/0/message").asText())
				.contains("application/graphql-response+json or application/json");
		}
	}

	@Nested
	class StatusCodes {

		@ParameterizedTest(name = "{0}: application/json {2}, application/graphql-response+json {3}")
		@CsvSource(delimiter = '|', value = {
			"JSON parsing failure            | {\"query\": \"{ __typename }\"                                      | 400 | 400 | false",
			"invalid parameters (a typo)     | {\"qeury\": \"{ __typename }\"}                                     | 400 | 400 | false",
			"query not a string              | {\"query\": 42}                                                    | 400 | 400 | false",
			"variables not a map             | {\"query\": \"{ __typename }\", \"variables\": [1]}                  | 400 | 400 | false",
			"extensions not a map            | {\"query\": \"{ __typename }\", \"extensions\": \"x\"}               | 400 | 400 | false",
			"a batch                         | [{\"query\": \"{ __typename }\"}]                                   | 400 | 400 | false",
			"document parsing failure        | {\"query\": \"{\"}                                                  | 200 | 400 | false",
			"document validation failure     | {\"query\": \"{ nonsense }\"}                                       | 200 | 400 | false",
			"operation cannot be determined  | {\"query\": \"query A { __typename } query B { __typename }\"}      | 200 | 400 | false",
			"variable coercion failure       | {\"query\": \"query Q($s: String!) { element(symbol: $s) { id } }\", \"variables\": {\"s\": 7}} | 200 | 400 | false",
			"a limit refuses the request     | {\"query\": \"{ search(text: \\\"rare\\\", first: 101) { id } }\"}  | 200 | 400 | false",
			"a field error during execution  | {\"query\": \"{ dependencyPaths(element: \\\"Unobtainium\\\") { program { id } } }\"} | 200 | 200 | true" })
		void eachFailureHasTheSpecificationsStatus(String name, String body, int legacyStatus, int status, boolean hasData) {
			HttpResponse<String> legacy = post(JSON, JSON, body);
			HttpResponse<String> spec = post(JSON, GRAPHQL_RESPONSE, body);

			assertThat(legacy.statusCode()).as(name + " under application/json: " + legacy.body()).isEqualTo(legacyStatus);
			assertThat(spec.statusCode()).as(name + " under application/graphql-response+json: " + spec.body()).isEqualTo(status);
			assertThat(contentType(spec)).isEqualTo(GRAPHQL_RESPONSE + ";charset=utf-8");
			for (HttpResponse<String> response : new HttpResponse[] { legacy, spec }) {
				JsonNode answer = body(response);
				assertThat(answer.path("errors").size()).as(response.body()).isPositive();
				assertThat(answer.has("data")).as("data entry: " + response.body()).isEqualTo(hasData);
				assertThat(response.body()).doesNotContain("micronaut").doesNotContain("jackson");
			}
		}
	}

	@Nested
	class ContentTypes {

		@ParameterizedTest(name = "Content-Type: {0} -> {1}")
		@CsvSource(delimiter = '|', nullValues = "(none)", value = {
			"application/json                   | 200",
			"application/json; charset=utf-8    | 200",
			"application/json;charset=\"UTF-8\" | 200",
			"(none)                             | 415",
			"text/plain                         | 415",
			"application/x-www-form-urlencoded  | 415",
			"application/json; charset=iso-8859-1 | 415" })
		void aPostMustBeJson(String contentType, int status) {
			HttpResponse<String> response = post(contentType, GRAPHQL_RESPONSE, "{\"query\": \"{ __typename }\"}");

			assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
			if (status == 415) {
				assertThat(body(response).at("/errors/0/message").asText()).contains("Content-Type: application/json");
			}
			else {
				assertThat(body(response).at("/data/__typename").asText()).isEqualTo("Query");
			}
		}

		@Test
		void aGraphqlBodyIsStillAcceptedForOlderClients() {
			HttpResponse<String> response = post("application/graphql", null, "{ element(symbol: \"Dy\") { id } }");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(body(response).at("/data/element/id").asText()).isEqualTo("element:Dy");
		}
	}

	@Nested
	class Get {

		@Test
		void queriesWithUrlEncodedVariablesAreAnswered() {
			HttpResponse<String> response = get("query=" + encode("query Q($s: String!) { element(symbol: $s) { id } }")
					+ "&variables=" + encode("{\"s\": \"Dy\"}") + "&operationName=Q", GRAPHQL_RESPONSE);

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(body(response).at("/data/element/id").asText()).isEqualTo("element:Dy");
		}

		@Test
		void mutationsAreRefusedWith405BeforeTheyRun() {
			long before = documents();
			String mutation = "mutation { loadDocument(input: {name: \"get.txt\", text: \"Japan imported gallium.\"}) { facts } }";
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(TestApi.server().url() + "/graphql?query="
					+ encode(mutation))).header("Authorization", "Bearer " + TestApi.TOKEN).GET(), JSON);
			HttpResponse<String> named = get("query=" + encode("query Q { __typename } mutation M { __typename }")
					+ "&operationName=M", GRAPHQL_RESPONSE);
			HttpResponse<String> query = get("query=" + encode("query Q { __typename } mutation M { __typename }")
					+ "&operationName=Q", GRAPHQL_RESPONSE);

			assertThat(response.statusCode()).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).hasValue("POST");
			assertThat(body(response).at("/errors/0/message").asText()).isEqualTo("Mutations must be sent with POST, not GET.");
			assertThat(named.statusCode()).isEqualTo(405);
			assertThat(query.statusCode()).as("the query of a document that also holds a mutation").isEqualTo(200);
			assertThat(documents()).as("documents in the graph after the refused mutation").isEqualTo(before);
		}

		private long documents() {
			try (var session = TestApi.loadedDriver().session()) {
				return session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong();
			}
		}

		@Test
		void malformedGetsAre400() {
			HttpResponse<String> noQuery = get("operationName=Q", JSON);
			HttpResponse<String> badVariables = get("query=" + encode("{ __typename }") + "&variables=" + encode("{s:"), JSON);

			assertThat(noQuery.statusCode()).isEqualTo(400);
			assertThat(body(noQuery).at("/errors/0/message").asText()).startsWith("The request has no query");
			assertThat(badVariables.statusCode()).isEqualTo(400);
			assertThat(body(badVariables).at("/errors/0/message").asText()).contains("\"variables\"").contains("URL-encoded JSON");
		}

		@Test
		void otherMethodsAre405() {
			HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(TestApi.server().url() + "/graphql"))
				.header("Content-Type", JSON).PUT(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")), JSON);

			assertThat(put.statusCode()).isEqualTo(405);
		}
	}
}
