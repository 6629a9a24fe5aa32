package org.reegraph.cypher;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.reegraph.model.GraphContract;
import org.reegraph.model.Label;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaIT {

	static Driver driver;

	@BeforeAll
	static void start() {
		driver = TestNeo4j.get().driver();
	}

	private static List<String> schemaDescriptions() {
		try (var session = driver.session()) {
			List<String> out = new java.util.ArrayList<>();
			out.addAll(session.run("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type "
					+ "RETURN name + '|' + type + '|' + labelsOrTypes[0] + '|' + properties[0] AS d")
				.list(r -> r.get("d").asString()));
			out.addAll(session.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state "
					+ "WHERE type <> 'LOOKUP' RETURN name + '|' + type + '|' + state AS d")
				.list(r -> r.get("d").asString()));
			return out.stream().sorted().toList();
		}
	}

	@Nested
	class Applying {

		@Test
		void twiceChangesNothing() {
			new SchemaInstaller(driver, null).apply();
			List<String> first = schemaDescriptions();

			int createdAgain = new SchemaInstaller(driver, null).apply();

			assertThat(createdAgain).isZero();
			assertThat(schemaDescriptions()).isEqualTo(first);
		}

		@Test
		void leavesEveryIndexOnline() {
			new SchemaInstaller(driver, null).apply();
			assertThat(schemaDescriptions()).filteredOn(d -> d.contains("|RANGE|") || d.contains("|FULLTEXT|"))
				.isNotEmpty()
				.allMatch(d -> d.endsWith("|ONLINE"));
		}

		@Test
		void createsAUniqueIdConstraintForEveryLabelOfTheContract() {
			new SchemaInstaller(driver, null).apply();
			Set<String> constrained = new HashSet<>();
			for (String d : schemaDescriptions()) {
				String[] parts = d.split("\\|");
				if (parts[1].equals("UNIQUENESS") && parts.length > 3 && parts[3].equals("id")) {
					constrained.add(parts[2]);
				}
			}
			assertThat(constrained).containsAll(GraphContract.labelNames()).contains(Label.ENTITY_LABEL);
		}

		@Test
		void rejectsADuplicateIdOnceTheSchemaIsInPlace() {
			new SchemaInstaller(driver, null).apply();
			try (var session = driver.session()) {
				session.run("MATCH (n:Country {id: 'country:ZZ-test'}) DELETE n").consume();
				session.run("CREATE (:Entity:Country {id: 'country:ZZ-test'})").consume();
				var thrown = org.assertj.core.api.Assertions.catchThrowable(
						() -> session.run("CREATE (:Entity:Country {id: 'country:ZZ-test'})").consume());
				assertThat(thrown).hasMessageContaining("already exists");
				session.run("MATCH (n:Country {id: 'country:ZZ-test'}) DELETE n").consume();
			}
		}
	}

	@Test
	void fullTextSearchFindsEntitiesByAlias() {
		new SchemaInstaller(driver, null).apply();
		try (var session = driver.session()) {
			session.run("CREATE (:Entity:Company {id: 'company:zz-probe', name: 'Probe Rare Earths', "
					+ "aliases: ['Probe REE Corp']})").consume();
			session.run("CALL db.awaitIndexes(60)").consume();
			var names = session.run("CALL db.index.fulltext.queryNodes('entity_names', 'REE') YIELD node "
					+ "RETURN node.id AS id").list(r -> r.get("id").asString());
			session.run("MATCH (n {id: 'company:zz-probe'}) DELETE n").consume();
			assertThat(names).contains("company:zz-probe");
		}
	}
}
