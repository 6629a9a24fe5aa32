package org.reegraph.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A canonical dump of a whole graph: one line per node (labels and properties) and per relationship (start id,
 * type, end id, properties), properties sorted by key, lines sorted; plus its SHA-256. Two graphs with equal dumps
 * hold the same nodes and relationships with the same properties, however and in whatever order they were written.
 *
 * @param lines the sorted lines
 * @param duplicates lines, node ids and fact ids that occur more than once (0 in a sound graph)
 */
public record GraphDump(List<String> lines, long duplicates) {

	/**
	 * Copies.
	 *
	 * @param lines the sorted lines
	 * @param duplicates lines, node ids and fact ids that occur more than once (0 in a sound graph)
	 */
	public GraphDump {
		lines = List.copyOf(lines);
	}

	/**
	 * Reads the graph through the driver, in one read transaction.
	 *
	 * @param driver a driver to the graph
	 * @return the dump
	 */
	public static GraphDump of(Driver driver) {
		Objects.requireNonNull(driver, "A dump needs a driver.");
		try (var session = driver.session()) {
			return session.executeRead(tx -> {
				List<String> lines = new ArrayList<>();
				Map<String, Integer> ids = new TreeMap<>();
				for (Record r : tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").list()) {
					List<String> labels = new ArrayList<>(r.get("labels").asList(Value::asString));
					Collections.sort(labels);
					Map<String, Object> props = r.get("props").asMap();
					if (props.get("id") != null) {
						ids.merge("node " + props.get("id"), 1, Integer::sum);
					}
					lines.add("N " + String.join(":", labels) + " " + canonical(props));
				}
				for (Record r : tx.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, "
						+ "properties(r) AS props").list()) {
					Map<String, Object> props = r.get("props").asMap();
					if (props.get("factId") != null) {
						ids.merge("fact " + props.get("factId"), 1, Integer::sum);
					}
					lines.add("R " + r.get("a").asString("?") + " -[" + r.get("type").asString() + "]-> "
							+ r.get("b").asString("?") + " " + canonical(props));
				}
				Collections.sort(lines);
				long duplicates = ids.values().stream().filter(c -> c > 1).count();
				for (int i = 1; i < lines.size(); i++) {
					if (lines.get(i).equals(lines.get(i - 1))) {
						duplicates++;
					}
				}
				return new GraphDump(lines, duplicates);
			});
		}
	}

	private static String canonical(Object value) {
		if (value instanceof Map<?, ?> map) {
			return new TreeMap<>(map).entrySet().stream().map(e -> e.getKey() + "=" + canonical(e.getValue()))
				.collect(Collectors.joining(", ", "{", "}"));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GraphDump::canonical).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof String s) {
			return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
		}
		return String.valueOf(value);
	}

	/** {@return the SHA-256 of the lines, in hex} */
	public String sha256() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String line : lines) {
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) '\n');
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK.", ex);
		}
	}

	/** {@return the number of relationships that carry a fact id} */
	public long facts() {
		return lines.stream().filter(l -> l.startsWith("R ") && l.contains("factId=")).count();
	}

	/**
	 * {@return how many facts (relationships with a fact id) of the reference dump this one lacks or holds
	 * with other properties}
	 *
	 * @param reference the dump of a clean load
	 */
	public long factsMissingFrom(GraphDump reference) {
		java.util.Set<String> mine = new java.util.HashSet<>(lines);
		return reference.lines.stream().filter(l -> l.startsWith("R ") && l.contains("factId="))
			.filter(l -> !mine.contains(l)).count();
	}
}
