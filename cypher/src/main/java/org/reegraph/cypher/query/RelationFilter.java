package org.reegraph.cypher.query;

/**
 * Which relationships of an entity to return, and which page of them.
 *
 * @param otherId only relationships to this entity id, or null
 * @param otherLabel only relationships to entities of this contract label, or null
 * @param offset how many to skip (per entity)
 * @param first how many to return at most (per entity)
 */
public record RelationFilter(String otherId, String otherLabel, int offset, int first) {

	/**
	 * Validates, naming the bad value.
	 *
	 * @param otherId only relationships to this entity id, or null
	 * @param otherLabel only relationships to entities of this contract label, or null
	 * @param offset how many to skip (per entity)
	 * @param first how many to return at most (per entity)
	 */
	public RelationFilter {
		if (offset < 0) {
			throw new IllegalArgumentException("offset must not be negative, got " + offset + ".");
		}
		if (first < 0) {
			throw new IllegalArgumentException("first must not be negative, got " + first + ".");
		}
	}

	/** {@return the first 20 relationships, unfiltered} */
	public static RelationFilter firstPage() {
		return new RelationFilter(null, null, 0, 20);
	}
}
