package org.reegraph.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the contract says about one relationship type, as plain data: what the per-type artifacts (the
 * Cypher write blocks, constraints and branches, the GraphQL object types and fields) are generated from. A
 * {@link RelType} gives its own with {@link RelType#spec()}; generators take specs, so a test can hand them a
 * changed contract.
 *
 * @param name the type as spelled in the graph, e.g. {@code EXPORTS_TO}
 * @param factName what one relationship of the type is called, in PascalCase, e.g. {@code TradeFlow}
 * @param description what one relationship of the type means, one or two sentences
 * @param forward how the relationship reads from its start, e.g. {@code exportsTo}
 * @param backward how the relationship reads from its end, e.g. {@code importsFrom}
 * @param from the labels it may start at
 * @param to the labels it may end at
 * @param properties the fact properties it names, besides the evidence, in contract order
 */
public record RelationshipSpec(String name, String factName, String description, Reading forward, Reading backward,
		Set<Label> from, Set<Label> to, List<PropertySpec> properties) {

	private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
	private static final Pattern PASCAL = Pattern.compile("[A-Z][A-Za-z0-9]*");

	/**
	 * How a relationship reads from one of its ends: the name of the field that follows it from there, and a
	 * one-line description of what that field lists.
	 *
	 * @param field the field name, lowerCamelCase, e.g. {@code importsFrom}
	 * @param description what it lists, e.g. "Trade flows from exporters to it."
	 */
	public record Reading(String field, String description) {

		/**
		 * Validates the components.
		 *
		 * @param field the field name, lowerCamelCase
		 * @param description what it lists
		 */
		public Reading {
			Objects.requireNonNull(field, "A reading needs a field name.");
			Objects.requireNonNull(description, "The reading " + field + " needs a description.");
		}
	}

	/**
	 * Validates and copies the components.
	 *
	 * @param name the type as spelled in the graph
	 * @param factName what one relationship of the type is called, in PascalCase
	 * @param description what one relationship of the type means
	 * @param forward how the relationship reads from its start
	 * @param backward how the relationship reads from its end
	 * @param from the labels it may start at
	 * @param to the labels it may end at
	 * @param properties the fact properties it names
	 */
	public RelationshipSpec {
		Objects.requireNonNull(name, "A relationship type needs a name.");
		if (!TYPE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A relationship type is spelled UPPER_SNAKE_CASE, got '" + name + "'.");
		}
		Objects.requireNonNull(factName, "The relationship type " + name + " needs a fact name.");
		if (!PASCAL.matcher(factName).matches()) {
			throw new IllegalArgumentException("The fact name of " + name + " is PascalCase, got '" + factName + "'.");
		}
		Objects.requireNonNull(description, "The relationship type " + name + " needs a description.");
		Objects.requireNonNull(forward, "The relationship type " + name + " needs a forward reading.");
		Objects.requireNonNull(backward, "The relationship type " + name + " needs a backward reading.");
		if (from == null || from.isEmpty() || to == null || to.isEmpty()) {
			throw new IllegalArgumentException("The relationship type " + name + " needs start and end labels.");
		}
		from = Collections.unmodifiableSet(EnumSet.copyOf(from));
		to = Collections.unmodifiableSet(EnumSet.copyOf(to));
		properties = List.copyOf(properties);
		if (properties.stream().map(PropertySpec::name).distinct().count() != properties.size()) {
			throw new IllegalArgumentException("The relationship type " + name + " names a property twice: " + properties);
		}
	}

	/** {@return the names of the properties, in contract order} */
	public List<String> propertyNames() {
		return properties.stream().map(PropertySpec::name).toList();
	}

	/**
	 * {@return the property of this name, or empty when the type does not name it}
	 *
	 * @param property a property key
	 */
	public Optional<PropertySpec> property(String property) {
		return properties.stream().filter(p -> p.name().equals(property)).findFirst();
	}

	/**
	 * {@return a copy with one more property, as if the contract named it}
	 *
	 * @param property the property to add at the end
	 */
	public RelationshipSpec withProperty(PropertySpec property) {
		List<PropertySpec> more = new ArrayList<>(properties);
		more.add(property);
		return new RelationshipSpec(name, factName, description, forward, backward, from, to, more);
	}
}
