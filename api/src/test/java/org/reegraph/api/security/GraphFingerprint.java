package org.reegraph.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * A canonical picture of the whole graph: every node as its sorted labels and properties, every relationship as
 * its end nodes, type and properties, independent of internal ids. Two fingerprints are equal exactly when the
 * graphs hold the same nodes and relationships with the same properties.
 *
 * @param nodes the canonical form of each node, sorted (duplicates kept)
 * @param relationships the canonical form of each relationship, sorted (duplicates kept)
 * @param sha256 the SHA-256 of both lists
 */
public record GraphFingerprint(List<String> nodes, List<String> relationships, String sha256) {

	/**
	 * Reads the graph.
	 *
	 * @param driver the database
	 * @return its fingerprint
	 */
	public static GraphFingerprint of(Driver driver) {
		Map<String, String> canonical = new HashMap<>();
		List<String> nodes = new ArrayList<>();
		List<String> relationships = new ArrayList<>();
		try (var session = driver.session()) {
			session.executeRead(tx -> {
				tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props").forEachRemaining(r -> {
					String node = new TreeSet<>(r.get("labels").asList(Value::asString)) + render(r.get("props"));
					canonical.put(r.get("id").asString(), node);
					nodes.add(node);
				});
				tx.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b")
					.forEachRemaining(r -> relationships.add(canonical.get(r.get("a").asString()) + " -[:"
							+ r.get("type").asString() + " " + render(r.get("props")) + "]-> " + canonical.get(r.get("b").asString())));
				return null;
			});
		}
		nodes.sort(null);
		relationships.sort(null);
		return new GraphFingerprint(List.copyOf(nodes), List.copyOf(relationships), digest(nodes, relationships));
	}

	/** {@return nodes plus relationships} */
	public int size() {
		return nodes.size() + relationships.size();
	}

	/**
	 * {@return whether every node and relationship of this graph is also in the other, unchanged}
	 *
	 * @param other a later fingerprint
	 */
	public boolean isContainedIn(GraphFingerprint other) {
		return Set.copyOf(other.nodes).containsAll(nodes) && Set.copyOf(other.relationships).containsAll(relationships);
	}

	/** {@return a one-line summary for assertion messages} */
	@Override
	public String toString() {
		return nodes.size() + " nodes, " + relationships.size() + " relationships, sha256 " + sha256;
	}

	private static String render(Value props) {
		TreeMap<String, String> sorted = new TreeMap<>();
		props.asMap(v -> v.toString()).forEach(sorted::put);
		return sorted.toString();
	}

	private static String digest(List<String> nodes, List<String> relationships) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String s : nodes) {
				sha.update((s + "\n").getBytes(StandardCharsets.UTF_8));
			}
			sha.update("--\n".getBytes(StandardCharsets.UTF_8));
			for (String s : relationships) {
				sha.update((s + "\n").getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
