package org.reegraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reegraph serve} as a user runs it: starts, loads the corpus into an empty graph, answers Bolt, stops
 * cleanly on SIGTERM, and a second start reuses the data directory without loading again.
 */
class ServeCommandIT {

	private static final Pattern BOLT = Pattern.compile("Bolt:\\s+(bolt://[0-9.]+:\\d+)");

	@Test
	void startsLoadsAnswersStopsAndRestartsOnTheSameData(@TempDir Path dir) throws Exception {
		String corpus = Path.of("..", "data", "documents").toAbsolutePath().toString();
		String[] args = { "serve", "--data-dir", dir.resolve("data").toString(), "--bolt-port", "0", "--browser-port",
				"0", "--port", "0", "--corpus", corpus };
		String boltUri;
		try (LauncherProcess first = LauncherProcess.start(dir, Map.of(), args)) {
			first.await(l -> l.contains("reegraph is up"), Duration.ofMinutes(3));
			assertThat(first.output()).contains("The graph is empty: loading", "Documents: 5 read, 5 loaded, 0 rejected.",
					"Neo4j Browser: http://127.0.0.1:");
			Matcher m = BOLT.matcher(first.output());
			assertThat(m.find()).as(first.output()).isTrue();
			boltUri = m.group(1);
			try (var driver = GraphDatabase.driver(boltUri, AuthTokens.none()); var session = driver.session()) {
				long f35 = session.run("MATCH (:Program {id: 'program:f-35'})-[:DEPENDS_ON]->(:Element)-[:CONTAINS]->"
						+ "(:Element {symbol: 'Dy'}) RETURN count(*) AS n").single().get("n").asLong();
				assertThat(f35).isPositive();
				long constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n").single().get("n").asLong();
				assertThat(constraints).isGreaterThanOrEqualTo(9);
			}
			// SIGTERM runs the shutdown hook (as Ctrl-C does): the JVM exits with 143 after closing Neo4j
			assertThat(first.stop(Duration.ofSeconds(60))).isIn(0, 143);
		}
		try (LauncherProcess second = LauncherProcess.start(dir, Map.of(), args)) {
			second.await(l -> l.contains("reegraph is up"), Duration.ofMinutes(3));
			assertThat(second.output()).doesNotContain("The graph is empty").doesNotContain("Exception");
			second.stop(Duration.ofSeconds(60));
		}
	}
}
