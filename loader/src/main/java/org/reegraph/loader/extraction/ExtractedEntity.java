package org.reegraph.loader.extraction;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An entity as {@code extract} reports it and {@code load} writes it.
 *
 * @param id the stable id, e.g. {@code country:CN}
 * @param label the label, e.g. {@code Country}
 * @param name the canonical name
 * @param aliases every surface form the documents used for it (accumulated on the node)
 * @param properties label-specific properties (code, symbol, kind, category, country …)
 */
public record ExtractedEntity(String id, String label, String name, List<String> aliases,
		Map<String, Object> properties) {

	/**
	 * Validates and copies.
	 *
	 * @param id the stable id, e.g. {@code country:CN}
	 * @param label the label, e.g. {@code Country}
	 * @param name the canonical name
	 * @param aliases every surface form the documents used for it (accumulated on the node)
	 * @param properties label-specific properties (code, symbol, kind, category, country …)
	 */
	public ExtractedEntity {
		Objects.requireNonNull(id, "An entity needs an id.");
		Objects.requireNonNull(label, "An entity needs a label.");
		Objects.requireNonNull(name, "An entity needs a name.");
		aliases = List.copyOf(aliases);
		properties = Map.copyOf(properties);
	}
}
