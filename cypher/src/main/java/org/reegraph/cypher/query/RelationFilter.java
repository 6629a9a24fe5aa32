package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which relationships of an entity to return, and which page of them.
 *
 * @param otherId only relationships to this entity id, or null
 * @param otherLabel only relationships to entities of this contract label, or null
 * @param properties only relationships with these fact property values (text compared in any case); empty for
 *        any. The keys are properties the contract names for the type (the API takes them from the contract).
 * @param offset how many to skip (per entity)
 * @param first how many to return at most (per entity)
 * @param asOf only statements published on or before this date (see {@link ReegraphQueries} on undated
 *        documents); null for every statement
 */
public record RelationFilter(String otherId, String otherLabel, Map<String, Object> properties, int offset,
		int first, LocalDate asOf) {

	/**
	 * Validates, naming the bad value, and copies.
	 *
	 * @param otherId only relationships to this entity id, or null
	 * @param otherLabel only relationships to entities of this contract label, or null
	 * @param properties only relationships with these fact property values; null or empty for any
	 * @param offset how many to skip (per entity)
	 * @param first how many to return at most (per entity)
	 * @param asOf only statements published on or before this date, or null
	 */
	public RelationFilter {
		if (offset < 0) {
			throw new IllegalArgumentException("offset must not be negative, got " + offset + ".");
		}
		if (first < 0) {
			throw new IllegalArgumentException("first must not be negative, got " + first + ".");
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		if (properties != null) {
			properties.forEach((k, v) -> {
				if (v == null) {
					throw new IllegalArgumentException("The filter on " + k + " needs a value, got null.");
				}
				copy.put(k, v);
			});
		}
		properties = Collections.unmodifiableMap(copy);
	}

	/**
	 * A filter over every statement, whatever its date.
	 *
	 * @param otherId only relationships to this entity id, or null
	 * @param otherLabel only relationships to entities of this contract label, or null
	 * @param properties only relationships with these fact property values; null or empty for any
	 * @param offset how many to skip (per entity)
	 * @param first how many to return at most (per entity)
	 */
	public RelationFilter(String otherId, String otherLabel, Map<String, Object> properties, int offset, int first) {
		this(otherId, otherLabel, properties, offset, first, null);
	}

	/**
	 * A filter on the other end only.
	 *
	 * @param otherId only relationships to this entity id, or null
	 * @param otherLabel only relationships to entities of this contract label, or null
	 * @param offset how many to skip (per entity)
	 * @param first how many to return at most (per entity)
	 */
	public RelationFilter(String otherId, String otherLabel, int offset, int first) {
		this(otherId, otherLabel, Map.of(), offset, first);
	}

	/** {@return the first 20 relationships, unfiltered} */
	public static RelationFilter firstPage() {
		return new RelationFilter(null, null, 0, 20);
	}
}
