package org.reegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up: {@code bin/reegraph serve} as a new process on an empty data folder (so it loads the bundled
 * corpus), timed from the process start to the first answered headline query.
 */
final class StartupBench {

	private StartupBench() {
	}

	static Stats.Spread run(Path home, Path scratch, int reps) {
		List<Double> seconds = new ArrayList<>();
		for (int r = 0; r < reps; r++) {
			seconds.add(once(home, scratch));
			Bench.log("  start-up %d: %.1f s", r + 1, seconds.get(seconds.size() - 1));
		}
		return Stats.Spread.of(seconds);
	}

	private static double once(Path home, Path scratch) {
		Path data;
		try {
			Files.createDirectories(scratch);
			data = Files.createTempDirectory(scratch, "serve-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		int port = PeerServer.freePort();
		GraphQLClient client = new GraphQLClient("http://127.0.0.1:" + port + "/graphql", 1);
		GraphQLClient.Body headline = GraphQLClient.Body.of("{ dependencyPaths(element: \"Dy\", origin: \"CN\", "
				+ "programCountry: \"US\", programKind: DEFENSE) { program { name } } }", Map.of());
		ProcessBuilder pb = new ProcessBuilder(home.resolve("bin").resolve("reegraph").toString(), "serve",
				"--data-dir", data.toString(), "--bolt-port", "0", "--no-browser", "--port", String.valueOf(port))
			.redirectErrorStream(true).redirectOutput(data.resolve("serve.log").toFile());
		pb.environment().remove("NEO4J_URI");
		long t0 = System.nanoTime();
		Process p = null;
		try (client) {
			p = pb.start();
			long deadline = t0 + TimeUnit.MINUTES.toNanos(3);
			while (System.nanoTime() < deadline) {
				if (!p.isAlive()) {
					throw new IllegalStateException("bin/reegraph serve exited with " + p.exitValue() + "; see "
							+ data.resolve("serve.log"));
				}
				if (client.answers(headline)) {
					return (System.nanoTime() - t0) / 1e9;
				}
				Thread.sleep(50);
			}
			throw new IllegalStateException("bin/reegraph serve did not answer within 3 minutes; see "
					+ data.resolve("serve.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run bin/reegraph: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted.", ex);
		}
		finally {
			if (p != null) {
				p.destroy();
				try {
					if (!p.waitFor(20, TimeUnit.SECONDS)) {
						p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			BenchDatabase.deleteTree(data);
		}
	}
}
