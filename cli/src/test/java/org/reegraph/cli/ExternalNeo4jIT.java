package org.reegraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code NEO4J_URI} set, the launcher uses that server and starts no embedded database. */
class ExternalNeo4jIT {

	@Test
	void loadWritesIntoTheServerNamedByNeo4jUri(@TempDir Path dir) throws Exception {
		TestNeo4j db = TestNeo4j.get();
		String corpus = Path.of("..", "data", "documents").toAbsolutePath().toString();
		try (LauncherProcess load = LauncherProcess.start(dir, Map.of("NEO4J_URI", db.boltUri()), "load", corpus,
				"--no-progress")) {
			assertThat(load.waitForExit(Duration.ofMinutes(3))).as(load.output()).isZero();
			assertThat(load.output()).contains("Neo4j: " + db.boltUri() + " (external, NEO4J_URI)")
				.contains("Documents: 5 read, 5 loaded, 0 rejected.").doesNotContain("Embedded Neo4j started");
		}
		try (var session = db.driver().session()) {
			assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong())
				.isGreaterThanOrEqualTo(5);
		}
		assertThat(dir.resolve("reegraph-data")).doesNotExist();
	}

	@Test
	void anUnreachableServerIsAClearFatalError(@TempDir Path dir) throws Exception {
		try (LauncherProcess load = LauncherProcess.start(dir, Map.of("NEO4J_URI", "bolt://127.0.0.1:1"), "load",
				dir.toString())) {
			assertThat(load.waitForExit(Duration.ofMinutes(2))).isEqualTo(1);
			assertThat(load.output()).contains("reegraph: Cannot reach Neo4j at bolt://127.0.0.1:1")
				.contains("check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD").doesNotContain("\tat ");
		}
	}
}
