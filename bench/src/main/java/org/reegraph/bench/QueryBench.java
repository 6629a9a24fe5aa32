package org.reegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * Query latency, one client: each operation over HTTP GraphQL and as raw Cypher through the driver, the two
 * interleaved request by request so both see the same machine noise. Per repetition the ratio of the medians
 * (GraphQL / Cypher); over all requests p50 and p99.
 * <p>
 * A third request is interleaved as well: {@code { __typename }} over HTTP, which runs no statement. Its median is
 * the price of one HTTP GraphQL round trip on this machine (client, Netty, Micronaut, graphql-java, JSON), which
 * every GraphQL request pays and the driver's floor does not; the report shows it beside each ratio so a reader
 * can tell that fixed cost from the cost of the answer. Each iteration runs GraphQL, Cypher, round trip, Cypher,
 * so both HTTP requests are sent right after a statement, from the same state of the machine (how long the
 * server's threads have been idle changes an HTTP request's time here by several tenths of a millisecond); both
 * Cypher requests are floor samples.
 */
final class QueryBench {

	private QueryBench() {
	}

	private static final GraphQLClient.Body ROUND_TRIP = GraphQLClient.Body.of("{ __typename }", Map.of());

	/**
	 * One operation's figures at one graph size.
	 *
	 * @param nodes graph size
	 * @param operation the operation
	 * @param graphql GraphQL latencies (all repetitions)
	 * @param cypher raw Cypher latencies (all repetitions)
	 * @param roundTrip latencies of {@code { __typename }} over HTTP, taken between the operation's requests
	 * @param ratio GraphQL p50 / Cypher p50, per repetition
	 */
	record Row(int nodes, String operation, Stats.Latency graphql, Stats.Latency cypher, Stats.Latency roundTrip,
			Stats.Spread ratio) {
	}

	static List<Row> run(int nodes, Driver driver, GraphQLClient client, List<Operation> ops, int warmup,
			long warmupMillis, int requests, int reps, long capMillis) {
		List<Row> rows = new ArrayList<>();
		for (Operation op : ops) {
			// Cypher first: it has no query timeout, and the API's request then finds the plan cached (planning the
			// headline statement takes seconds on a busy machine, longer than the API's default timeout).
			op.runCypher(driver);
			long started = System.nanoTime();
			long warmCap = started + capMillis * 1_000_000L;
			long warmMin = started + Math.min(warmupMillis, capMillis) * 1_000_000L;
			// Warm up for at least `warmup` iterations and `warmupMillis` (a 1 ms operation needs thousands of
			// requests before the JIT has compiled its path); none starts after the cap, and at least three run.
			for (int i = 0; i < 3 || (System.nanoTime() < warmCap && (i < warmup || System.nanoTime() < warmMin)); i++) {
				client.post(op.graphql());
				op.runCypher(driver);
				client.post(ROUND_TRIP);
				op.runCypher(driver);
			}
			List<long[]> allG = new ArrayList<>();
			List<long[]> allC = new ArrayList<>();
			List<long[]> allT = new ArrayList<>();
			List<Double> ratios = new ArrayList<>();
			for (int r = 0; r < reps; r++) {
				long[] g = new long[requests];
				long[] c = new long[2 * requests];
				long[] t = new long[requests];
				// A slow operation stops after capMillis (but never below five requests), so big graphs stay affordable.
				long end = System.nanoTime() + capMillis * 1_000_000L;
				int n = 0;
				while (n < requests && (n < 5 || System.nanoTime() < end)) {
					long t0 = System.nanoTime();
					client.post(op.graphql());
					long t1 = System.nanoTime();
					op.runCypher(driver);
					long t2 = System.nanoTime();
					client.post(ROUND_TRIP);
					long t3 = System.nanoTime();
					op.runCypher(driver);
					long t4 = System.nanoTime();
					g[n] = t1 - t0;
					c[2 * n] = t2 - t1;
					c[2 * n + 1] = t4 - t3;
					t[n] = t3 - t2;
					n++;
				}
				g = java.util.Arrays.copyOf(g, n);
				c = java.util.Arrays.copyOf(c, 2 * n);
				t = java.util.Arrays.copyOf(t, n);
				allG.add(g);
				allC.add(c);
				allT.add(t);
				ratios.add(Stats.Latency.ofNanos(g).p50() / Stats.Latency.ofNanos(c).p50());
			}
			Row row = new Row(nodes, op.name(), Stats.Latency.ofNanos(concat(allG)), Stats.Latency.ofNanos(concat(allC)),
					Stats.Latency.ofNanos(concat(allT)), Stats.Spread.of(ratios));
			Bench.log("  %-28s GraphQL p50 %.2f p99 %.2f ms | Cypher p50 %.2f p99 %.2f ms | ratio %s | { __typename } p50 %.2f ms",
					op.name(), row.graphql().p50(), row.graphql().p99(), row.cypher().p50(), row.cypher().p99(),
					row.ratio().format(2), row.roundTrip().p50());
			rows.add(row);
		}
		return rows;
	}

	private static long[] concat(List<long[]> parts) {
		return parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
	}
}
