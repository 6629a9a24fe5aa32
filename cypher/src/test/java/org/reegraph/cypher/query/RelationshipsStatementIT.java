package org.reegraph.cypher.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;
import org.reegraph.cypher.Statements;
import org.reegraph.model.RelType;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code queries/relationships.cypher} (every relationship field of the API) reads only the asked type and direction
 * of a node's relationships, so a field on a hub stays cheap, and answers newest first, then by factId.
 */
class RelationshipsStatementIT {

	private final Driver driver = TestNeo4j.get().driver();

	@AfterEach
	void cleanUp() {
		driver.executableQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'reltest:' DETACH DELETE n").execute();
	}

	/** Every relationship type of the graph contract. */
	private static final Set<String> CONTRACT = Arrays.stream(RelType.values()).map(Enum::name)
		.collect(Collectors.toCollection(TreeSet::new));

	@Test
	void everyContractTypeHasABranchForEachDirectionWithItsTypeWrittenOut() {
		assertFieldBranches(Statements.query("relationships"));
		assertFieldBranches(Statements.query("relationship-count"));
	}

	@Test
	void theTreeStatementHasEveryContractTypeForEachDirectionAtBothLevels() {
		String statement = Statements.query("relationship-tree");

		assertFieldBranches(statement);
		assertThat(branches(statement, "WITH others WHERE \\$nestedType = '(\\w+)' AND \\$nestedOutgoing\\s+"
				+ "UNWIND others AS o MATCH \\(o\\)-\\[r:(\\w+)\\]->\\(m\\)")).isEqualTo(CONTRACT);
		assertThat(branches(statement, "WITH others WHERE \\$nestedType = '(\\w+)' AND NOT \\$nestedOutgoing\\s+"
				+ "UNWIND others AS o MATCH \\(o\\)<-\\[r:(\\w+)\\]-\\(m\\)")).isEqualTo(CONTRACT);
	}

	/** The first level: one branch per contract type and direction, gated on $type and $outgoing. */
	private static void assertFieldBranches(String statement) {
		assertThat(branches(statement, "MATCH \\(n\\)-\\[r:(\\w+)\\]->\\(m\\) WHERE \\$type = '(\\w+)' AND \\$outgoing "))
			.isEqualTo(CONTRACT);
		assertThat(branches(statement, "MATCH \\(n\\)<-\\[r:(\\w+)\\]-\\(m\\) WHERE \\$type = '(\\w+)' AND NOT \\$outgoing "))
			.isEqualTo(CONTRACT);
	}

