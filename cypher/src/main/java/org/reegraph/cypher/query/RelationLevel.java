package org.reegraph.cypher.query;

import java.util.Objects;
import java.util.Set;

import org.reegraph.model.RelType;

/**
 * One level of a {@link ReegraphQueries#relationshipTree relationship tree}: which relationships to return, of
 * which entities. As the tree's second level, the entities are those at the other end of the first; the API
 * also uses it for the relationship field it finds on an entity, the first level.
 *
 * @param labels only entities at the other end with one of these contract labels (e.g. {@code Company})
 * @param type the relationship type
 * @param outgoing true for relationships starting at those entities
 * @param filter which and how many, per entity
 */
public record RelationLevel(Set<String> labels, RelType type, boolean outgoing, RelationFilter filter) {

	/**
	 * Copies and checks.
	 *
	 * @param labels only entities at the other end with one of these contract labels (e.g. {@code Company})
	 * @param type the relationship type
	 * @param outgoing true for relationships starting at those entities
	 * @param filter which and how many, per entity
	 */
	public RelationLevel {
		labels = Set.copyOf(Objects.requireNonNull(labels, "The labels of the nested level are required."));
		Objects.requireNonNull(type, "The relationship type of the nested level is required.");
		Objects.requireNonNull(filter, "The filter of the nested level is required.");
	}
}
