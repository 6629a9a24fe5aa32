package org.reegraph.cypher.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Turns the driver's graph values into plain maps and lists, so callers of {@link ReegraphQueries#run} need no
 * driver types: a node becomes its properties plus {@code label} (its contract label), a relationship its
 * properties plus {@code type}, a path {@code {nodes, relationships}} whose relationships also carry {@code from}
 * and {@code to} (the ids of their start and end nodes).
 */
final class PlainValues {

	private PlainValues() {
	}

	static Map<String, Object> row(Map<String, Object> row) {
		Map<String, Object> out = new LinkedHashMap<>();
		row.forEach((k, v) -> out.put(k, plain(v)));
		return out;
	}

	static Object plain(Object value) {
		if (value instanceof Node node) {
			return node(node);
		}
		if (value instanceof Relationship rel) {
			Map<String, Object> out = new LinkedHashMap<>(rel.asMap());
			out.put("type", rel.type());
			return out;
		}
		if (value instanceof Path path) {
			List<Object> nodes = new ArrayList<>();
			path.nodes().forEach(n -> nodes.add(node(n)));
			List<Object> rels = new ArrayList<>();
			for (Path.Segment segment : path) {
				Map<String, Object> rel = new LinkedHashMap<>(segment.relationship().asMap());
				rel.put("type", segment.relationship().type());
				boolean forward = segment.relationship().startNodeElementId().equals(segment.start().elementId());
				rel.put("from", (forward ? segment.start() : segment.end()).get("id").asString(null));
				rel.put("to", (forward ? segment.end() : segment.start()).get("id").asString(null));
				rels.add(rel);
			}
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("nodes", nodes);
			out.put("relationships", rels);
			return out;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
			return out;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>(list.size());
			list.forEach(v -> out.add(plain(v)));
			return out;
		}
		return value;
	}

	private static Map<String, Object> node(Node node) {
		Map<String, Object> out = new LinkedHashMap<>(node.asMap());
		for (String label : node.labels()) {
			if (!"Entity".equals(label)) {
				out.put("label", label);
			}
		}
		return out;
	}
}