	@Test
	void theTreeAnswersBothLevelsAsTheFieldStatementDoesAndReadsOnlyTheirTypes() {
		driver.executableQuery("""
				CREATE (hub:Entity:Country {id: 'reltest:hub', name: 'Hub'})
				WITH hub UNWIND range(1, 30) AS i
				CREATE (hub)-[:EXPORTS_TO {factId: 'fact:e' + i, published: date('2025-01-01') + duration({days: i})}]->
				       (p:Entity:Country {id: 'reltest:p' + i, name: 'Partner ' + i})
				WITH hub, p, i
				CALL (p, i) {
				  UNWIND range(1, i % 4) AS j
				  CREATE (p)-[:PARTY_TO {factId: 'fact:a' + i + '-' + j, published: date('2024-01-01') + duration({days: j})}]->
				         (:Entity:Agreement {id: 'reltest:a' + i + '-' + j, name: 'Accord ' + i + '-' + j})
				  CREATE (p)-[:EXPORTS_TO {factId: 'fact:x' + i + '-' + j, published: date('2024-01-01')}]->(hub)
				}""").execute();
		driver.executableQuery("""
				MATCH (hub:Entity {id: 'reltest:hub'})
				CREATE (hub)-[:EXPORTS_TO {factId: 'fact:e99', published: date('2026-01-01')}]->
				       (c:Entity:Company {id: 'reltest:c', name: 'Trader'}),
				       (c)-[:PARTY_TO {factId: 'fact:c1', published: date('2025-01-01')}]->
				       (:Entity:Agreement {id: 'reltest:ac', name: 'Company accord'})""").execute();
		Map<String, Object> params = new HashMap<>(Map.of("ids", List.of("reltest:hub"), "type", "EXPORTS_TO",
				"outgoing", true, "offset", 0L, "first", 12L));
		params.put("otherId", null);
		params.put("otherLabel", null);
		params.put("where", null);
		params.put("asOf", null);
		Map<String, Object> tree = new HashMap<>(params);
		noWindow(params);
		tree.putAll(Map.of("nestedLabels", List.of("Country"), "nestedType", "PARTY_TO", "nestedOutgoing", true,
				"nestedOffset", 0L, "nestedFirst", 2L));
		tree.put("nestedOtherId", null);
		tree.put("nestedOtherLabel", null);
		tree.put("nestedWhere", null);
		tree.put("nestedAsOf", null);

		var row = driver.executableQuery(Statements.query("relationship-tree")).withParameters(tree).execute().records().get(0);
		List<Object> level1 = driver.executableQuery(Statements.query("relationships")).withParameters(params).execute()
			.records().get(0).get("relations").asList();
		Map<String, List<Object>> nested = new HashMap<>();
		row.get("nested").asList(v -> v).forEach(v -> nested.put(v.get("id").asString(), v.get("relations").asList()));
		List<String> partners = level1.stream().map(r -> (String) ((Map<?, ?>) ((Map<?, ?>) r).get("other")).get("id")).toList();
		Map<String, Object> second = new HashMap<>(params);
		List<String> countries = partners.stream().filter(p -> p.startsWith("reltest:p")).toList();
		second.putAll(Map.of("ids", countries, "type", "PARTY_TO", "offset", 0L, "first", 2L));
		Map<String, List<Object>> apart = new HashMap<>();
		driver.executableQuery(Statements.query("relationships")).withParameters(second).execute().records()
			.forEach(r -> {
				if (!r.get("relations").asList().isEmpty()) {
					apart.put(r.get("id").asString(), r.get("relations").asList());
				}
			});
		long expanded;
		try (var session = driver.session()) {
			expanded = expandedRows(session.run("PROFILE " + Statements.query("relationship-tree"), tree).consume().profile());
		}

		assertThat(row.get("entity").get("name").asString()).isEqualTo("Hub");
		assertThat(row.get("relations").asList()).isEqualTo(level1).hasSize(12);
		assertThat(partners).as("newest first").startsWith("reltest:c", "reltest:p30", "reltest:p29");
		assertThat(nested).as("the company at the other end is not a Country: no nested level").isEqualTo(apart)
			.doesNotContainKey("reltest:c");
		assertThat(nested).hasSizeGreaterThan(5).allSatisfy((id, list) -> assertThat(list).hasSizeBetween(1, 2));
		// Level one reads the hub's 31 outgoing EXPORTS_TO (not the 45 incoming); level two reads the PARTY_TO of
		// the 11 countries on the page, not their EXPORTS_TO, nor anything of the company.
		int partyTo = countries.stream().mapToInt(p -> Integer.parseInt(p.substring("reltest:p".length())) % 4).sum();
		assertThat(expanded).isEqualTo(31 + partyTo);
	}

