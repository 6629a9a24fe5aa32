package org.reegraph.cypher.query;

import java.util.Map;

/**
 * One relationship (one source statement) seen from one of its ends.
 *
 * @param type the relationship type
 * @param outgoing true when the relationship starts at the entity asked about
 * @param other the entity at the other end
 * @param properties the fact's properties, nulls left out
 * @param evidence the source statement
 */
public record Relation(String type, boolean outgoing, EntityView other, Map<String, Object> properties,
		EvidenceView evidence) {

	/**
	 * Copies.
	 *
	 * @param type the relationship type
	 * @param outgoing true when the relationship starts at the entity asked about
	 * @param other the entity at the other end
	 * @param properties the fact's properties, nulls left out
	 * @param evidence the source statement
	 */
	public Relation {
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}
}
