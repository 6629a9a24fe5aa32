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
 * @param commodity the commodity the figures are about, when stated
 * @param kind the kind of measure, when stated
 * @param status the status the figures are stated for, when stated
 * @param period the period (or year) the figures refer to; null when none is stated
 * @param spread the largest figure minus the smallest
 * @param relativeSpreadPct the spread as a percentage of the largest figure
 */
public record Conflict(EntityView from, String type, EntityView to, String property, String unit, List<Claim> claims,
		String commodity, String kind, String status, String period, Number spread, Double relativeSpreadPct) {

	/**
	 * Copies.
	 *
	 * @param from the start of the relationship
	 * @param type the relationship type
	 * @param to the end of the relationship
	 * @param property the property the sources disagree on, e.g. {@code sharePct}
	 * @param unit the unit of the figures, when they have one
	 * @param claims each source's claim
	 * @param commodity the commodity the figures are about, when stated
	 * @param kind the kind of measure (a tariff, a sanction), when stated
	 * @param status the status the figures are stated for (a threatened rate, one in force), when stated
	 * @param period the period (or year) the figures refer to; null when none is stated
	 * @param spread the largest figure minus the smallest
	 * @param relativeSpreadPct the spread as a percentage of the largest figure
	 */
	public Conflict {
		claims = List.copyOf(claims);
	}

	/**
	 * A conflict described by its figures only.
	 *
	 * @param from the start of the relationship
	 * @param type the relationship type
	 * @param to the end of the relationship
	 * @param property the property the sources disagree on
	 * @param unit the unit of the figures, when they have one
	 * @param claims each source's claim
	 */
	public Conflict(EntityView from, String type, EntityView to, String property, String unit, List<Claim> claims) {
		this(from, type, to, property, unit, claims, null, null, null, null, null, null);
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