	@Test
	void keepsOnlyFactsWithTheAskedPropertiesAndReturnsWhatTheContractDoesNotNameAsExtra() {
		driver.executableQuery("""
				CREATE (hub:Entity:Country {id: 'reltest:hub', name: 'Hub'})
				CREATE (hub)-[:EXPORTS_TO {factId: 'fact:w1', published: date('2025-07-01'), period: '2025-06',
				         commodity: 'Rare earth magnets', quantity: 353, unit: 't', priceUsdPerKg: 41.5}]->
				       (:Entity:Country {id: 'reltest:us', name: 'Importer'})
				CREATE (hub)-[:EXPORTS_TO {factId: 'fact:w2', published: date('2025-08-01'), period: '2025-07',
				         commodity: 'rare earth magnets', quantity: 650, unit: 't'}]->
				       (:Entity:Country {id: 'reltest:de', name: 'Other importer'})""").execute();
		Map<String, Object> params = new HashMap<>(Map.of("ids", List.of("reltest:hub"), "type", "EXPORTS_TO",
				"outgoing", true, "offset", 0L, "first", 20L));
		params.put("otherId", null);
		params.put("otherLabel", null);
		params.put("asOf", null);
		noWindow(params);

		params.put("where", Map.of("period", "2025-06", "commodity", "RARE EARTH MAGNETS"));
		List<Map<String, Object>> june = relations(params);
		params.put("where", Map.of("quantity", 650.0));
		List<Map<String, Object>> big = relations(params);
		params.put("where", null);
		params.put("asOf", null);
		List<Map<String, Object>> all = relations(params);

		assertThat(june).singleElement().satisfies(r -> {
			assertThat(r.get("properties")).isEqualTo(Map.of("period", "2025-06", "commodity", "Rare earth magnets",
					"quantity", 353L, "unit", "t"));
			assertThat(r.get("extra")).isEqualTo(List.of(List.of("priceUsdPerKg", 41.5)));
		});
		assertThat(big).extracting(r -> (Object) ((Map<?, ?>) r.get("evidence")).get("factId")).containsExactly("fact:w2");
		assertThat(all).hasSize(2);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> relations(Map<String, Object> params) {
		List<Object> relations = driver.executableQuery(Statements.query("relationships")).withParameters(params).execute()
			.records().get(0).get("relations").asList(v -> v.asMap(x -> x.asObject()));
		return relations.stream().map(r -> {
			Map<String, Object> m = new HashMap<>((Map<String, Object>) r);
			m.put("properties", ((Map<String, Object>) m.get("properties")).entrySet().stream()
				.filter(e -> e.getValue() != null)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
			return m;
		}).toList();
	}

	private static Set<String> branches(String statement, String regex) {
		Set<String> types = new TreeSet<>();
		Matcher m = Pattern.compile(regex).matcher(statement);
		while (m.find()) {
			assertThat(m.group(1)).as("the branch gated on %s reads that type", m.group(2)).isEqualTo(m.group(2));
			types.add(m.group(1));
		}
		return types;
	}

	@Test
	void aFieldOnAHubReadsOnlyItsTypeAndDirectionNewestFirstThenByFactId() {
		driver.executableQuery("""
				CREATE (hub:Entity:Country {id: 'reltest:hub', name: 'Hub'})
				WITH hub UNWIND range(1, 300) AS i
				CREATE (hub)-[:EXPORTS_TO {factId: 'fact:e' + i, published: date('2025-01-01')}]->
				       (:Entity:Country {id: 'reltest:p' + i, name: 'Partner ' + i})""").execute();
		driver.executableQuery("""
				MATCH (hub:Entity {id: 'reltest:hub'})
				CREATE (a:Entity:Country {id: 'reltest:a', name: 'Zed'})-[:SANCTIONS {factId: 'fact:s2', published: date('2025-05-01')}]->(hub),
				       (b:Entity:Country {id: 'reltest:b', name: 'Alpha'})-[:SANCTIONS {factId: 'fact:s3', published: date('2025-05-01')}]->(hub),
				       (b)-[:SANCTIONS {factId: 'fact:s1', published: date('2024-02-01')}]->(hub),
				       (hub)-[:SANCTIONS {factId: 'fact:s9', published: date('2026-01-01')}]->(a)""").execute();
		Map<String, Object> params = new HashMap<>();
		params.put("ids", List.of("reltest:hub"));
		params.put("type", "SANCTIONS");
		params.put("outgoing", false);
		params.put("otherId", null);
		params.put("otherLabel", null);
		params.put("asOf", null);
		params.put("offset", 0L);
		params.put("first", 20L);
		params.put("where", null);
		params.put("asOf", null);
		noWindow(params);
		String statement = Statements.query("relationships");

		List<Object> facts = driver.executableQuery(statement).withParameters(params).execute().records().get(0)
			.get("relations").asList(v -> v.get("evidence").get("factId").asString());
		long expanded;
		try (var session = driver.session()) {
			expanded = expandedRows(session.run("PROFILE " + statement, params).consume().profile());
		}

		assertThat(facts).containsExactly("fact:s2", "fact:s3", "fact:s1");
		// The expands yield the three incoming SANCTIONS, not the hub's 300 EXPORTS_TO nor its outgoing SANCTIONS.
		assertThat(expanded).isEqualTo(3);
	}

	/** The keyset parameters as the offset-paged list fields send them: no keys, no count. */
	private static void noWindow(Map<String, Object> params) {
		for (String key : List.of("afterAt", "afterFactId", "beforeAt", "beforeFactId")) {
			params.put(key, null);
		}
		params.put("backward", false);
	}

	@Test
	void aKeysetWindowKeepsWhatSortsBetweenItsKeysInEitherDirectionAndTheCountStatementCountsAll() {
		driver.executableQuery("""
				CREATE (hub:Entity:Country {id: 'reltest:hub', name: 'Hub'})
				CREATE (hub)-[:EXPORTS_TO {factId: 'fact:k1', published: date('2025-03-01')}]->(p:Entity:Country {id: 'reltest:p', name: 'P'}),
				       (hub)-[:EXPORTS_TO {factId: 'fact:k2', published: date('2025-03-01')}]->(p),
				       (hub)-[:EXPORTS_TO {factId: 'fact:k3', published: date('2025-02-01')}]->(p),
				       (hub)-[:EXPORTS_TO {factId: 'fact:k4'}]->(p),
				       (hub)-[:EXPORTS_TO {factId: 'fact:k5', published: date('2024-12-31')}]->(p)""").execute();
		Map<String, Object> params = new HashMap<>(Map.of("ids", List.of("reltest:hub"), "type", "EXPORTS_TO",
				"outgoing", true, "offset", 0L, "first", 2L));
		for (String key : List.of("otherId", "otherLabel", "where", "asOf")) {
			params.put(key, null);
		}
		noWindow(params);
		String statement = Statements.query("relationships");
		java.util.function.Supplier<List<String>> run = () -> driver.executableQuery(statement).withParameters(params)
			.execute().records().get(0).get("relations").asList(v -> v.get("evidence").get("factId").asString());

		List<String> first = run.get();
		params.put("afterAt", java.time.LocalDate.of(2025, 3, 1));
		params.put("afterFactId", "fact:k1");
		List<String> afterK1 = run.get();
		params.put("beforeAt", java.time.LocalDate.of(2024, 12, 31));
		params.put("beforeFactId", "fact:k5");
		params.put("backward", true);
		var between = driver.executableQuery(statement).withParameters(params).execute().records().get(0);
		Map<String, Object> count = new HashMap<>();
		for (String key : List.of("ids", "type", "outgoing", "otherId", "otherLabel", "where", "asOf")) {
			count.put(key, params.get(key));
		}
		long total = driver.executableQuery(Statements.query("relationship-count")).withParameters(count).execute()
			.records().get(0).get("total").asLong();

		assertThat(first).as("undated first, then newest, then by factId").containsExactly("fact:k4", "fact:k1");
		assertThat(afterK1).containsExactly("fact:k2", "fact:k3");
		assertThat(between.get("relations").asList(v -> v.get("evidence").get("factId").asString()))
			.as("the last two before k5 and after k1, taken from the end").containsExactly("fact:k3", "fact:k2");
		assertThat(total).as("relationship-count: every relationship the filter keeps").isEqualTo(5);
	}

	/** The rows all expand operators of the plan produced: the relationships read. */
	private static long expandedRows(ProfiledPlan plan) {
		long rows = plan.operatorType().startsWith("Expand") ? plan.records() : 0;
		for (ProfiledPlan child : plan.children()) {
			rows += expandedRows(child);
		}
		return rows;
	}
}
