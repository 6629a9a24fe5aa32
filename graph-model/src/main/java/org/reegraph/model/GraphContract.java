package org.reegraph.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
