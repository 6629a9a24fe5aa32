package org.reegraph.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As-of dates, timelines, comparable conflicts and what-if cut-offs over GraphQL, on the bundled corpus: what
 * the documents of each date support.
 */
class TimeAndScenariosIT {

	static JsonNode data(String query) {
		JsonNode body = TestApi.post(query);
		assertThat(body.has("errors")).as(body.toString()).isFalse();
		return body.get("data");
	}

	static List<String> texts(JsonNode nodes, String pointer) {
		List<String> out = new ArrayList<>();
		nodes.forEach(n -> out.add(n.at(pointer).asText()));
		return out;
	}

	@Nested
	class AsOf {

		static final String HEADLINE = """
				{ dependencyPaths(element: "Dy", origin: "CN", programCountry: "US", programKind: DEFENSE, asOf: "%s") {
				    program { id } hops { to { id } evidence { published } } } }""";

		@Test
		void theHeadlineAskedAsOfTwoDatesGivesWhatTheDocumentsOfThoseDatesSupport() {
			assertThat(data(HEADLINE.formatted("2025-07-01")).get("dependencyPaths"))
				.as("no document before late July 2025 ties the F-35 to dysprosium").isEmpty();
			JsonNode august = data(HEADLINE.formatted("2025-08-01")).get("dependencyPaths");
			assertThat(texts(august, "/program/id")).containsOnly("program:f-35");
			assertThat(texts(august, "/hops/0/to/id")).containsExactly("element:dysprosium-alloy");
			assertThat(texts(august, "/hops/0/evidence/0/published")).allMatch(d -> d.compareTo("2025-08-01") <= 0);
			JsonNode december = data(HEADLINE.formatted("2025-12-01")).get("dependencyPaths");
			assertThat(texts(december, "/hops/0/to/id"))
				.as("the October article adds the F-35's rare-earth magnets")
				.contains("element:dysprosium-alloy", "element:rare-earth-magnet");
		}

		@Test
		void relationshipFieldsAndSearchCountOnlyWhatWasStatedByTheDate() {
			JsonNode flows = data("""
					{ country(code: "CN") { ... on Country {
					    exportsTo(where: { otherId: "country:US" }, first: 100, asOf: "2025-08-01") { quantity period evidence { published } } } } }""")
				.at("/country/exportsTo");
			assertThat(flows).isNotEmpty();
			assertThat(flows.findValuesAsText("published")).allMatch(d -> d.compareTo("2025-08-01") <= 0);
			assertThat(flows.findValuesAsText("period")).as("July's 619 t was reported on 25 August").doesNotContain("2025-07");
			assertThat(data("{ search(text: \"Tesla\", asOf: \"2025-07-22\") { id } }").get("search"))
				.as("first mentioned on 23 July 2025").isEmpty();
			assertThat(data("{ search(text: \"Tesla\", asOf: \"2025-07-23\") { id } }").get("search").findValuesAsText("id"))
				.contains("company:tesla");
		}
	}

	@Nested
	class Timelines {

		static final String CONTROLS = """
				{ timeline(entity: "policy:cn-export-controls-rare-earths", to: "%s") {
				    entity { id } statusAtEnd statuses { published status basis evidence { sentence } } } }""";

		@Test
		void theNovemberPauseOfChinasControlsChangesTheStatusBeforeAndAfter() {
			JsonNode before = data(CONTROLS.formatted("2025-11-03")).get("timeline");
			assertThat(before.get("statusAtEnd").asText()).isNotEqualTo("SUSPENDED");
			JsonNode after = data(CONTROLS.formatted("2025-11-05")).get("timeline");
			assertThat(after.get("statusAtEnd").asText()).isEqualTo("SUSPENDED");
			JsonNode pause = after.get("statuses").get(after.get("statuses").size() - 1);
			assertThat(pause.get("published").asText()).isEqualTo("2025-11-04");
			assertThat(pause.get("basis").asText()).isEqualTo("AGREEMENT_TERM");
			assertThat(pause.at("/evidence/sentence").asText()).containsIgnoringCase("pause");
		}

		@Test
		void aPolicysStatusUnderAFieldAskedAsOfADateIsTheStatusInForceThen() {
			String query = """
					{ country(code: "CN") { policies(where: { otherId: "policy:cn-export-controls-rare-earths" }, asOf: "%s") {
					    from { id status } } } }""";
			JsonNode before = data(query.formatted("2025-11-03")).at("/country/policies");
			JsonNode after = data(query.formatted("2025-11-05")).at("/country/policies");
			assertThat(before).isNotEmpty();
			assertThat(before.findValuesAsText("status")).isNotEmpty().doesNotContain("SUSPENDED");
			assertThat(after.findValuesAsText("status")).containsOnly("SUSPENDED");
			assertThat(before.findValuesAsText("status")).as("the same rule as the timeline's")
				.containsOnly(data(CONTROLS.formatted("2025-11-03")).at("/timeline/statusAtEnd").asText());
		}

