package org.reegraph.loader.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reegraph.loader.extraction.ExtractedEntity;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.model.catalog.Catalog;

/**
 * Collects the entities of one document: one record per id, the names the text used as aliases, catalog
 * properties first and pattern properties after. Not thread-safe; one per document.
 */
public final class EntityResolver {

	private final Catalog catalog;
	private final Map<String, Builder> entities = new LinkedHashMap<>();

	private static final class Builder {

		private final EntityRef ref;
		private final Set<String> aliases = new LinkedHashSet<>();
		private final Map<String, Object> properties = new LinkedHashMap<>();

		Builder(EntityRef ref) {
			this.ref = ref;
		}
	}

	/**
	 * Creates a resolver.
	 *
	 * @param catalog the catalog, for canonical names and properties
	 */
	public EntityResolver(Catalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * Records that an entity was named.
	 *
	 * @param ref the entity
	 * @param surface the words used, or null
	 * @return the entity's id as text
	 */
	public String add(EntityRef ref, String surface) {
		String id = ref.id().toString();
		Builder b = entities.computeIfAbsent(id, k -> {
			Builder nb = new Builder(catalog.byId(k).map(c -> new EntityRef(c.id(), c.name(), c.properties())).orElse(ref));
			nb.properties.putAll(nb.ref.properties());
			nb.aliases.add(nb.ref.name());
			return nb;
		});
		if (surface != null && !surface.isBlank()) {
			b.aliases.add(surface.strip());
		}
		for (var e : ref.properties().entrySet()) {
			b.properties.putIfAbsent(e.getKey(), e.getValue());
		}
		return id;
	}

	/**
	 * {@return whether the entity was recorded}
	 *
	 * @param id the id
	 */
	public boolean contains(String id) {
		return entities.containsKey(id);
	}


	/**
	 * {@return the canonical name of a recorded entity, or null}
	 *
	 * @param id the id
	 */
	public String nameOf(String id) {
		Builder b = entities.get(id);
		return b == null ? null : b.ref.name();
	}

	/** {@return the resolved entities, in order of first mention} */
	public List<ExtractedEntity> entities() {
		List<ExtractedEntity> out = new ArrayList<>();
		for (Builder b : entities.values()) {
			out.add(new ExtractedEntity(b.ref.id().toString(), b.ref.label().cypherName(), b.ref.name(),
					List.copyOf(b.aliases), b.properties));
		}
		return out;
	}
}
