package org.reegraph.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalystFieldsIT {

	static JsonNode ok(String query) {
		JsonNode body = TestApi.post(query);
		assertThat(body.has("errors")).as(body.toString()).isFalse();
		return body.get("data");
	}

	@Nested
	class Exposure {

		@Test
		void namesTheProgrammesOfACountryThatDependOnAnElementAndTheirSupplierCountries() {
			JsonNode data = ok("""
					{ exposure(country: "US", element: "Dy") {
					    dependent { id label } hops supplierCountries materials evidence { sentence } } }""");

			JsonNode f35 = find(data.get("exposure"), "/dependent/id", "program:f-35");
			assertThat(f35.get("hops").asInt()).isEqualTo(2);
			assertThat(f35.get("supplierCountries").toString()).contains("CN");
			assertThat(f35.get("materials").toString()).contains("dysprosium alloy");
			assertThat(f35.get("evidence")).isNotEmpty();
		}

		@Test
		void anUnknownCountryIsAnErrorNamingIt() {
			JsonNode body = TestApi.post("{ exposure(country: \"Narnia\", element: \"Dy\") { hops } }");

			assertThat(body.at("/errors/0/message").asText()).contains("'Narnia'");
		}
	}

	@Nested
	class SupplyShares {

		@Test
		void keepsEverySourcesFigureSideBySide() {
			JsonNode data = ok("""
					{ supplyShares(element: "rare earths") {
					    supplier { id } role material { id } maxSharePct minSharePct sources { figures sentence } } }""");

			JsonNode refines = null;
			for (JsonNode s : data.get("supplyShares")) {
				if (s.at("/supplier/id").asText().equals("country:CN") && s.get("role").asText().equals("REFINES")
						&& s.at("/material/id").asText().equals("element:rare-earths")) {
					refines = s;
				}
			}
			assertThat(refines).isNotNull();
			assertThat(refines.get("maxSharePct").asDouble()).isGreaterThan(refines.get("minSharePct").asDouble());
			assertThat(refines.get("sources").size()).isGreaterThan(1);
			assertThat(refines.get("sources").findValuesAsText("sentence")).allMatch(s -> !s.isBlank());
		}

		@Test
		void anElementWithoutDirectProducersIsAnsweredThroughTheMaterialsContainingIt() {
			JsonNode data = ok("{ supplyShares(element: \"Dy\") { supplier { id } role material { id } } }");

			assertThat(data.get("supplyShares").findValuesAsText("id")).contains("country:CN", "element:ndfeb-magnet");
		}
	}

	@Nested
	class Conflicts {

		@Test
		void showsDisagreeingSourcesWithTheirEvidence() {
			JsonNode data = ok("""
					{ conflicts(entity: "country:CN", first: 50) {
					    from { id } type to { id } property unit claims { value evidence { document sentence } } } }""");

			JsonNode conflicts = data.get("conflicts");
			assertThat(conflicts).isNotEmpty();
			for (JsonNode c : conflicts) {
				List<Double> values = c.get("claims").findValues("value").stream().map(JsonNode::asDouble).distinct().toList();
				assertThat(values).hasSizeGreaterThan(1);
				assertThat(c.get("claims").findValuesAsText("sentence")).allMatch(s -> !s.isBlank());
			}
			assertThat(conflicts.findValuesAsText("property")).contains("sharePct");
		}

		@Test
		void coverTheWholeGraphWithoutAnEntity() {
			JsonNode data = ok("{ conflicts(first: 3) { property } }");

			assertThat(data.get("conflicts")).hasSize(3);
		}
	}

	@Nested
	class LookUps {

		@Test
		void findEntitiesByIdCodeAndSymbolInAnyCase() {
			JsonNode data = ok("""
					{ entity(id: "program:f-35") { id label ... on Program { kind country } }
					  country(code: "china") { id code name aliases }
					  element(symbol: "dy") { id symbol atomicNumber category kind }
					  missing: entity(id: "program:none") { id } }""");

			assertThat(data.at("/entity/kind").asText()).isEqualTo("DEFENSE");
			assertThat(data.at("/country/code").asText()).isEqualTo("CN");
			assertThat(data.at("/element/symbol").asText()).isEqualTo("Dy");
			assertThat(data.at("/element/atomicNumber").asInt()).isEqualTo(66);
			assertThat(data.get("missing").isNull()).isTrue();
		}

		@Test
		void giveEntityEvidenceFromTheArticlesThatMentionThem() {
			JsonNode data = ok("{ entity(id: \"program:f-35\") { evidence { document article published sentence rule } } }");

			assertThat(data.at("/entity/evidence")).isNotEmpty();
			assertThat(data.at("/entity/evidence/0/rule").asText()).isEqualTo("mention");
		}
	}

	@Nested
	class Search {

		@Test
		void findsByNameAndAliasWithPrefixesAndLabels() {
			JsonNode data = ok("""
					{ magnets: search(text: "magnet", labels: ["Element"]) { id label }
					  f35: search(text: "F-35") { id }
					  chinese: search(text: "中国") { id }
					  odd: search(text: "(\\"[") { id } }""");

			assertThat(data.get("magnets").findValuesAsText("id")).contains("element:ndfeb-magnet");
			assertThat(data.get("magnets").findValuesAsText("label")).containsOnly("Element");
			assertThat(data.get("f35").findValuesAsText("id")).contains("program:f-35");
			assertThat(data.get("chinese").findValuesAsText("id")).contains("country:CN");
			assertThat(data.get("odd")).isEmpty();
		}

		@Test
		void honoursFirst() {
			JsonNode data = ok("{ search(text: \"rare\", first: 2) { id } }");

			assertThat(data.get("search")).hasSize(2);
		}
	}

	@Nested
	class RelationshipFields {

		@Test
		void pageWithOffsetAndFirst() {
			JsonNode all = ok("{ country(code: \"CN\") { ... on Country { exportsTo(first: 100) { other { id } evidence { factId } } } } }");
			JsonNode page = ok("{ country(code: \"CN\") { ... on Country { exportsTo(offset: 2, first: 3) { evidence { factId } } } } }");

			List<String> ids = all.at("/country/exportsTo").findValuesAsText("factId");
			assertThat(ids.size()).isGreaterThan(5);
			assertThat(page.at("/country/exportsTo").findValuesAsText("factId")).isEqualTo(ids.subList(2, 5));
		}

		@Test
		void filterByTheOtherEnd() {
			JsonNode data = ok("""
					{ country(code: "CN") { ... on Country {
					    exportsTo(where: {otherId: "country:US"}) { other { id } properties } } } }""");

			assertThat(data.at("/country/exportsTo").findValuesAsText("id")).isNotEmpty().containsOnly("country:US");
		}

		@Test
		void areBatchedIntoOneStatementPerFieldForAWholeList() {
			TestApi.server();
			TestApi.clearSent();
			JsonNode data = ok("""
					{ search(text: "rare earth", first: 10) { id evidence { sentence }
					    ... on Element { producers { other { id } } } } }""");

			assertThat(data.get("search").size()).isGreaterThan(2);
			List<String> sent = TestApi.sent().stream().map(java.util.Map.Entry::getKey).toList();
			assertThat(sent).containsExactlyInAnyOrder("search", "relationships", "entity-evidence");
		}
	}

	@Nested
	class NestedRelationshipFields {

		static final String NESTED = """
				{ entity(id: "country:CN") { id ... on Country { exportsTo(first: 10) { other { id
				    ... on Country { partyTo { other { id } evidence { factId } } } } } } } }""";

		/** The same question with a decoy field first, which is the one looked ahead for: partyTo is loaded apart. */
		static final String APART = """
				{ entity(id: "country:CN") { id ... on Country { exportsTo(first: 10) { other { id
				    ... on Country { dependsOn(first: 0) { type } partyTo { other { id } evidence { factId } } } } } } } }""";

		@Test
		void anEntityWithARelationshipFieldNestedInAnotherIsOneStatement() {
			TestApi.server();
			TestApi.clearSent();
			JsonNode nested = ok(NESTED);
			List<String> sentNested = TestApi.sent().stream().map(java.util.Map.Entry::getKey).toList();
			TestApi.clearSent();
			JsonNode apart = ok(APART);
			List<String> sentApart = TestApi.sent().stream().map(java.util.Map.Entry::getKey).toList();

			assertThat(sentNested).containsExactly("relationship-tree");
			assertThat(sentApart).containsExactlyInAnyOrder("relationship-tree", "relationships");
			JsonNode exports = nested.at("/entity/exportsTo");
			assertThat(exports.size()).isGreaterThan(2);
			assertThat(exports.findValuesAsText("factId")).as("the nested agreements' evidence").isNotEmpty();
			for (int i = 0; i < exports.size(); i++) {
				assertThat(exports.get(i).at("/other/partyTo")).as("partyTo of export %d", i)
					.isEqualTo(apart.at("/entity/exportsTo/" + i + "/other/partyTo"));
			}
		}

		@Test
		void aRelationshipFieldWithOneNestedInItIsOneStatementUnderAnyRoot() {
			TestApi.server();
			TestApi.clearSent();
			JsonNode data = ok("""
					{ country(code: "CN") { ... on Country { exportsTo(first: 10) { other { id
					    ... on Country { partyTo { other { id } evidence { factId } } } } } } } }""");

			assertThat(TestApi.sent().stream().map(java.util.Map.Entry::getKey).toList())
				.containsExactly("country-by-code", "relationship-tree");
			assertThat(data.at("/country/exportsTo")).isEqualTo(ok(NESTED).at("/entity/exportsTo"));
		}

		@Test
		void aBadFilterIsStillReportedOnTheFieldThatHasIt() {
			JsonNode body = TestApi.post("""
					{ entity(id: "country:CN") { id ... on Country { exportsTo(where: {otherLabel: "Nope"}) { type } } } }""");

			// (exportsTo is a non-null list, so its error also nulls the entity, as GraphQL requires.)
			assertThat(body.at("/errors")).hasSize(1);
			assertThat(body.at("/errors/0/message").asText()).contains("'Nope' is not a label");
			assertThat(body.at("/errors/0/path").toString()).isEqualTo("[\"entity\",\"exportsTo\"]");
		}
	}

	static JsonNode find(JsonNode list, String pointer, String value) {
		for (JsonNode n : list) {
			if (n.at(pointer).asText().equals(value)) {
				return n;
			}
		}
		throw new AssertionError("No element with " + pointer + " = " + value + " in " + list);
	}
}
