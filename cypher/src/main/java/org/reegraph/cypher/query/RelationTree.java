package org.reegraph.cypher.query;

import java.util.List;
import java.util.Map;

/**
 * One entity's answer to a {@link ReegraphQueries#relationshipTree relationship tree}.
 *
 * @param entity the entity itself
 * @param relations its relationships of the first level
 * @param nested for each entity at the other end that the nested level applies to (its label is one of
 *        {@link RelationLevel#labels()}), by id, its relationships of the second level (possibly none)
 */
public record RelationTree(EntityView entity, List<Relation> relations, Map<String, List<Relation>> nested) {

	/**
	 * Copies.
	 *
	 * @param entity the entity itself
	 * @param relations its relationships of the first level
	 * @param nested per entity at the other end, its relationships of the second level
	 */
	public RelationTree {
		relations = List.copyOf(relations);
		nested = Map.copyOf(nested);
	}
}
