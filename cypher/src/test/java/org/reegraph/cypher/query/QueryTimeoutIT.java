package org.reegraph.cypher.query;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A statement that would run for minutes (millions of paths in a made-up clique) is stopped at the timeout. */
class QueryTimeoutIT {

	static Driver driver;

	@BeforeAll
	static void createClique() {
		driver = TestNeo4j.get().driver();
		removeClique();
		try (var session = driver.session()) {
			session.run("""
					CREATE (p:Entity:Program {id: 'program:tq', name: 'TQ', nameLower: 'tq', kind: 'CIVIL', aliases: []})
					CREATE (t:Entity:Element {id: 'element:Tq', symbol: 'Tq', name: 'Tquium', nameLower: 'tquium', kind: 'ELEMENT', aliases: []})
					WITH p, t
					UNWIND range(1, 30) AS i
					CREATE (m:Entity:Element {id: 'element:tq-' + i, name: 'tq ' + i, nameLower: 'tq ' + i, kind: 'MATERIAL', aliases: []})
					CREATE (p)-[:DEPENDS_ON {factId: 'fact:tq-p' + i}]->(m)
					CREATE (m)-[:CONTAINS {factId: 'fact:tq-t' + i}]->(t)
					WITH collect(m) AS ms
					UNWIND ms AS a
					UNWIND ms AS b
					WITH a, b WHERE a <> b
					CREATE (a)-[:CONTAINS {factId: 'fact:tq-' + a.id + b.id}]->(b)
					""").consume();
		}
	}

	@AfterAll
	static void removeClique() {
		try (var session = driver.session()) {
			session.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'element:tq-' OR n.id IN ['program:tq', 'element:Tq'] "
					+ "DETACH DELETE n").consume();
		}
	}

	@Test
	void stopsTheStatementAndSaysWhy() {
		ReegraphQueries impatient = new ReegraphQueries(driver, QueryOptions.defaults().withTimeout(Duration.ofSeconds(1)));
		long start = System.nanoTime();

		assertThatThrownBy(() -> impatient.dependencyPaths(new DependencyQuery("Tq", null, null, null, 6, 20)))
			.isInstanceOf(QueryTimeoutException.class)
			.hasMessageContaining("1000 ms query timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
	}
}
