package org.reegraph.cypher.query;

/**
 * One full-text search result.
 *
 * @param entity the entity
 * @param score the full-text score (higher is better); it depends on the index's contents, so it may change as
 *        the graph grows
 */
public record SearchHit(EntityView entity, double score) {
}
