package org.reegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.core5.util.TimeValue;

/**
 * reegraph against the peer ({@code @neo4j/graphql} + {@code @apollo/server}) on the same Neo4j, same graph,
 * same session: entity look-up, a two-level nested relationship query and the dependency path query, each
 * with the same closed-loop clients, the two servers alternating repetition by repetition.
 */
final class PeerBench {

	private static final ObjectMapper JSON = new ObjectMapper();

	private PeerBench() {
	}

	/** The same question to both servers. */
	private record Pair(String name, GraphQLClient.Body reegraph, GraphQLClient.Body peer) {

		/** {@return whether the two servers are asked for the same answer (the ids must then match)} */
		boolean sameAnswer() {
			return !name.contains("not the same answer");
		}
	}

	static String section(BenchOptions o, BenchDatabase db, GraphQLClient reegraph, SyntheticGraph.Summary graph) {
		StringBuilder md = new StringBuilder("\n## 5. The peer: @neo4j/graphql\n\n");
		if (!o.peer()) {
			md.append("Not run (--no-peer).\n");
			return md.toString();
		}
		if (!PeerServer.installed(o.home())) {
			if (o.offline()) {
				md.append("Not run: the peer's npm dependencies are not installed in bench/target/peer and this run is "
						+ "offline (run without --offline once to install them).\n");
				return md.toString();
			}
			try {
				PeerServer.install(o.home());
			}
			catch (RuntimeException ex) {
				md.append("Not run: ").append(ex.getMessage()).append('\n');
				return md.toString();
			}
		}
		else {
			PeerServer.install(o.home());
		}
		String supplier = graph.supplier();
		GraphQLClient.Body nested = GraphQLClient.Body.of("""
				query($id: ID!) { entity(id: $id) { id name ... on Company {
				  supplies(first: 20) { other { id name ... on Company { locatedIn(first: 20) { other { id name } } } } } } } }""",
				Map.of("id", supplier));
		List<Pair> pairs = List.of(
				new Pair("entity look-up", GraphQLClient.Body.of(
						"query($id: ID!) { entity(id: $id) { id name ... on Company { country industry } } }",
						Map.of("id", supplier)),
						GraphQLClient.Body.of("query($id: ID!) { companies(where: {id: {eq: $id}}) { id name country industry } }",
								Map.of("id", supplier))),
				// reegraph pages relationships newest first (published, then factId); the peer's plain relationship
				// field pages them in store order. The first pair asks the peer for the same answer (a connection
				// sorted on the same edge properties: same ids in the same order, checked below); the second is the
				// peer's cheaper default, a different answer, kept to show what the ordering costs.
				new Pair("two-level nested, newest first (same answer)", nested,
						GraphQLClient.Body.of("""
								query($id: ID!) { companies(where: {id: {eq: $id}}) { id name
								  suppliesConnection(first: 20, sort: [{edge: {published: DESC}}, {edge: {factId: ASC}}]) {
								    edges { node { ... on Company { id name
								      locatedInConnection(first: 20, sort: [{edge: {published: DESC}}, {edge: {factId: ASC}}]) {
								        edges { node { id name } } } }
								    ... on Program { id name } } } } } }""",
								Map.of("id", supplier))),
				new Pair("two-level nested, peer in store order (not the same answer)", nested,
						GraphQLClient.Body.of("""
								query($id: ID!) { companies(where: {id: {eq: $id}}) { id name
								  supplies(limit: 20) { ... on Company { id name locatedIn(limit: 20) { id name } } ... on Program { id name } } } }""",
								Map.of("id", supplier))),
				new Pair("dependency paths", GraphQLClient.Body.of("""
						{ dependencyPaths(element: "Dy", origin: "CN", programCountry: "US", programKind: DEFENSE) {
						    program { id name } originBasis hops { from { id name } type to { id name } forward
						    evidence { document article published sentence rule confidence factId } } } }""", Map.of()),
						GraphQLClient.Body.of("""
								{ dependencyPaths(element: "Dy", origin: "CN", programCountry: "US", programKind: "DEFENSE") {
								    program { id name } originBasis hops { from { id name } type to { id name } forward
								    evidence { document article published sentence rule confidence factId } } } }""",
								Map.of())));
		try {
			measure(o, db, reegraph, md, pairs);
		}
		catch (RuntimeException ex) {
			// The peer is a guest: its failure is reported, and the rest of the run goes on.
			Bench.log("  the peer failed: %s", ex.getMessage());
			md.append("\nThe peer failed during the run: `").append(String.valueOf(ex.getMessage()).replace('`', '\'')
				.replace('\n', ' ')).append("`\n");
		}
		return md.toString();
	}

