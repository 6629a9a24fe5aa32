package org.reegraph.cypher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;
import org.reegraph.model.RelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code write/facts.cypher} finds an existing fact through its type's factId uniqueness constraint, whatever the
 * database held when Neo4j planned it. The loader plans it once, usually on an empty database, and Neo4j keeps that plan while
 * the graph grows; a MERGE with a dynamic relationship type was planned there as a scan of every relationship,
 * which made each written fact cost more than the last.
 */
class FactsStatementIT {

	@Test
	void onAnEmptyDatabaseEveryTypeIsFoundThroughItsIndexNeverByScanningAllRelationships(@TempDir Path dir) {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedSettings.forTests(dir));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
				var session = driver.session()) {
			new SchemaInstaller(driver, null).apply();
			Plan plan = session.run("EXPLAIN " + Statements.write("facts"), Map.of("rows", List.of())).consume().plan();
			List<String> operators = new ArrayList<>();
			collect(plan, operators);

			assertThat(operators).noneMatch(o -> o.contains("AllRelationshipsScan"));
			assertThat(operators).filteredOn(o -> o.startsWith("DirectedRelationshipUniqueIndexSeek"))
				.hasSize(RelType.values().length);
		}
	}

	@Test
	void onAGraphWithManyFactsBetweenTheSameTwoEntitiesANewFactIsStillFoundThroughItsIndex(@TempDir Path dir) {
		// With a plain factId index Neo4j planned the MERGE here as an expand between the two ends filtered by
		// factId: every new fact between China and the US read all the facts already between them (the 100k-article
		// load slowed down as the graph grew). The uniqueness constraint's index is used on any graph.
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedSettings.forTests(dir));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
				var session = driver.session()) {
			new SchemaInstaller(driver, null).apply();
			session.run("CREATE (a:Entity:Company {id: 'company:a'}), (b:Entity:Country {id: 'country:b'}) "
					+ "WITH a, b UNWIND range(1, 2000) AS i CREATE (a)-[:LOCATED_IN {factId: 'fact:' + i}]->(b)").consume();
			Map<String, Object> row = Map.of("type", "LOCATED_IN", "factId", "fact:new", "from", "company:a",
					"to", "country:b", "properties", Map.of(), "evidence", Map.of());
			try (var tx = session.beginTransaction()) {
				ProfiledPlan plan = tx.run("PROFILE " + Statements.write("facts"), Map.of("rows", List.of(row)))
					.consume().profile();
				List<ProfiledPlan> all = new ArrayList<>();
				flatten(plan, all);

				assertThat(all).filteredOn(p -> p.operatorType().startsWith("Expand")).allMatch(p -> p.records() == 0);
				assertThat(all.stream().mapToLong(ProfiledPlan::dbHits).sum()).isLessThan(200);
				tx.rollback();
			}
		}
	}

	@Test
	void aGraphWithThePlainFactIndexesOfEarlierVersionsGetsTheConstraintsAtItsNextStart(@TempDir Path dir) {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedSettings.forTests(dir));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
				var session = driver.session()) {
			session.run("CREATE INDEX located_in_fact IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.factId)").consume();
			session.run("CREATE (:Entity:Company {id: 'company:a'})-[:LOCATED_IN {factId: 'fact:1'}]->(:Entity:Country {id: 'country:b'})")
				.consume();

			new SchemaInstaller(driver, null).apply();
			int again = new SchemaInstaller(driver, null).apply();

			List<String> indexes = session.run("SHOW INDEXES YIELD name RETURN name").list(r -> r.get(0).asString());
			List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
			assertThat(indexes).doesNotContain("located_in_fact").contains("located_in_fact_unique");
			assertThat(constraints).contains("located_in_fact_unique");
			assertThat(again).isZero();
		}
	}

	private static void flatten(ProfiledPlan plan, List<ProfiledPlan> all) {
		all.add(plan);
		for (ProfiledPlan child : plan.children()) {
			flatten(child, all);
		}
	}

	@Test
	void everyRelationshipTypeOfTheContractHasItsBranchAndItsUniquenessConstraint() {
		Set<String> contract = Arrays.stream(RelType.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
		String facts = Statements.write("facts");
		Set<String> branches = new TreeSet<>();
		var m = java.util.regex.Pattern.compile(
				"WHERE row\\.type = '(\\w+)'\\] AS row\\s+MATCH [^\\n]+\\s+MERGE \\(a\\)-\\[r:(\\w+) \\{factId: row\\.factId\\}\\]->\\(b\\)")
			.matcher(facts);
		while (m.find()) {
			assertThat(m.group(2)).as("the branch for %s merges that type", m.group(1)).isEqualTo(m.group(1));
			branches.add(m.group(1));
		}
		assertThat(branches).isEqualTo(contract);

		Set<String> indexed = new TreeSet<>();
		var i = java.util.regex.Pattern.compile("FOR \\(\\)-\\[r:(\\w+)\\]-\\(\\) REQUIRE r\\.factId IS UNIQUE")
			.matcher(String.join("\n", SchemaInstaller.statements()));
		while (i.find()) {
			indexed.add(i.group(1));
		}
		assertThat(indexed).isEqualTo(contract);
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		for (Plan child : plan.children()) {
			collect(child, operators);
		}
	}
}
