package org.reegraph.cypher.query;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.reegraph.testsupport.PathClique;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A statement that would run for minutes (every path of a made-up clique checked against 50,000 exports of the
 * origin) is stopped at the timeout. Its memory stays flat, so the timeout, not the memory limit, stops it.
 */
class QueryTimeoutIT {

	static Driver driver;

	static String origin;

	@BeforeAll
	static void createClique() {
		driver = TestNeo4j.get().driver();
		PathClique.create(driver, "tq");
		origin = PathClique.createExporter(driver, "tq", 50_000);
	}

	@AfterAll
	static void removeClique() {
		PathClique.remove(driver, "tq");
	}

	@Test
	void stopsTheStatementAndSaysWhy() {
		ReegraphQueries impatient = new ReegraphQueries(driver, QueryOptions.defaults().withTimeout(Duration.ofSeconds(1)));
		long start = System.nanoTime();

		assertThatThrownBy(() -> impatient.dependencyPaths(new DependencyQuery("Tq", origin, null, null, 3, 20)))
			.isInstanceOf(QueryTimeoutException.class)
			.hasMessageContaining("1000 ms query timeout");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
	}
}
