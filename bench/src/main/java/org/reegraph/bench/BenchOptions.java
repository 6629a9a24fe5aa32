package org.reegraph.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a benchmark run does and where it writes.
 *
 * @param home the project folder (bin/reegraph, bench/peer)
 * @param out the report (docs/benchmarks.md)
 * @param chart the chart image
 * @param scratch a folder for corpora and databases (emptied as it goes)
 * @param seed the seed of the synthetic corpus and graphs
 * @param articles corpus sizes for extraction
 * @param loadArticles corpus sizes for loading: the first fully measured, the others loaded once
 * @param batchSizes the bare loop's batch sizes to sweep
 * @param graphSizes synthetic graph sizes for the query benchmarks
 * @param concurrencySize the graph size the concurrency and peer benchmarks use
 * @param clients concurrency levels
 * @param peerClients clients for the peer comparison
 * @param warmup warm-up requests per operation (at least)
 * @param warmupMillis warm-up time per operation (at least; both within {@code capMillis})
 * @param requests requests per operation and repetition
 * @param reps repetitions
 * @param durationMs duration of one load-generator run
 * @param capMillis the most time one operation's repetition may take in the latency benchmark
 * @param startupReps start-up runs (0 skips)
 * @param peer whether to run the peer
 * @param offline whether npm may not be called (the peer runs only if already installed)
 * @param arguments the command line, for the report
 */
record BenchOptions(Path home, Path out, Path chart, Path scratch, long seed, List<Integer> articles,
		List<Integer> loadArticles, List<Integer> batchSizes, List<Integer> graphSizes, int concurrencySize,
		List<Integer> clients, int peerClients, int warmup, long warmupMillis, int requests, int reps, long durationMs, long capMillis, int startupReps,
		boolean peer, boolean offline, String arguments) {
}
