package org.reegraph.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code reegraph load} end to end: starts its own embedded Neo4j, loads, reports, stops. */
class LoadCommandIT {

	@Test
	void loadsTheCorpusIntoAFreshEmbeddedDatabaseAndReuseItOnASecondRun(@TempDir Path dir) {
		String corpus = Path.of("..", "data", "documents").toString();
		String[] args = { "load", corpus, "--data-dir", dir.toString(), "--bolt-port", "0", "--no-browser", "--no-progress" };
		ReegraphCliTests.Run first = ReegraphCliTests.run(args);
		assertThat(first.exit()).as(first.err()).isZero();
		assertThat(first.err()).contains("Embedded Neo4j started", "Bolt:");
		assertThat(first.out()).contains("Documents: 5 read, 5 loaded, 0 rejected.");

		ReegraphCliTests.Run second = ReegraphCliTests.run(args);
		assertThat(second.exit()).as(second.err()).isZero();
		assertThat(second.out()).contains("Documents: 5 read, 5 loaded, 0 rejected.");
		assertThat(dir.resolve("neo4j")).isDirectory();
	}
}
