package org.reegraph.cypher.query;

import java.util.List;

/**
 * A fact that sources state with different figures, all claims side by side.
 *
 * @param from the start of the relationship
 * @param type the relationship type
 * @param to the end of the relationship
 * @param property the property the sources disagree on, e.g. {@code sharePct}
 * @param unit the unit of the figures, when they have one
 * @param claims each source's claim
 */
public record Conflict(EntityView from, String type, EntityView to, String property, String unit, List<Claim> claims) {

	/**
	 * Copies.
	 *
	 * @param from the start of the relationship
	 * @param type the relationship type
	 * @param to the end of the relationship
	 * @param property the property the sources disagree on, e.g. {@code sharePct}
	 * @param unit the unit of the figures, when they have one
	 * @param claims each source's claim
	 */
	public Conflict {
		claims = List.copyOf(claims);
	}

	/**
	 * One source's figure.
	 *
	 * @param value the figure
	 * @param period the period it refers to, when stated
	 * @param year the year it refers to, when stated
	 * @param evidence the source
	 */
	public record Claim(Number value, String period, Long year, EvidenceView evidence) {
	}
}
