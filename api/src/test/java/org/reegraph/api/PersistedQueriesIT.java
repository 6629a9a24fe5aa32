package org.reegraph.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Persisted queries over real HTTP: the examples of docs/graphql.md's "Persisted queries" section, run as written
 * (each {@code curl} against a server, its answer compared with the JSON block after it), then what the examples do
 * not show — a hash that does not match its query, a malformed extension, a hash sent only by GET, the allow-list
 * mode refusing an unknown hash with its query, and a manifest that lies about a hash.
 */
class PersistedQueriesIT {

	static final HttpClient HTTP = HttpClient.newHttpClient();
	static final Pattern FENCE = Pattern.compile("```(bash|json)\\n(.*?)```", Pattern.DOTALL);
	static final Pattern BODY = Pattern.compile("-d '(.*?)'", Pattern.DOTALL);
	static final Pattern URL_PARAMETER = Pattern.compile("--data-urlencode '(\\w+)=(.*?)'", Pattern.DOTALL);
	static final Pattern HEADER = Pattern.compile("-H '([^:]+): (.*?)'");

	static String section(String title) throws Exception {
		String doc = Files.readString(Path.of("..", "docs", "graphql.md"));
		int start = doc.indexOf(title);
		assertThat(start).as(title + " in docs/graphql.md").isPositive();
		int end = doc.indexOf("\n#", start + title.length());
		return doc.substring(start, end < 0 ? doc.length() : end);
	}

	/** The section's fenced blocks, in order, as (language, text). */
	static List<Map.Entry<String, String>> blocks(String section) {
		List<Map.Entry<String, String>> blocks = new ArrayList<>();
		Matcher m = FENCE.matcher(section);
		while (m.find()) {
			blocks.add(Map.entry(m.group(1), m.group(2)));
		}
		return blocks;
	}

	/** Runs each curl block of the list against the server and compares its answer with the JSON block after it. */
	static int runExamples(List<Map.Entry<String, String>> blocks, ApiServer server) throws Exception {
		int run = 0;
		for (int i = 0; i < blocks.size() - 1; i++) {
			String command = blocks.get(i).getValue();
			if (!blocks.get(i).getKey().equals("bash") || !command.startsWith("curl") || !blocks.get(i + 1).getKey().equals("json")) {
				continue;
			}
			HttpResponse<String> response = HTTP.send(request(command, server), HttpResponse.BodyHandlers.ofString());
			JsonNode expected = TestApi.json().readTree(blocks.get(i + 1).getValue());
			assertThat(TestApi.json().readTree(response.body())).as("the answer to\n" + command).isEqualTo(expected);
			run++;
		}
		return run;
	}

