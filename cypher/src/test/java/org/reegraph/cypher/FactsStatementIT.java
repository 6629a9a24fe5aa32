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
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;
import org.reegraph.model.RelType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code write/facts.cypher} finds an existing fact through its type's factId index, whatever the database held
 * when Neo4j planned it. The loader plans it once, usually on an empty database, and Neo4j keeps that plan while
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
			assertThat(operators).filteredOn(o -> o.startsWith("DirectedRelationshipIndexSeek"))
				.hasSize(RelType.values().length);
		}
	}

	@Test
	void everyRelationshipTypeOfTheContractHasItsBranchAndItsIndex() {
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
		var i = java.util.regex.Pattern.compile("FOR \\(\\)-\\[r:(\\w+)\\]-\\(\\) ON \\(r\\.factId\\)")
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
