package org.reegraph.loader;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reegraph.cypher.query.NamedQuery;
import org.reegraph.cypher.query.QueryOptions;
import org.reegraph.cypher.query.ReegraphQueries;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every query of the analyst catalog, run exactly as its header's {@code :param} lines tell an analyst to run it
 * in Neo4j Browser, answers the question it states on the bundled corpus. Assertions name what a reader of the
 * corpus expects (China's monthly exports to the US, the Pentagon's stake in MP Materials …).
 */
class AnalystCatalogIT {

	static ReegraphQueries queries;

	static final Set<NamedQuery> RUN = EnumSet.noneOf(NamedQuery.class);

	@BeforeAll
	static void load() {
		TestNeo4j db = TestNeo4j.get();
		ReegraphLoader.create().load(db.driver(), List.of(Path.of("..", "data", "documents")), LoadListener.NONE);
		queries = new ReegraphQueries(db.driver(), QueryOptions.defaults());
	}

	@AfterAll
	static void everyQueryOfTheCatalogWasRun() {
		assertThat(RUN).containsExactlyInAnyOrder(NamedQuery.values());
	}

	static List<Map<String, Object>> example(NamedQuery query) {
		RUN.add(query);
		return queries.run(query, query.exampleParameters());
	}

	static List<Map<String, Object>> with(NamedQuery query, String name, Object value) {
		Map<String, Object> params = new HashMap<>(query.exampleParameters());
		params.put(name, value);
		return queries.run(query, params);
	}

	@SuppressWarnings("unchecked")
	static <T> T get(Object map, String key) {
		return (T) ((Map<String, Object>) map).get(key);
	}

	@Test
	void dependencyPathsTraceTheF35BackToChineseDysprosium() {
		Map<String, Object> row = example(NamedQuery.DEPENDENCY_PATHS).get(0);
		assertThat(row).containsEntry("element", "element:Dy").containsEntry("origin", "CN");
		List<Object> paths = get(row, "paths");
		assertThat(paths).extracting(p -> get(get(p, "program"), "id")).contains("program:f-35");
		List<Object> hops = get(paths.get(0), "hops");
		assertThat(hops).allSatisfy(h -> assertThat((List<Object>) get(h, "evidence")).isNotEmpty());
	}

	@Test
	void exposureListsUsProgrammesWithTheirSupplierCountries() {
		List<Object> exposures = get(example(NamedQuery.EXPOSURE).get(0), "exposures");
		Object f35 = exposures.stream().filter(e -> "program:f-35".equals(get(get(e, "dependent"), "id"))).findFirst().orElseThrow();
		assertThat((List<Object>) get(f35, "suppliers")).contains("CN");
		assertThat((List<Object>) get(f35, "materials")).contains("dysprosium alloy");
	}

	@Test
	void supplySharesShowChinaAmongProducersWithEverySource() {
		List<Object> shares = get(example(NamedQuery.SUPPLY_SHARES).get(0), "shares");
		assertThat(shares).extracting(s -> get(s, "role")).contains("PRODUCES", "REFINES", "HOLDS_RESERVES");
		Object chinaRefines = shares.stream().filter(s -> "REFINES".equals(get(s, "role"))
				&& "country:CN".equals(get(get(s, "supplier"), "id"))).findFirst().orElseThrow();
		assertThat((List<Object>) get(chinaRefines, "sources")).hasSizeGreaterThan(1);
		assertThat(((Number) get(chinaRefines, "maxSharePct")).doubleValue()).isGreaterThanOrEqualTo(85);
	}