	static HttpRequest request(String command, ApiServer server) {
		String url = server.url() + "/graphql";
		Matcher body = BODY.matcher(command);
		HttpRequest.Builder request;
		if (body.find()) {
			request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body.group(1)));
		}
		else {
			StringBuilder query = new StringBuilder();
			Matcher parameter = URL_PARAMETER.matcher(command);
			while (parameter.find()) {
				query.append(query.isEmpty() ? "?" : "&").append(parameter.group(1)).append('=')
					.append(URLEncoder.encode(parameter.group(2), StandardCharsets.UTF_8));
			}
			request = HttpRequest.newBuilder(URI.create(url + query)).GET();
		}
		Matcher header = HEADER.matcher(command);
		while (header.find()) {
			request.header(header.group(1), header.group(2));
		}
		return request.build();
	}

	static JsonNode post(ApiServer server, String accept, Map<String, Object> body) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/graphql"))
			.header("Content-Type", "application/json").header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(TestApi.json().writeValueAsString(body))).build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode answer = TestApi.json().readTree(response.body());
		((com.fasterxml.jackson.databind.node.ObjectNode) answer).put("httpStatus", response.statusCode());
		return answer;
	}

	static Map<String, Object> apq(String query, String hash, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (query != null) {
			body.put("query", query);
		}
		body.put("variables", variables);
		body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		return body;
	}

	static String sha256(String text) throws Exception {
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		return String.format("%064x", new java.math.BigInteger(1, digest));
	}

	@Test
	void theAutomaticPersistedQueryExamplesRunAsDocumented() throws Exception {
		String section = section("### Automatic persisted queries");

		assertThat(runExamples(blocks(section), TestApi.server())).as("examples run").isEqualTo(3);
	}

	@Test
	void theAllowListExamplesRunAsDocumented() throws Exception {
		List<Map.Entry<String, String>> blocks = blocks(section("### Only registered operations"));
		Path manifest = Files.createTempFile("operations", ".json");
		Files.writeString(manifest, blocks.get(0).getValue());
		JsonNode operation = TestApi.json().readTree(blocks.get(0).getValue()).at("/operations/0");
		try (ApiServer closed = ApiServer.start(TestApi.loadedDriver(), null, 0, Map.of("reegraph.api.persisted-only", true,
				"reegraph.api.persisted-queries", manifest.toString()))) {
			int examples = runExamples(blocks, closed);
			String body = operation.path("body").asText();
			String hash = operation.path("id").asText();
			JsonNode byHash = post(closed, "application/json", apq(null, hash, Map.of("symbol", "Dy")));
			JsonNode byText = post(closed, "application/json", Map.of("query", body, "variables", Map.of("symbol", "Nd")));
			String other = "{ element(symbol: \"Nd\") { name } }";
			JsonNode registering = post(closed, "application/graphql-response+json", apq(other, sha256(other), Map.of()));
			JsonNode thenByHash = post(closed, "application/graphql-response+json", apq(null, sha256(other), Map.of()));

			assertThat(examples).as("examples run").isEqualTo(1);
			assertThat(sha256(body)).as("the manifest's id is its body's SHA-256").isEqualTo(hash);
			assertThat(byHash.at("/data/element/name").asText()).isEqualTo("Dysprosium");
			assertThat(byText.at("/data/element/name").asText()).isEqualTo("Neodymium");
			assertThat(registering.at("/errors/0/extensions/classification").asText()).isEqualTo("NOT_REGISTERED");
			assertThat(registering.path("httpStatus").asInt()).isEqualTo(400);
			assertThat(thenByHash.at("/errors/0/message").asText()).as("nothing learnt").isEqualTo("PersistedQueryNotFound");
			assertThat(thenByHash.path("httpStatus").asInt()).isEqualTo(400);
		}
		finally {
			Files.deleteIfExists(manifest);
		}
	}

	@Test
	void aHashThatIsNotTheQuerysIsRefusedAndNothingIsKept() throws Exception {
		String query = "{ country(code: \"JP\") { name } }";
		String wrong = sha256(query + " ");
		JsonNode mismatch = post(TestApi.server(), "application/json", apq(query, wrong, Map.of()));
		JsonNode afterwards = post(TestApi.server(), "application/json", apq(null, wrong, Map.of()));
		JsonNode malformed = post(TestApi.server(), "application/json", Map.of("query", query,
				"extensions", Map.of("persistedQuery", "not an object")));
		JsonNode version = post(TestApi.server(), "application/json", Map.of("query", query,
				"extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", sha256(query)))));

		assertThat(mismatch.at("/errors/0/extensions/code").asText()).isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
		assertThat(mismatch.has("data")).isFalse();
		assertThat(afterwards.at("/errors/0/message").asText()).isEqualTo("PersistedQueryNotFound");
		assertThat(malformed.at("/errors/0/message").asText()).startsWith("extensions.persistedQuery must be an object");
		assertThat(version.at("/errors/0/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
	}

	@Test
	void aManifestWhoseIdIsNotItsBodysHashStopsTheServerFromStarting() throws Exception {
		Path manifest = Files.createTempFile("operations", ".json");
		Files.writeString(manifest, "{\"operations\": [{\"id\": \"" + sha256("{ __typename }") + "\", \"name\": \"Sneaky\", "
				+ "\"body\": \"mutation { loadDocument(input: {name: \\\"x\\\", text: \\\"y\\\"}) { facts } }\"}]}");
		try {
			assertThatThrownBy(() -> ApiServer.start(TestApi.loadedDriver(), null, 0, Map.of("reegraph.api.persisted-only",
					true, "reegraph.api.persisted-queries", manifest.toString())).close())
				.hasStackTraceContaining("The operation Sneaky in " + manifest + " has the id");
			assertThatThrownBy(() -> ApiServer.start(TestApi.loadedDriver(), null, 0, Map.of("reegraph.api.persisted-only",
					true)).close())
				.hasStackTraceContaining("reegraph.api.persisted-only=true needs a manifest");
		}
		finally {
			Files.deleteIfExists(manifest);
		}
	}
}
