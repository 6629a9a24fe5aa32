package org.reegraph.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One property the contract names for a relationship type: its key on the relationship, its value type and
 * what it means (one line, shown in the GraphQL schema and the documentation).
 *
 * @param name the property key, e.g. {@code quantity}
 * @param type the value type
 * @param description what the value means, one sentence
 */
public record PropertySpec(String name, PropertyType type, String description) {

	private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

	/**
	 * Validates the components.
	 *
	 * @param name the property key, e.g. {@code quantity}
	 * @param type the value type
	 * @param description what the value means, one sentence
	 */
	public PropertySpec {
		Objects.requireNonNull(name, "A fact property needs a name.");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A fact property name is a lowerCamelCase word, got '" + name + "'.");
		}
		Objects.requireNonNull(type, "The fact property " + name + " needs a type.");
		Objects.requireNonNull(description, "The fact property " + name + " needs a description.");
		if (description.isBlank() || description.contains("\n")) {
			throw new IllegalArgumentException("The description of " + name + " must be one non-blank line.");
		}
	}
}
