package org.reegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput under concurrency: the headline query over HTTP GraphQL with 1, 8, 32… closed-loop clients,
 * requests/s and p99, errors counted.
 */
final class ConcurrencyBench {

	private ConcurrencyBench() {
	}

	static String section(GraphQLClient client, Operation headline, BenchOptions o) {
		StringBuilder md = new StringBuilder("\n## 4. Throughput under concurrency\n\n");
		md.append(String.format(Locale.ROOT, "The headline `dependencyPaths` query over HTTP at %,d nodes, closed-loop "
				+ "clients in the harness (Apache HttpClient 5, classic blocking I/O, one kept-alive connection each), "
				+ "%d × %.1f s per level after a warm-up.%n%n", o.concurrencySize(), o.reps(), o.durationMs() / 1000.0));
		md.append("| Clients | Requests/s | p50 ms | p99 ms | Requests | Errors |\n|---:|---:|---:|---:|---:|---:|\n");
		for (int clients : o.clients()) {
			LoadGenerator.run(clients, Math.max(200, o.durationMs() / 4), () -> client.post(headline.graphql()));
			List<Double> rps = new ArrayList<>();
			List<Double> p50 = new ArrayList<>();
			List<Double> p99 = new ArrayList<>();
			long requests = 0;
			long errors = 0;
			String firstError = null;
			for (int r = 0; r < o.reps(); r++) {
				LoadGenerator.Result res = LoadGenerator.run(clients, o.durationMs(), () -> client.post(headline.graphql()));
				rps.add(res.throughput());
				p50.add(res.latency().p50());
				p99.add(res.latency().p99());
				requests += res.requests();
				errors += res.errors();
				firstError = firstError == null ? res.firstError() : firstError;
			}
			Bench.log("  %d clients: %s req/s, p99 %s ms, %d errors", clients, Stats.Spread.of(rps).format(1),
					Stats.Spread.of(p99).format(1), errors);
			md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %,d | %d |%n", clients,
					Stats.Spread.of(rps).format(1), Stats.Spread.of(p50).format(1), Stats.Spread.of(p99).format(1),
					requests, errors));
			if (firstError != null) {
				md.append("\nFirst error at ").append(clients).append(" clients: `")
					.append(firstError.replace('`', '\'').replace('\n', ' ')).append("`\n\n");
			}
		}
		return md.toString();
	}
}