	@Test
	void tradeFlowsGiveChinasMonthlyExportsToTheUsInOrder() {
		List<Map<String, Object>> rows = example(NamedQuery.TRADE_FLOWS);
		List<Map<String, Object>> monthly = rows.stream()
			.filter(r -> r.get("period") instanceof String p && p.startsWith("2025-")).toList();
		assertThat(monthly).extracting(r -> r.get("period")).containsSubsequence("2025-05", "2025-06", "2025-07");
		assertThat(monthly).extracting(r -> r.get("quantities"))
			.contains(List.of(46L), List.of(353L), List.of(619L));
		assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("exporter", "China").containsEntry("importer", "United States"));
		assertThat(rows.get(rows.size() - 1).get("period")).as("flows without a period come last").isNull();
		assertThat(with(NamedQuery.TRADE_FLOWS, "exporter", "Atlantis")).as("unknown exporter").isEmpty();
	}

	@Test
	void agreementsOfTheUsNameTheOtherPartiesAndWhatTheyCover() {
		List<Map<String, Object>> rows = example(NamedQuery.AGREEMENTS);
		Map<String, Object> pakistan = rows.stream()
			.filter(r -> "Pakistan–United States agreement".equals(get(r.get("agreement"), "name"))).findFirst().orElseThrow();
		assertThat((List<Object>) pakistan.get("parties")).contains("Pakistan", "United States");
		assertThat((List<Object>) get(pakistan.get("agreement"), "terms")).contains("technology transfer");
		assertThat((Long) get(pakistan.get("agreement"), "valueUsd")).isEqualTo(500_000_000L);
		assertThat(rows).allSatisfy(r -> assertThat((List<Object>) r.get("parties")).contains("United States"));
		assertThat(with(NamedQuery.AGREEMENTS, "party", "BR")).extracting(r -> get(r.get("agreement"), "name"))
			.containsExactly("Rare Earth Full Chain Cooperation Agreement");
	}

	@Test
	void policiesCoveringDysprosiumIncludeChinasHeavyRareEarthControls() {
		List<Map<String, Object>> rows = example(NamedQuery.POLICIES);
		assertThat(rows).extracting(r -> get(r.get("policy"), "name")).contains("China export controls on heavy rare earths");
		assertThat(rows).allSatisfy(r -> assertThat(r.get("match")).isIn("DIRECT", "BROADER", "NARROWER"));
		Map<String, Object> tariffs = with(NamedQuery.POLICIES, "element", null).stream()
			.filter(r -> "Section 301 tariffs".equals(get(r.get("policy"), "name"))).findFirst().orElseThrow();
		assertThat((List<Object>) tariffs.get("targets")).containsExactly("China");
		assertThat((List<Object>) tariffs.get("issuers")).containsExactly("Office of the United States Trade Representative");
		List<Map<String, Object>> rareEarths = with(NamedQuery.POLICIES, "element", "rare earths");
		assertThat(rareEarths).extracting(r -> get(r.get("policy"), "name")).contains("China export controls on rare earths");
		assertThat(rareEarths.get(0).get("match")).isEqualTo("DIRECT");
	}

	@Test
	void investmentsOfTheUsGovernmentIncludeThePentagonsStakeInMpMaterials() {
		List<Map<String, Object>> rows = example(NamedQuery.INVESTMENTS);
		Map<String, Object> pentagon = rows.stream()
			.filter(r -> "US Department of Defense".equals(get(r.get("investor"), "name"))).findFirst().orElseThrow();
		assertThat((String) get(pentagon.get("target"), "name")).isEqualTo("MP Materials");
		assertThat((List<Object>) pentagon.get("amountsUsd")).contains(400_000_000L);
		assertThat((List<Object>) pentagon.get("instruments")).isNotEmpty();
		assertThat(rows).extracting(r -> get(r.get("investor"), "name")).doesNotContain("Pakistan");
	}

	@Test
	void refiningAbroadShowsWhoseOreChinaRefines() {
		List<Map<String, Object>> rows = example(NamedQuery.REFINING_ABROAD);
		assertThat(rows).extracting(r -> get(r.get("owner"), "name")).contains("United States", "Australia", "India");
		assertThat(rows).allSatisfy(r -> {
			assertThat((String) get(r.get("refiner"), "name")).isEqualTo("China");
			assertThat(((Number) r.get("refinerSharePct")).doubleValue()).isGreaterThan(50);
		});
		assertThat(with(NamedQuery.REFINING_ABROAD, "refiner", "MY")).extracting(r -> get(r.get("owner"), "name"))
			.containsExactly("Lynas Rare Earths");
	}

	@Test
	void relationshipEvidenceListsEverySourceOfChinasExportsToTheUs() {
		List<Map<String, Object>> rows = example(NamedQuery.RELATIONSHIP_EVIDENCE);
		assertThat(rows).hasSizeGreaterThanOrEqualTo(5).allSatisfy(r -> {
			assertThat(r).containsEntry("from", "China").containsEntry("to", "United States").containsEntry("type", "EXPORTS_TO");
			assertThat((String) r.get("sentence")).isNotBlank();
			assertThat((String) r.get("document")).endsWith(".txt");
		});
		assertThat(rows).extracting(r -> get(r.get("figures"), "quantity")).contains(46L, 353L, 619L);
		assertThat(with(NamedQuery.RELATIONSHIP_EVIDENCE, "type", "SANCTIONS")).isEmpty();
	}

	@Test
	void conflictsKeepDisagreeingFiguresSideBySide() {
		List<Object> conflicts = get(example(NamedQuery.CONFLICTS).get(0), "conflicts");
		assertThat(conflicts).isNotEmpty().allSatisfy(c -> {
			List<Object> claims = get(c, "claims");
			assertThat(claims.stream().map(x -> get(x, "value")).distinct().count()).isGreaterThan(1);
		});
	}

	@Test
	void timelineOfChinasRareEarthControlsShowsTheNovemberPause() {
		Map<String, Object> row = example(NamedQuery.TIMELINE).get(0);
		assertThat(row).containsEntry("statusAtEnd", "SUSPENDED");
		List<Object> statuses = get(row, "statuses");
		assertThat(statuses).extracting(s -> get(s, "basis")).contains("AGREEMENT_TERM");
		List<Object> statements = get(row, "statements");
		assertThat(statements).extracting(s -> get(s, "published").toString()).isSorted();
		Map<String, Object> october = with(NamedQuery.TIMELINE, "to", "2025-10-31").get(0);
		assertThat(october.get("statusAtEnd")).isNotEqualTo("SUSPENDED");
	}

	@Test
	void disruptionOfChineseDysprosiumLosesTheF35() {
		List<Object> programmes = get(example(NamedQuery.DISRUPTION).get(0), "programmes");
		Object f35 = programmes.stream().filter(p -> "program:f-35".equals(get(get(p, "program"), "id"))).findFirst()
			.orElseThrow();
		assertThat((Boolean) get(f35, "loses")).isTrue();
		assertThat((List<Object>) get(f35, "after")).isEmpty();
		assertThat((List<Object>) get(f35, "before")).isNotEmpty();
	}

	@Test
	void alternativesToChineseDysprosiumLeaveChinaOut() {
		Map<String, Object> row = example(NamedQuery.ALTERNATIVES).get(0);
		assertThat(row).containsEntry("excluded", List.of("CN"));
		List<Object> alternatives = get(row, "alternatives");
		assertThat(alternatives).isNotEmpty().extracting(a -> get(a, "country")).doesNotContain("CN");
	}

	@Test
	void weaklySupportedEntitiesRestOnOneArticle() {
		List<Map<String, Object>> rows = example(NamedQuery.WEAKLY_SUPPORTED);
		assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(25);
		assertThat(rows).extracting(r -> get(r.get("entity"), "id")).doesNotContain("country:CN", "country:US", "element:Dy");
		assertThat(rows).allSatisfy(r -> assertThat((String) r.get("article")).isNotBlank());
		List<Map<String, Object>> countries = with(NamedQuery.WEAKLY_SUPPORTED, "label", "Country");
		assertThat(countries).extracting(r -> get(r.get("entity"), "name")).contains("Greenland")
			.allSatisfy(name -> assertThat(name).isNotEqualTo("China"));
	}

	@Test
	void theNeighbourhoodOfDysprosiumIsPathsStartingThere() {
		List<Map<String, Object>> rows = example(NamedQuery.NEIGHBOURHOOD);
		assertThat(rows).isNotEmpty().allSatisfy(r -> {
			assertThat(r.get("hops")).isEqualTo(1L);
			assertThat((String) get(((List<Object>) get(r.get("path"), "nodes")).get(0), "id")).isEqualTo("element:Dy");
		});
		assertThat(rows).extracting(r -> get(((List<Object>) get(r.get("path"), "nodes")).get(1), "name")).contains("NdFeB magnet");
		assertThat(with(NamedQuery.NEIGHBOURHOOD, "hops", 2)).hasSizeGreaterThan(rows.size());
	}

	@Test
	void lookUpsAndSearchFindTheExampleEntities() {
		assertThat((String) get(example(NamedQuery.SEARCH).get(0).get("entity"), "id")).isEqualTo("element:Dy");
		assertThat((String) get(example(NamedQuery.ENTITY_BY_ID).get(0).get("entity"), "name")).isEqualTo("F-35");
		assertThat((String) get(example(NamedQuery.COUNTRY_BY_CODE).get(0).get("entity"), "name")).isEqualTo("China");
		assertThat((String) get(example(NamedQuery.ELEMENT_BY_SYMBOL).get(0).get("entity"), "name")).isEqualTo("Dysprosium");
	}

	@Test
	void batchQueriesOfTheApiAnswerForEveryId() {
		List<Object> relations = get(example(NamedQuery.RELATIONSHIPS).get(0), "relations");
		assertThat(relations).extracting(r -> get(get(r, "other"), "name")).contains("United States");
		assertThat((Long) example(NamedQuery.RELATIONSHIP_COUNT).get(0).get("total"))
			.as("every relationship the page above was taken from").isGreaterThanOrEqualTo(relations.size());
		Map<String, Object> tree = example(NamedQuery.RELATIONSHIP_TREE).get(0);
		assertThat((List<Object>) get(tree, "relations")).isEqualTo(relations);
		assertThat((List<Object>) get(tree, "nested")).as("agreements of China's export partners").isNotEmpty()
			.allSatisfy(n -> assertThat((List<Object>) get(n, "relations")).isNotEmpty()
				.allSatisfy(r -> assertThat((String) get(r, "type")).isEqualTo("PARTY_TO")));
		List<Map<String, Object>> evidence = example(NamedQuery.ENTITY_EVIDENCE);
		assertThat(evidence).extracting(r -> r.get("id")).containsExactlyInAnyOrder("program:f-35", "element:Dy");
		assertThat(evidence).allSatisfy(r -> assertThat((List<Object>) r.get("evidence")).isNotEmpty());
		List<Map<String, Object>> page = example(NamedQuery.ENTITY_EVIDENCE_PAGE);
		assertThat(page).extracting(r -> r.get("id")).containsExactly("country:CN");
		List<Object> mentions = (List<Object>) page.get(0).get("evidence");
		assertThat(mentions).as("the first page: at most one more than the connection's default size").isNotEmpty()
			.hasSizeLessThanOrEqualTo(21).allSatisfy(m -> assertThat((String) get(m, "articleId")).isNotBlank());
		assertThat((Long) page.get(0).get("total")).as("every article that mentions China")
			.isGreaterThanOrEqualTo(mentions.size());
	}

	@Test
	void missingOrUnknownParametersAreNamed() {
		assertThatThrownBy(() -> queries.run(NamedQuery.TRADE_FLOWS, Map.of("exporter", "CN", "country", "US")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("trade-flows").hasMessageContaining("unknown: [country]")
			.hasMessageContaining("missing: [importer, commodity]");
	}
}
