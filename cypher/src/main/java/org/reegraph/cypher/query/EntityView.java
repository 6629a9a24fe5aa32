package org.reegraph.cypher.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An entity of the graph as the queries return it.
 *
 * @param id the stable id, e.g. {@code element:Dy}
 * @param label the contract label, e.g. {@code Element}
 * @param name the display name
 * @param aliases every name the entity was found under
 * @param properties the remaining properties (label-specific, e.g. {@code symbol}, {@code kind}, {@code country})
 */
public record EntityView(String id, String label, String name, List<String> aliases, Map<String, Object> properties) {

	/**
	 * Validates and copies.
	 *
	 * @param id the stable id, e.g. {@code element:Dy}
	 * @param label the contract label, e.g. {@code Element}
	 * @param name the display name
	 * @param aliases every name the entity was found under
	 * @param properties the remaining properties (label-specific, e.g. {@code symbol}, {@code kind}, {@code country})
	 */
	public EntityView {
		Objects.requireNonNull(id, "An entity needs an id.");
		Objects.requireNonNull(label, "The entity " + id + " needs a label.");
		name = name == null ? id : name;
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}

	/**
	 * {@return one of the label-specific properties, or null}
	 *
	 * @param key the property name, e.g. {@code symbol}
	 */
	public Object property(String key) {
		return properties.get(key);
	}
}