		@Test
		void chinasMonthlyExportsToTheUsAreASeriesInDateOrder() {
			JsonNode statements = data("""
					{ timeline(entity: "China", from: "2025-08-01", to: "2025-08-31") {
					    statements { published type other { id } figures changed previousPublished } } }""")
				.at("/timeline/statements");
			List<String> dates = statements.findValuesAsText("published");
			assertThat(dates).isSorted().allMatch(d -> d.startsWith("2025-08"));
			List<String> quantities = new ArrayList<>();
			statements.forEach(s -> {
				if (s.get("type").asText().equals("EXPORTS_TO") && s.at("/other/id").asText().equals("country:US")
						&& s.at("/figures/commodity").asText().equals("rare earths") && s.at("/figures/quantity").isNumber()) {
					quantities.add(s.at("/figures/period").asText() + "=" + s.at("/figures/quantity").asInt());
				}
			});
			assertThat(quantities).contains("2025-05=46", "2025-06=353", "2025-07=619");
		}
	}

	@Nested
	class Conflicts {

		@Test
		void monthlyExportsAreNoConflictButChinasRefiningAndReserveSharesAre() {
			JsonNode conflicts = data("""
					{ conflicts(entity: "China", first: 100) { from { id } type to { id } property period spread
					    relativeSpreadPct claims { value } } }""").get("conflicts");
			assertThat(texts(conflicts, "/type")).doesNotContain("EXPORTS_TO").contains("REFINES", "HOLDS_RESERVES");
			conflicts.forEach(c -> {
				assertThat(c.get("claims").findValuesAsText("value").stream().distinct().count()).isGreaterThan(1);
				assertThat(c.get("spread").asDouble()).isPositive();
			});
		}
	}

	@Nested
	class Scenarios {

		@Test
		void aCutOffOfChineseDysprosiumListsTheF35AsLosingItsPath() {
			JsonNode impacts = data("""
					{ disruption(cutOff: [{origin: "CN", element: "Dy"}], programCountry: "US", programKind: DEFENSE) {
					    program { id } loses keptThrough before { cutBy { origin basis } hops { to { id } } } after { hops { type } } } }""")
				.get("disruption");
			JsonNode f35 = null;
			for (JsonNode i : impacts) {
				if (i.at("/program/id").asText().equals("program:f-35")) {
					f35 = i;
				}
			}
			assertThat(f35).as(impacts.toString()).isNotNull();
			assertThat(f35.get("loses").asBoolean()).isTrue();
			assertThat(f35.get("before")).isNotEmpty();
			assertThat(f35.get("after")).isEmpty();
			assertThat(f35.get("before").findValuesAsText("origin")).containsOnly("CN");
		}

		@Test
		void alternativesToChineseDysprosiumNameOtherSuppliersWithTheirSources() {
			JsonNode alternatives = data("""
					{ alternatives(element: "Dy", excluding: ["China"]) { supplier { id } country roles sources { sentence } } }""")
				.get("alternatives");
			assertThat(alternatives).isNotEmpty();
			assertThat(texts(alternatives, "/country")).doesNotContain("CN");
			alternatives.forEach(a -> assertThat(a.get("sources")).isNotEmpty());
		}

		@Test
		void anUnknownOriginIsAnErrorNamingIt() {
			JsonNode body = TestApi.post("""
					{ disruption(cutOff: [{origin: "Atlantis", element: "Dy"}]) { loses } }""");
			assertThat(body.at("/errors/0/message").asText()).contains("Atlantis");
			assertThat(body.at("/errors/0/extensions/classification").asText()).isEqualTo("NOT_FOUND");
		}
	}

	@Nested
	class Exposure {

		@Test
		void weighsTheUnitedStatesSupplyByTheSharesSourcesState() {
			JsonNode us = null;
			for (JsonNode e : data("""
					{ exposure(country: "US", element: "Dy") { dependent { id }
					    weighted { supplier minPct maxPct figures { type sharePct evidence { sentence } } } } }""").get("exposure")) {
				if (e.at("/dependent/id").asText().equals("country:US")) {
					us = e;
				}
			}
			assertThat(us).isNotNull();
			JsonNode cn = us.get("weighted").get(0);
			assertThat(cn.get("supplier").asText()).isEqualTo("CN");
			assertThat(cn.get("minPct").asDouble()).isLessThanOrEqualTo(cn.get("maxPct").asDouble());
			assertThat(cn.get("figures")).isNotEmpty();
			assertThat(cn.at("/figures/0/evidence/sentence").asText()).isNotBlank();
		}
	}
}
