package org.reegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole harness on tiny sizes (20 articles, a 1,000-node graph, short load runs, one cold start) and
 * checks the report it writes: every benchmark section with figures in it, and the chart. Speed is not
 * asserted; the harness writes to a temporary folder, never to docs/benchmarks.md.
 */
class BenchHarnessIT {

	@TempDir
	Path tmp;

	@Test
	void writesEveryBenchmarkSectionWithFigures() throws Exception {
		Path home = projectHome();
		Path out = tmp.resolve("benchmarks.md");
		Path chart = tmp.resolve("img").resolve("latency.png");
		boolean peerInstalled = PeerServer.installed(home);
		BenchOptions options = new BenchOptions(home, out, chart, tmp.resolve("scratch"), 7, List.of(20),
				List.of(20), List.of(1000), List.of(1000), 1000, List.of(1, 4), 2, 2, 100, 5, 1, 300, 5000, 1, true,
				true, "(BenchHarnessIT)");

		String report = Bench.run(options);

		assertThat(Files.readString(out)).isEqualTo(report);
		assertThat(chart).isRegularFile();
		assertThat(Files.size(chart)).isGreaterThan(1000);
		assertThat(report).contains("| Cores (available to the JVM) | " + Runtime.getRuntime().availableProcessors())
			.contains("## 1. Extraction", "## 2. Loading into Neo4j", "## 3. Query latency",
					"## 4. Throughput under concurrency", "## 6. Start-up")
			.containsPattern("\\| 20 \\| \\d+ \\| [\\d.]+ \\| [\\d,]+ \\| [\\d.]+ \\(")
			.containsPattern("\\| load's write path \\| [\\d.]+ \\([\\d.]+–[\\d.]+\\) \\| \\*\\*[\\d.]+×\\*\\* \\|")
			.containsPattern("\\| import's write side \\(files \\+ bulk importer \\+ schema\\) \\| [\\d.]+ \\([\\d.]+–[\\d.]+\\) "
					+ "\\| \\*\\*[\\d.]+×\\*\\* \\|")
			.containsPattern("\\| bulk importer alone on the same files \\(the ceiling\\) \\| [\\d.]+ \\(")
			.containsPattern("\\| 1,000 \\| dependencyPaths \\(headline\\) \\| \\d+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\|")
			.contains("| 1,000 | exposure |", "| 1,000 | supplyShares |", "| 1,000 | conflicts |", "| 1,000 | entity |")
			// GraphQL p50/p99, Cypher p50/p99, the p50 of the HTTP round trip ({ __typename }), the ratio with its spread
			.containsPattern("\\| 1,000 \\| entity \\| \\d+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ "
					+ "\\| [\\d.]+ \\([\\d.]+–[\\d.]+\\)× \\|")
			.containsPattern("\\| 4 \\| [\\d.]+ \\([\\d.]+–[\\d.]+\\) \\| .* \\| 0 \\|")
			.containsPattern("runs: \\*\\*[\\d.]+ \\([\\d.]+–[\\d.]+\\) s\\*\\*")
			.contains("![Query latency vs graph size](img/latency.png)");
		if (peerInstalled) {
			assertThat(report).containsPattern("\\| dependency paths \\| [\\d.]+ \\(");
		}
		else {
			// Offline in the test suite: the peer needs `npm install` once (bin/reegraph bench does it).
			assertThat(report).contains("Not run: the peer's npm dependencies are not installed");
		}
		assertThat(home.resolve("docs").resolve("benchmarks.md")).satisfiesAnyOf(
				p -> assertThat(p).doesNotExist(),
				p -> assertThat(Files.readString(p)).doesNotContain("(BenchHarnessIT)"));
	}

	private static Path projectHome() {
		Path dir = Path.of("").toAbsolutePath();
		while (!Files.exists(dir.resolve("bin").resolve("reegraph"))) {
			dir = dir.getParent();
		}
		return dir;
	}
}
