package org.reegraph.testsupport;

import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * A made-up graph on which the headline's path search would run for minutes: a programme that depends on 30
 * materials which all contain each other and the element {@code Tq}. Tests of query timeouts ask
 * {@code dependencyPaths(element: "Tq", maxHops: 6)} over it and expect Neo4j to stop the statement.
 * <p>
 * That search walks breadth first, so its memory grows as fast as its time: on a small heap Neo4j's transaction
 * memory limit may stop it before the timeout is checked. A test that needs the timeout itself adds
 * {@link #createExporter a country whose exports no path names} and asks for paths from it: that runs as long
 * with flat memory.
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
	 * Adds a country that exports {@code exports} commodities none of the clique's elements is named in, next to a
	 * clique made by {@link #create}. {@code dependencyPaths(element: "Tq", origin: <code>, maxHops: 3)} then has
	 * ~900 paths to check against every export for the EXPORTER origin basis: with 50,000 exports, minutes of work
	 * over ~26,000 trails held in memory.
	 *
	 * @param driver the test database
	 * @param prefix the clique's prefix
	 * @param exports how many exports
	 * @return the country's code, to pass as the origin
	 */
	public static String createExporter(Driver driver, String prefix, int exports) {
		String code = "X-" + prefix.toUpperCase(Locale.ROOT);
		try (var session = driver.session()) {
			session.run("""
					CREATE (o:Entity:Country {id: 'country:' + $code, code: $code, name: $code, nameLower: toLower($code),
					                          aliases: []})
					CREATE (x:Entity:Country {id: 'country:' + $code + '-BUYER', code: $code + '-BUYER',
					                          name: $code + ' buyer', nameLower: toLower($code) + ' buyer', aliases: []})
					WITH o, x
					UNWIND range(1, $exports) AS i
					CREATE (o)-[:EXPORTS_TO {commodity: 'zinc grade ' + i, factId: 'fact:' + $code + '-' + i}]->(x)
					""", Map.of("code", code, "exports", exports)).consume();
		}
		return code;
	}

	/**
	 * Removes the clique (and its exporter, if any).
	 *
	 * @param driver the test database
	 * @param prefix the prefix it was created with
	 */
	public static void remove(Driver driver, String prefix) {
		try (var session = driver.session()) {
			session.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'element:' + $prefix + '-' "
					+ "OR n.id IN ['program:' + $prefix, 'element:Tq'] OR n.id STARTS WITH 'country:X-' + toUpper($prefix) "
					+ "DETACH DELETE n", Map.of("prefix", prefix)).consume();
		}
	}
}
