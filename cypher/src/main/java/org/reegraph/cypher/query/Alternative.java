package org.reegraph.cypher.query;

import java.util.List;

/**
 * A supplier outside the excluded countries, as {@link ReegraphQueries#alternatives} ranks them.
 *
 * @param supplier the producer, refiner or exporter
 * @param country its country's code, when known
 * @param roles {@code PRODUCES}, {@code REFINES}, {@code EXPORTS_TO}
 * @param materials the element or the materials containing it that it supplies
 * @param maxSharePct the highest share any source gives it, or null
 * @param minSharePct the lowest share any source gives it, or null
 * @param sources every source, with its figures
 */
public record Alternative(EntityView supplier, String country, List<String> roles, List<String> materials,
		Double maxSharePct, Double minSharePct, List<EvidenceView> sources) {

	/**
	 * Copies.
	 *
	 * @param supplier the supplier
	 * @param country its country's code
	 * @param roles its roles
	 * @param materials what it supplies
	 * @param maxSharePct the highest share
	 * @param minSharePct the lowest share
	 * @param sources the sources
	 */
	public Alternative {
		roles = List.copyOf(roles);
		materials = List.copyOf(materials);
		sources = List.copyOf(sources);
	}
}
