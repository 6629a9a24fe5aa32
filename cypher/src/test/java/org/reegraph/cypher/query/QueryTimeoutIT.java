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

/** A statement that would run for minutes (millions of paths in a made-up clique) is stopped at the timeout. */
class QueryTimeoutIT {

	static Driver driver;

	@BeforeAll
	static void createClique() {
		driver = TestNeo4j.get().driver();
		PathClique.create(driver, "tq");
	}

	@AfterAll
	static void removeClique() {
		PathClique.remove(driver, "tq");
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
