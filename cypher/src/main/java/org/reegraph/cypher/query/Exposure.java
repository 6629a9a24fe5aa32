package org.reegraph.cypher.query;

import java.util.List;

/**
 * A programme, company or country that depends on an element, and through whom.
 *
 * @param dependent the dependent entity
 * @param hops the length of its shortest dependency chain to the element
 * @param supplierCountries codes of the countries the chains run through or name as origin
 * @param materials the materials and groups on the chains (e.g. {@code dysprosium alloy})
 * @param evidence the sources of the first hop of each chain
 */
public record Exposure(EntityView dependent, int hops, List<String> supplierCountries, List<String> materials,
		List<EvidenceView> evidence) {

	/**
	 * Copies.
	 *
	 * @param dependent the dependent entity
	 * @param hops the length of its shortest dependency chain to the element
	 * @param supplierCountries codes of the countries the chains run through or name as origin
	 * @param materials the materials and groups on the chains (e.g. {@code dysprosium alloy})
	 * @param evidence the sources of the first hop of each chain
	 */
	public Exposure {
		supplierCountries = List.copyOf(supplierCountries);
		materials = List.copyOf(materials);
		evidence = List.copyOf(evidence);
	}
}