	private static void measure(BenchOptions o, BenchDatabase db, GraphQLClient reegraph, StringBuilder md,
			List<Pair> pairs) {
		try (PeerServer peerServer = PeerServer.start(o.home(), db.boltUri());
				GraphQLClient peer = new GraphQLClient(peerServer.url(), o.peerClients(), TimeValue.ofSeconds(2))) {
			int clients = o.peerClients();
			md.append(String.format(Locale.ROOT, "Same Neo4j, same graph (%,d nodes), same session; `@neo4j/graphql` "
					+ "7.6.3 on `@apollo/server` 5.5.1, Node %s, with type definitions for the same entity types and "
					+ "relationships (bench/peer/server.mjs) and the path question as a `@cypher` field running "
					+ "reegraph's own dependency-paths statement. %d closed-loop clients, %d × %.1f s per server and "
					+ "operation, the servers alternating. Ratio = reegraph requests/s ÷ peer requests/s per "
					+ "repetition.%n%n", o.concurrencySize(), nodeVersion(), clients, o.reps(), o.durationMs() / 1000.0));
			md.append("| Operation | reegraph req/s | peer req/s | Throughput ratio | reegraph p99 ms | peer p99 ms | Errors (reegraph/peer) |\n");
			md.append("|---|---:|---:|---:|---:|---:|---:|\n");
			for (Pair p : pairs) {
				List<String> reegraphIds = ids(reegraph.post(p.reegraph()));
				List<String> peerIds = ids(peer.post(p.peer()));
				if (p.sameAnswer() && !reegraphIds.equals(peerIds)) {
					throw new IllegalStateException("The peer's answer to \"" + p.name() + "\" is not reegraph's: ids "
							+ peerIds + " vs " + reegraphIds);
				}
				LoadGenerator.run(clients, Math.max(200, o.durationMs() / 4), () -> reegraph.post(p.reegraph()));
				LoadGenerator.run(clients, Math.max(200, o.durationMs() / 4), () -> peer.post(p.peer()));
				List<Double> rr = new ArrayList<>();
				List<Double> pr = new ArrayList<>();
				List<Double> ratio = new ArrayList<>();
				List<Double> r99 = new ArrayList<>();
				List<Double> p99 = new ArrayList<>();
				long rErr = 0;
				long pErr = 0;
				for (int r = 0; r < o.reps(); r++) {
					LoadGenerator.Result a = LoadGenerator.run(clients, o.durationMs(), () -> reegraph.post(p.reegraph()));
					LoadGenerator.Result b = LoadGenerator.run(clients, o.durationMs(), () -> peer.post(p.peer()));
					rr.add(a.throughput());
					pr.add(b.throughput());
					ratio.add(a.throughput() / b.throughput());
					r99.add(a.latency().p99());
					p99.add(b.latency().p99());
					rErr += a.errors();
					pErr += b.errors();
				}
				Bench.log("  %-18s reegraph %s req/s, peer %s req/s, ratio %s", p.name(), Stats.Spread.of(rr).format(0),
						Stats.Spread.of(pr).format(0), Stats.Spread.of(ratio).format(2));
				md.append(String.format(Locale.ROOT, "| %s | %s | %s | **%s×** | %s | %s | %d / %d |%n", p.name(),
						Stats.Spread.of(rr).format(0), Stats.Spread.of(pr).format(0), Stats.Spread.of(ratio).format(2),
						Stats.Spread.of(r99).format(1), Stats.Spread.of(p99).format(1), rErr, pErr));
			}
		}
	}

	/**
	 * The ids in a GraphQL answer, in document order: two answers with the same entities in the same order and
	 * nesting give the same list, whatever their field names ({@code other} or {@code node}, lists or edges).
	 */
	static List<String> ids(String json) {
		List<String> ids = new ArrayList<>();
		try {
			collectIds(JSON.readTree(json).path("data"), ids);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Not a JSON answer: " + ex.getMessage(), ex);
		}
		return ids;
	}

	private static void collectIds(JsonNode node, List<String> ids) {
		if (node.isObject()) {
			node.fields().forEachRemaining(field -> {
				if (field.getKey().equals("id") && field.getValue().isTextual()) {
					ids.add(field.getValue().asText());
				}
				else {
					collectIds(field.getValue(), ids);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(element -> collectIds(element, ids));
		}
	}

	private static String nodeVersion() {
		try {
			Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			String v = new String(p.getInputStream().readAllBytes()).trim();
			p.waitFor();
			return v;
		}
		catch (Exception ex) {
			return "unknown";
		}
	}
}
