package org.reegraph.loader.recognize;

import java.util.Map;
import java.util.Objects;

import org.reegraph.model.EntityId;
import org.reegraph.model.Label;

/**
 * An entity a mention refers to.
 *
 * @param id the stable id
 * @param name the canonical name
 * @param properties properties known for the entity (from the catalog or the pattern that found it)
 */
public record EntityRef(EntityId id, String name, Map<String, Object> properties) {

	/**
	 * Validates and copies.
	 *
	 * @param id the stable id
	 * @param name the canonical name
	 * @param properties properties known for the entity (from the catalog or the pattern that found it)
	 */
	public EntityRef {
		Objects.requireNonNull(id, "An entity reference needs an id.");
		Objects.requireNonNull(name, "An entity reference needs a name.");
		properties = Map.copyOf(properties == null ? Map.of() : properties);
	}

	/** {@return the label} */
	public Label label() {
		return id.label();
	}

	/** {@return the ISO code of the country this entity is or belongs to, or null} */
	public String countryCode() {
		if (id.label() == Label.COUNTRY) {
			return id.key();
		}
		Object c = properties.get("country");
		return c == null ? null : c.toString();
	}
}
