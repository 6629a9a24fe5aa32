package org.reegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/reegraph bench}: runs every benchmark and writes {@code docs/benchmarks.md} and its chart.
 * The defaults run everything issue 6 lists; flags choose smaller sizes for a quick look.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = { "Run the benchmarks (extraction, loading, query latency, concurrency, the @neo4j/graphql peer, "
				+ "start-up) and write docs/benchmarks.md with a chart. The defaults run everything and take long; "
				+ "the flags below choose smaller sizes." })
public final class BenchCommand implements Callable<Integer> {

	@Option(names = "--articles", split = ",", paramLabel = "N", defaultValue = "1000,10000",
			description = "Corpus sizes for the extraction benchmark; 0 skips it (default: ${DEFAULT-VALUE}).")
	List<Integer> articles;

	// The comparison runs at 10,000 articles: at 1,000 (three transactions) the time to extract the first
	// transaction's documents and to write the last one, which nothing overlaps, weighs more than the rate.
	@Option(names = "--load-articles", split = ",", paramLabel = "N", defaultValue = "10000,100000",
			description = "Corpus sizes for loading: the first with the bare-write comparison and batch sweep, the "
					+ "others loaded once end to end; 0 skips loading (default: ${DEFAULT-VALUE}).")
	List<Integer> loadArticles;

	@Option(names = "--batch-sizes", split = ",", paramLabel = "N", defaultValue = "100,1000,5000,20000",
			description = "Batch sizes of the bare UNWIND loop (default: ${DEFAULT-VALUE}).")
	List<Integer> batchSizes;

	@Option(names = "--graph-sizes", split = ",", paramLabel = "NODES", defaultValue = "10000,100000,1000000",
			description = "Synthetic graph sizes for the query benchmarks; 0 skips them (default: ${DEFAULT-VALUE}).")
	List<Integer> graphSizes;

	@Option(names = "--concurrency-size", paramLabel = "NODES", defaultValue = "100000",
			description = "The graph size for the concurrency and peer benchmarks (default: ${DEFAULT-VALUE}).")
	int concurrencySize;

	@Option(names = "--clients", split = ",", paramLabel = "N", defaultValue = "1,8,32",
			description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
	List<Integer> clients;

	@Option(names = "--peer-clients", paramLabel = "N", defaultValue = "8",
			description = "Concurrent clients in the peer comparison (default: ${DEFAULT-VALUE}).")
	int peerClients;

	@Option(names = "--warmup", paramLabel = "N", defaultValue = "50", description = "Warm-up requests per operation, at least (default: ${DEFAULT-VALUE}).")
	int warmup;

	@Option(names = "--warmup-time", paramLabel = "SECONDS", defaultValue = "5",
			description = "Warm-up seconds per operation, at least, so quick operations reach the JIT's steady state; "
					+ "warm-up stops at --cap either way (default: ${DEFAULT-VALUE}).")
	double warmupTime;

	@Option(names = "--requests", paramLabel = "N", defaultValue = "200",
			description = "Requests per operation and repetition (default: ${DEFAULT-VALUE}).")
	int requests;

	@Option(names = "--reps", paramLabel = "N", defaultValue = "3", description = "Repetitions (default: ${DEFAULT-VALUE}).")
	int reps;

	@Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "8",
			description = "Seconds per load-generator run (default: ${DEFAULT-VALUE}).")
	double duration;

	@Option(names = "--cap", paramLabel = "SECONDS", defaultValue = "20",
			description = "Most seconds per operation and repetition in the latency benchmark (default: ${DEFAULT-VALUE}).")
	double cap;

	@Option(names = "--startup-reps", paramLabel = "N", defaultValue = "3",
			description = "Cold starts of bin/reegraph serve; 0 skips (default: ${DEFAULT-VALUE}).")
	int startupReps;

	@Option(names = "--no-peer", description = "Skip the @neo4j/graphql peer.")
	boolean noPeer;

	@Option(names = "--offline", description = "Do not run npm install; the peer runs only if already installed.")
	boolean offline;

	@Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic corpus and graphs (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = { "-o", "--out" }, paramLabel = "FILE", description = "The report (default: docs/benchmarks.md).")
	Path out;

	@Option(names = "--chart", paramLabel = "PNG", description = "The chart (default: docs/img/benchmarks-latency.png).")
	Path chart;

	@Option(names = "--scratch", paramLabel = "DIR", description = "Scratch folder (default: bench/target/bench-scratch).")
	Path scratch;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Runs {@code bench}.
	 *
	 * @param args the command line
	 */
	public static void main(String[] args) {
		System.exit(new CommandLine(new BenchCommand()).execute(args));
	}

	@Override
	public Integer call() {
		Path home = home();
		// A size of 0 skips that benchmark (e.g. --articles 0 --load-articles 0 for the query benchmarks only).
		articles.removeIf(n -> n <= 0);
		loadArticles.removeIf(n -> n <= 0);
		graphSizes.removeIf(n -> n <= 0);
		String args = String.join(" ", spec.commandLine().getParseResult().originalArgs());
		BenchOptions o = new BenchOptions(home, out == null ? home.resolve("docs/benchmarks.md") : out,
				chart == null ? home.resolve("docs/img/benchmarks-latency.png") : chart,
				scratch == null ? home.resolve("bench/target/bench-scratch") : scratch, seed, articles, loadArticles,
				batchSizes, graphSizes, concurrencySize, clients, peerClients, warmup,
				Math.round(warmupTime * 1000), requests, reps,
				Math.round(duration * 1000), Math.round(cap * 1000), startupReps, !noPeer, offline, args);
		Bench.run(o);
		return 0;
	}

	private static Path home() {
		String prop = System.getProperty("reegraph.home");
		if (prop != null) {
			return Path.of(prop).toAbsolutePath();
		}
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("bin").resolve("reegraph"))) {
			dir = dir.getParent();
		}
		return dir == null ? Path.of("").toAbsolutePath() : dir;
	}
}
