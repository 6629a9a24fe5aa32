package org.reegraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineIT {

	static final String HEADLINE = """
			{ dependencyPaths(element: "Dy", origin: "CN", programCountry: "US", programKind: DEFENSE) {
			    program { id name kind country } element { id symbol } origin { code } originBasis
			    hops { from { id label } type to { id label } forward properties
			           evidence { document article publisher published sentence rule confidence } } } }""";

	@Test
	void returnsTheF35WithEveryHopAndItsEvidence() {
		JsonNode body = TestApi.post(HEADLINE);

		assertThat(body.has("errors")).as(body.toString()).isFalse();
		JsonNode paths = body.at("/data/dependencyPaths");
		assertThat(paths).isNotEmpty();
		JsonNode first = paths.get(0);
		assertThat(first.at("/program/id").asText()).isEqualTo("program:f-35");
		assertThat(first.at("/program/kind").asText()).isEqualTo("DEFENSE");
		assertThat(first.at("/origin/code").asText()).isEqualTo("CN");
		assertThat(first.at("/originBasis").asText()).isEqualTo("HOP");
		JsonNode hops = first.get("hops");
		assertThat(hops).hasSize(2);
		assertThat(hops.get(0).at("/type").asText()).isEqualTo("DEPENDS_ON");
		assertThat(hops.get(0).at("/to/id").asText()).isEqualTo("element:dysprosium-alloy");
		assertThat(hops.get(0).at("/properties/originCountry").asText()).isEqualTo("CN");
		assertThat(hops.get(0).at("/evidence/0/sentence").asText()).containsIgnoringCase("dysprosium")
			.contains("F-35");
		assertThat(hops.get(0).at("/evidence/0/published").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(hops.get(1).at("/type").asText()).isEqualTo("CONTAINS");
		assertThat(hops.get(1).at("/to/id").asText()).isEqualTo("element:Dy");
		for (JsonNode hop : hops) {
			assertThat(hop.get("evidence")).isNotEmpty();
			assertThat(hop.at("/evidence/0/document").asText()).isNotBlank();
		}
	}

	@Test
	void acceptsNamesInAnyCaseForElementAndCountries() {
		JsonNode body = TestApi.post("""
				{ dependencyPaths(element: "dysprosium", origin: "china", programCountry: "United States") {
				    program { id } } }""");

		assertThat(body.has("errors")).as(body.toString()).isFalse();
		assertThat(body.at("/data/dependencyPaths").findValuesAsText("id")).contains("program:f-35");
	}

	@Test
	void countsPathsThroughMaterialsThatContainTheElement() {
		JsonNode body = TestApi.post("{ dependencyPaths(element: \"Dy\") { program { id } hops { type to { id } } } }");

		JsonNode paths = body.at("/data/dependencyPaths");
		assertThat(paths.findValuesAsText("id")).contains("element:dysprosium-alloy", "element:ndfeb-magnet");
		assertThat(paths.findValuesAsText("type")).contains("CONTAINS");
		for (JsonNode path : paths) {
			JsonNode hops = path.get("hops");
			assertThat(hops.get(hops.size() - 1).at("/to/id").asText()).isEqualTo("element:Dy");
		}
	}

	@Test
	void onePathPerPageWhenFirstIsOne() {
		JsonNode body = TestApi.post("{ dependencyPaths(element: \"Dy\", first: 1) { program { id } } }");

		assertThat(body.at("/data/dependencyPaths")).hasSize(1);
	}

	@Nested
	class Errors {

		@Test
		void anUnknownElementIsAnErrorNamingIt() {
			JsonNode body = TestApi.post("{ dependencyPaths(element: \"Unobtainium\") { program { id } } }");

			assertThat(body.at("/errors/0/message").asText()).contains("'Unobtainium'").contains("element");
			assertThat(body.at("/errors/0/extensions/classification").asText()).isEqualTo("NOT_FOUND");
			assertThat(body.toString()).doesNotContain("MATCH").doesNotContain("at org.");
		}

		@Test
		void anUnknownOriginIsAnErrorNamingIt() {
			JsonNode body = TestApi.post("{ dependencyPaths(element: \"Dy\", origin: \"Atlantis\") { program { id } } }");

			assertThat(body.at("/errors/0/message").asText()).contains("'Atlantis'").contains("origin");
		}

		@Test
		void anUnknownProgrammeKindIsRejectedBySchemaValidation() {
			JsonNode body = TestApi.post("{ dependencyPaths(element: \"Dy\", programKind: NAVAL) { program { id } } }");

			assertThat(body.at("/errors/0/message").asText()).contains("NAVAL");
		}
	}
}
