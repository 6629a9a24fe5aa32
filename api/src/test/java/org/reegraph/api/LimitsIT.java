package org.reegraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsIT {

	private static String error(String query) {
		JsonNode body = TestApi.post(query);
		assertThat(body.path("data").isMissingNode() || body.path("data").isNull()).as(body.toString()).isTrue();
		return body.at("/errors/0/message").asText();
	}

	@Test
	void pageSizeNamesTheLimitAndItsValue() {
		assertThat(error("{ search(text: \"rare\", first: 500) { id } }"))
			.isEqualTo("first: 500 on search exceeds the limit maxPageSize of 100 (reegraph.api.max-page-size).");
	}

	@Test
	void pageSizeCountsForRelationshipFieldsAndVariables() {
		JsonNode body = TestApi.post(TestApi.server(), "query Q($n: Int) { country(code: \"CN\") { ... on Country { exportsTo(first: $n) { type } } } }",
				java.util.Map.of("n", 101), null);

		assertThat(body.at("/errors/0/message").asText()).contains("first: 101 on exportsTo").contains("maxPageSize of 100");
	}

	@Test
	void limitsApplyToEveryRequestOfACachedDocument() {
		// The server keeps parsed documents by query text (ParsedDocuments): the same text with other variables,
		// and the same over-limit text sent again, must meet the limits every time.
		String query = "query Q($n: Int) { country(code: \"CN\") { ... on Country { exportsTo(first: $n) { type } } } }";
		String deep = "{ country(code: \"CN\") { ... on Country { exportsTo(first: 100) { other { ... on Country { "
				+ "exportsTo(first: 100) { other { id name } } } } } } } }";

		for (int round = 0; round < 2; round++) {
			JsonNode small = TestApi.post(TestApi.server(), query, java.util.Map.of("n", 2), null);
			JsonNode large = TestApi.post(TestApi.server(), query, java.util.Map.of("n", 101), null);

			assertThat(small.path("errors").isMissingNode()).as(small.toString()).isTrue();
			assertThat(small.at("/data/country/exportsTo").size()).isEqualTo(2);
			assertThat(large.at("/errors/0/message").asText()).contains("first: 101 on exportsTo");
			assertThat(error(deep)).startsWith("The query costs ");
		}
	}

	@Test
	void negativePagesAreRejected() {
		assertThat(error("{ search(text: \"rare\", first: -1) { id } }")).isEqualTo("first: -1 on search must not be negative.");
		assertThat(error("{ country(code: \"CN\") { ... on Country { exportsTo(offset: -3) { type } } } }"))
			.isEqualTo("offset: -3 on exportsTo must not be negative.");
	}

	@Test
	void maxHopsNamesTheLimitAndItsValue() {
		assertThat(error("{ dependencyPaths(element: \"Dy\", maxHops: 9) { program { id } } }"))
			.isEqualTo("maxHops: 9 on dependencyPaths exceeds the limit maxHops of 6 (reegraph.api.max-hops).");
	}

	@Test
	void tooFewHopsOrAnEmptyPageIsABadRequestNamingTheValue() {
		JsonNode hops = TestApi.post("{ dependencyPaths(element: \"Dy\", maxHops: 0) { program { id } } }");
		JsonNode first = TestApi.post("{ dependencyPaths(element: \"Dy\", first: 0) { program { id } } }");

		assertThat(hops.at("/errors/0/message").asText()).isEqualTo("maxHops must be between 1 and 6, got 0.");
		assertThat(hops.at("/errors/0/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
		assertThat(first.at("/errors/0/message").asText()).isEqualTo("first must be at least 1, got 0.");
	}

	@Test
	void depthNamesTheLimitAndItsValue() {
		String nested = "other { id }";
		for (int i = 0; i < 7; i++) {
			nested = "other { ... on Country { exportsTo(first: 1) { " + nested + " } } }";
		}
		assertThat(error("{ country(code: \"CN\") { ... on Country { exportsTo(first: 1) { " + nested + " } } } }"))
			.startsWith("The query is ").contains("levels deep; the limit maxDepth is 12");
	}

	@Test
	void complexityNamesTheLimitAndItsValue() {
		assertThat(error("""
				{ country(code: "CN") { ... on Country { exportsTo(first: 100) { other { ... on Country {
				    exportsTo(first: 100) { other { id name } } } } } } } }"""))
			.startsWith("The query costs ").contains("the limit maxComplexity is 20000");
	}

	@Test
	void limitsAreConfigurable() {
		try (ApiServer strict = ApiServer.start(TestApi.loadedDriver(), null, 0, java.util.Map.of(
				"reegraph.api.max-page-size", 20, "reegraph.api.max-hops", 4, "reegraph.api.max-depth", 3))) {
			JsonNode page = TestApi.post(strict, "{ search(text: \"rare\", first: 21) { id } }", java.util.Map.of(), null);
			JsonNode hops = TestApi.post(strict, "{ dependencyPaths(element: \"Dy\", maxHops: 5) { program { id } } }",
					java.util.Map.of(), null);
			JsonNode deep = TestApi.post(strict, HeadlineIT.HEADLINE, java.util.Map.of(), null);

			assertThat(page.at("/errors/0/message").asText()).contains("maxPageSize of 20");
			assertThat(hops.at("/errors/0/message").asText()).contains("maxHops of 4");
			assertThat(deep.at("/errors/0/message").asText()).contains("the limit maxDepth is 3");
		}
	}

	@Test
	void schemaIntrospectionForGraphiqlIsExemptFromDepthAndComplexity() {
		JsonNode body = TestApi.post(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY);

		assertThat(body.has("errors")).as(body.toString()).isFalse();
		assertThat(body.at("/data/__schema/queryType/name").asText()).isEqualTo("Query");
	}

	@Test
	void theHeadlineQueryIsWellWithinTheLimits() {
		JsonNode body = TestApi.post(HeadlineIT.HEADLINE);

		assertThat(body.has("errors")).as(body.toString()).isFalse();
	}
}
