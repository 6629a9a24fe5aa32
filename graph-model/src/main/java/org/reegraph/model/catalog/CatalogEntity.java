package org.reegraph.model.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.reegraph.model.EntityId;
import org.reegraph.model.Label;

/**
 * One entity of the reference catalog, in the shape the gazetteer and the graph writer need.
 *
 * @param id the stable id
 * @param name the canonical English name
 * @param aliases English surface forms besides the name (variants, abbreviations)
 * @param adjectives adjectives and demonyms that refer to the entity ("Chinese", "Pakistani")
 * @param zh Chinese surface forms
 * @param properties label-specific properties as stored on the node (code, symbol, category …)
 * @param links ids this entity is known to relate to, by relationship type name (CONTAINS, OPERATES, …)
 */
public record CatalogEntity(EntityId id, String name, List<String> aliases, List<String> adjectives, List<String> zh,
		Map<String, Object> properties, Map<String, List<String>> links) {

	/**
	 * Validates and copies the components; the maps keep the order they are given in.
	 *
	 * @param id the stable id
	 * @param name the canonical English name
	 * @param aliases English surface forms besides the name (variants, abbreviations)
	 * @param adjectives adjectives and demonyms that refer to the entity ("Chinese", "Pakistani")
	 * @param zh Chinese surface forms
	 * @param properties label-specific properties as stored on the node (code, symbol, category …)
	 * @param links ids this entity is known to relate to, by relationship type name (CONTAINS, OPERATES, …)
	 */
	public CatalogEntity {
		Objects.requireNonNull(id, "A catalog entity needs an id.");
		Objects.requireNonNull(name, "The catalog entity " + id + " needs a name.");
		aliases = List.copyOf(aliases == null ? List.of() : aliases);
		adjectives = List.copyOf(adjectives == null ? List.of() : adjectives);
		zh = List.copyOf(zh == null ? List.of() : zh);
		properties = ordered(properties);
		links = ordered(links);
	}

	/**
	 * An unmodifiable copy that keeps the catalog's order: {@code Map.copyOf} iterates in an order that changes
	 * from one JVM to the next, and the loader emits a fact per link in iteration order, so the same documents gave
	 * differently ordered output on every run.
	 */
	private static <V> Map<String, V> ordered(Map<String, V> map) {
		Map<String, V> copy = new java.util.LinkedHashMap<>();
		if (map != null) {
			map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
		}
		return java.util.Collections.unmodifiableMap(copy);
	}

	/** {@return the entity's label} */
	public Label label() {
		return id.label();
	}

	/** {@return the name, the aliases, the adjectives and the Chinese names, in that order, without repeats} */
	public List<String> surfaceForms() {
		var all = new java.util.ArrayList<String>(1 + aliases.size() + adjectives.size() + zh.size());
		all.add(name);
		all.addAll(aliases);
		all.addAll(adjectives);
		all.addAll(zh);
		return List.copyOf(new java.util.LinkedHashSet<>(all));
	}
}
