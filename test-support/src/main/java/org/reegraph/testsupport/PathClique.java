package org.reegraph.testsupport;

import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * A made-up graph on which the headline's path search would run for minutes: a programme that depends on 30
 * materials which all contain each other and the element {@code Tq}. Tests of query timeouts ask
 * {@code dependencyPaths(element: "Tq", maxHops: 6)} over it and expect Neo4j to stop the statement.
 */
public final class PathClique {

	private PathClique() {
	}

	/**
	 * Creates the clique (removing an earlier one with the same prefix first).
	 *
	 * @param driver the test database
	 * @param prefix makes the ids unique per test: {@code program:<prefix>}, {@code element:<prefix>-1} …
	 */
	public static void create(Driver driver, String prefix) {
		remove(driver, prefix);
		try (var session = driver.session()) {
			session.run("""
					CREATE (p:Entity:Program {id: 'program:' + $prefix, name: toUpper($prefix), nameLower: $prefix,
					                          kind: 'CIVIL', aliases: []})
					CREATE (t:Entity:Element {id: 'element:Tq', symbol: 'Tq', name: 'Tquium', nameLower: 'tquium',
					                          kind: 'ELEMENT', aliases: []})
					WITH p, t
					UNWIND range(1, 30) AS i
					CREATE (m:Entity:Element {id: 'element:' + $prefix + '-' + i, name: $prefix + ' ' + i,
					                          nameLower: $prefix + ' ' + i, kind: 'MATERIAL', aliases: []})
					CREATE (p)-[:DEPENDS_ON {factId: 'fact:' + $prefix + '-p' + i}]->(m)
					CREATE (m)-[:CONTAINS {factId: 'fact:' + $prefix + '-t' + i}]->(t)
					WITH collect(m) AS ms
					UNWIND ms AS a
					UNWIND ms AS b
					WITH a, b WHERE a <> b
					CREATE (a)-[:CONTAINS {factId: 'fact:' + $prefix + '-' + a.id + b.id}]->(b)
					""", Map.of("prefix", prefix)).consume();
		}
	}

	/**
	 * Removes the clique.
	 *
	 * @param driver the test database
	 * @param prefix the prefix it was created with
	 */
	public static void remove(Driver driver, String prefix) {
		try (var session = driver.session()) {
			session.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'element:' + $prefix + '-' "
					+ "OR n.id IN ['program:' + $prefix, 'element:Tq'] DETACH DELETE n", Map.of("prefix", prefix)).consume();
		}
	}
}
