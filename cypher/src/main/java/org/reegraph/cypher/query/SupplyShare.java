package org.reegraph.cypher.query;

import java.util.List;

/**
 * One supplier's role for an element or a material containing it, with every source's figure.
 *
 * @param supplier the country, company or mine
 * @param role {@code PRODUCES}, {@code REFINES}, {@code HOLDS_RESERVES} or {@code STOCKPILES}
 * @param material the element or material the figures are about
 * @param maxSharePct the highest share any source gives, or null
 * @param minSharePct the lowest share any source gives, or null
 * @param sources every source statement, each with its own figures
 */
public record SupplyShare(EntityView supplier, String role, EntityView material, Double maxSharePct,
		Double minSharePct, List<EvidenceView> sources) {

	/**
	 * Copies.
	 *
	 * @param supplier the country, company or mine
	 * @param role {@code PRODUCES}, {@code REFINES}, {@code HOLDS_RESERVES} or {@code STOCKPILES}
	 * @param material the element or material the figures are about
	 * @param maxSharePct the highest share any source gives, or null
	 * @param minSharePct the lowest share any source gives, or null
	 * @param sources every source statement, each with its own figures
	 */
	public SupplyShare {
		sources = List.copyOf(sources);
	}
}
