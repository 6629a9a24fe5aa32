package org.reegraph.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point to the graph contract: the labels, relationship types and allowed triples that every part
 * of reegraph agrees on.
 */
public final class GraphContract {

	private static final List<Triple> TRIPLES = computeTriples();

	private GraphContract() {
	}

	/** {@return every node label, in contract order} */
	public static List<Label> labels() {
		return List.of(Label.values());
	}

	/** {@return every relationship type, in contract order} */
	public static List<RelType> relationshipTypes() {
		return List.of(RelType.values());
	}

	/** {@return what the contract says about every relationship type, in contract order: the generators' input} */
	public static List<RelationshipSpec> relationships() {
		return Arrays.stream(RelType.values()).map(RelType::spec).toList();
	}

	/**
	 * {@return every fact property some relationship type names, each once, in contract order of first use}
	 *
	 * @param relationships the relationship types, e.g. {@link #relationships()}
	 * @throws IllegalArgumentException when two types give one property different value types, naming both
	 */
	public static List<PropertySpec> factProperties(List<RelationshipSpec> relationships) {
		Map<String, PropertySpec> all = new LinkedHashMap<>();
		Map<String, String> firstUse = new LinkedHashMap<>();
		for (RelationshipSpec type : relationships) {
			for (PropertySpec p : type.properties()) {
				PropertySpec seen = all.putIfAbsent(p.name(), p);
				firstUse.putIfAbsent(p.name(), type.name());
				if (seen != null && seen.type() != p.type()) {
					throw new IllegalArgumentException("The fact property " + p.name() + " is " + seen.type() + " on "
							+ firstUse.get(p.name()) + " but " + p.type() + " on " + type.name() + "; one name, one type.");
				}
			}
		}
		return List.copyOf(all.values());
	}

	/** {@return every allowed (from, type, to) triple} */
	public static List<Triple> allowedTriples() {
		return TRIPLES;
	}

	/**
	 * Whether a relationship of the given type may join nodes of the given labels.
	 *
	 * @param from start label
	 * @param type relationship type
	 * @param to end label
	 * @return true when the contract allows it
	 */
	public static boolean isAllowed(Label from, RelType type, Label to) {
		return type.allows(from, to);
	}

	/**
	 * Fails with a message naming the triple when the contract does not allow it.
	 *
	 * @param from start label
	 * @param type relationship type
	 * @param to end label
	 * @throws IllegalArgumentException when the triple is not allowed
	 */
	public static void requireAllowed(Label from, RelType type, Label to) {
		if (!isAllowed(from, type, to)) {
			throw new IllegalArgumentException("The graph contract does not allow " + new Triple(from, type, to)
					+ "; " + type + " goes from " + type.from() + " to " + type.to() + ".");
		}
	}

	private static List<Triple> computeTriples() {
		List<Triple> triples = new ArrayList<>();
		for (RelType type : RelType.values()) {
			for (Label from : Label.values()) {
				for (Label to : Label.values()) {
					if (type.allows(from, to)) {
						triples.add(new Triple(from, type, to));
					}
				}
			}
		}
		return List.copyOf(triples);
	}

	/** {@return the names of all labels as spelled in the graph} */
	public static List<String> labelNames() {
		return Arrays.stream(Label.values()).map(Label::cypherName).toList();
	}
}
