package org.reegraph.model;

import java.util.Objects;

/**
 * One allowed (from-label, type, to-label) combination of the contract.
 *
 * @param from the start label
 * @param type the relationship type
 * @param to the end label
 */
public record Triple(Label from, RelType type, Label to) {

	/**
	 * Validates the components.
	 *
	 * @param from the start label
	 * @param type the relationship type
	 * @param to the end label
	 */
	public Triple {
		Objects.requireNonNull(from, "The start label of a triple must not be null.");
		Objects.requireNonNull(type, "The type of a triple must not be null.");
		Objects.requireNonNull(to, "The end label of a triple must not be null.");
	}

	@Override
	public String toString() {
		return "(:" + from.cypherName() + ")-[:" + type.name() + "]->(:" + to.cypherName() + ")";
	}
}
