package org.reegraph.cypher.query;

import java.util.List;

/**
 * One page of an entity's relationships of one type and direction.
 *
 * @param relations the page, in the window's direction (reversed when it was taken backward)
 * @param total how many relationships the filter keeps in all, whatever the window's keys; null when not asked
 */
public record RelationSlice(List<Relation> relations, Long total) {

	/**
	 * Copies.
	 *
	 * @param relations the page
	 * @param total the count, or null
	 */
	public RelationSlice {
		relations = List.copyOf(relations);
	}
}
