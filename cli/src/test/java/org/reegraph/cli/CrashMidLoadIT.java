package org.reegraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;
import org.reegraph.loader.LoadListener;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.synthetic.SyntheticCorpus;
import org.reegraph.testsupport.GraphDump;
import org.reegraph.testsupport.ReliabilityReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reegraph load} is killed with SIGKILL part-way through a synthetic corpus (its own JVM and embedded
 * Neo4j, as {@code bin/reegraph} runs it), then run again on the same data directory: Neo4j recovers its store,
 * the second load completes, and the graph is identical — node for node, relationship for relationship, every
 * property — to a clean load of the same corpus.
 */
class CrashMidLoadIT {

	/** Articles in the corpus, one per file: the first progress line comes after a tenth of them. */
	static final int ARTICLES = 40;

	static final Pattern PROGRESS = Pattern.compile("^\\s*(\\d+)/(\\d+) documents \\(\\d+%\\)$");

	@Test
	void aLoadKilledPartWayAndRunAgainGivesTheGraphOfACleanLoad(@TempDir Path tmp) throws Exception {
		Path corpus = tmp.resolve("corpus");
		int documents = SyntheticCorpus.seeded(23).articlesPerFile(1).write(corpus, ARTICLES).size();
		Path dataDir = tmp.resolve("data");
		String[] load = { "load", corpus.toString(), "--data-dir", dataDir.toString(), "--bolt-port", "0",
				"--no-browser", "--no-progress", "--facts-per-transaction", "20" };

		try (LauncherProcess first = LauncherProcess.start(tmp, Map.of(), load)) {
			String line = first.await(l -> {
				Matcher m = PROGRESS.matcher(l);
				return m.matches() && Integer.parseInt(m.group(1)) > 0;
			}, Duration.ofMinutes(3));
			first.kill();
			assertThat(line).as("killed before the end").doesNotContain(documents + "/" + documents);
			assertThat(first.output()).doesNotContain("Documents: ");
		}
		long loadedBeforeTheKill = countDocuments(dataDir);
		assertThat(loadedBeforeTheKill).as("documents in the graph after the kill").isBetween(1L, documents - 1L);

		try (LauncherProcess second = LauncherProcess.start(tmp, Map.of(), load)) {
			assertThat(second.waitForExit(Duration.ofMinutes(5))).as(second.output()).isZero();
			assertThat(second.output()).contains("Documents: " + documents + " read, " + documents + " loaded, 0 rejected.");
		}
		GraphDump recovered = dump(dataDir.resolve("neo4j"));
		GraphDump clean = cleanLoad(corpus, tmp.resolve("clean"));

		assertThat(recovered.duplicates()).isZero();
		assertThat(recovered.factsMissingFrom(clean)).isZero();
		assertThat(recovered.lines()).isEqualTo(clean.lines());
		assertThat(recovered.sha256()).isEqualTo(clean.sha256());
		assertThat(clean.facts()).as("facts of a clean load").isGreaterThan(documents);
		ReliabilityReport.scenario("faults.crash-mid-load", "`reegraph load` killed with SIGKILL part-way, then re-run")
			.tried(documents)
			.rejectedClearly(0)
			.factsLost(recovered.factsMissingFrom(clean))
			.duplicated(recovered.duplicates())
			.outcome("Neo4j recovered its store; the re-run completed; the graph's canonical dump (" + clean.lines().size()
					+ " nodes and relationships, SHA-256) equals a clean load's")
			.record();
	}

	static long countDocuments(Path dataDir) {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedSettings.forTests(dataDir.resolve("neo4j")));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), Config.defaultConfig());
				var session = driver.session()) {
			return session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong();
		}
	}

	static GraphDump dump(Path neo4jDir) {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedSettings.forTests(neo4jDir));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), Config.defaultConfig())) {
			return GraphDump.of(driver);
		}
	}

	static GraphDump cleanLoad(Path corpus, Path neo4jDir) {
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedSettings.forTests(neo4jDir));
				Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(), Config.defaultConfig())) {
			LoadReport report = ReegraphLoader.create().load(driver, List.of(corpus), LoadListener.NONE);
			assertThat(report.rejected()).isEmpty();
			return GraphDump.of(driver);
		}
	}
}
