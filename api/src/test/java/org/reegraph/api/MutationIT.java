package org.reegraph.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MutationIT {

	static final String LOAD = """
			mutation Load($input: DocumentInput!) {
			  loadDocument(input: $input) { documentsRead documentsLoaded articles entities facts rejected warnings durationMs } }""";

	static final Map<String, Object> INPUT = Map.of("input", Map.of("name", "mutation-test.txt", "text", """
			Title: Test brief on gallium
			Source: Test Wire
			Date: 2025-11-20

			Japan imported 120 tons of gallium from Vietnam in 2024.
			"""));

	@Test
	void isAbsentFromTheSchemaWithoutAToken() {
		try (ApiServer readOnly = ApiServer.start(TestApi.loadedDriver(), null, 0)) {
			JsonNode body = TestApi.post(readOnly,
					"mutation { loadDocument(input: {name: \"x.txt\", text: \"China exported gallium.\"}) { documentsRead } }",
					Map.of(), "Bearer anything");

			assertThat(body.at("/errors/0/message").asText()).contains("read-only").contains("REEGRAPH_API_TOKEN");
			assertThat(body.path("data").path("loadDocument").isMissingNode()).isTrue();
		}
	}

	@Test
	void isRefusedWithoutTheBearerToken() {
		JsonNode none = TestApi.post(TestApi.server(), LOAD, INPUT, null);
		JsonNode wrong = TestApi.post(TestApi.server(), LOAD, INPUT, "Bearer not-the-token");
		JsonNode basic = TestApi.post(TestApi.server(), LOAD, INPUT, "Basic " + TestApi.TOKEN);

		for (JsonNode body : new JsonNode[] { none, wrong, basic }) {
			assertThat(body.at("/errors/0/message").asText()).contains("Authorization: Bearer <token>");
			assertThat(body.at("/errors/0/extensions/classification").asText()).isEqualTo("UNAUTHORIZED");
		}
	}

	@Test
	void isRefusedOverGet() {
		String q = java.net.URLEncoder.encode("mutation { loadDocument(input: {name: \"x.txt\", text: \"y\"}) { facts } }",
				java.nio.charset.StandardCharsets.UTF_8);
		var response = TestApi.get(TestApi.server(), "/graphql?query=" + q);

		assertThat(response.body()).contains("Mutations must be sent with POST, not GET.");
	}

	@Test
	void loadsTheDocumentWithTheToken() {
		JsonNode body = TestApi.post(TestApi.server(), LOAD, INPUT, "Bearer " + TestApi.TOKEN);

		assertThat(body.has("errors")).as(body.toString()).isFalse();
		assertThat(body.at("/data/loadDocument/documentsRead").asInt()).isEqualTo(1);
		assertThat(body.at("/data/loadDocument/documentsLoaded").asInt()).isEqualTo(1);
		assertThat(body.at("/data/loadDocument/rejected")).isEmpty();
	}
}
