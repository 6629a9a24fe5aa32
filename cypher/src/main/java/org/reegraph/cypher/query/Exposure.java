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
		List<EvidenceView> evidence, List<WeightedShare> weighted) {

	/**
	 * Copies.
	 *
	 * @param dependent the dependent entity
	 * @param hops the length of its shortest dependency chain to the element
	 * @param supplierCountries codes of the countries the chains run through or name as origin
	 * @param materials the materials and groups on the chains (e.g. {@code dysprosium alloy})
	 * @param evidence the sources of the first hop of each chain
	 * @param weighted per supplier country, the share of the dependent's supply its chains carry (a range over
	 *        chains and sources), with the figures used; empty when no hop states a share
	 */
	public Exposure {
		supplierCountries = List.copyOf(supplierCountries);
		materials = List.copyOf(materials);
		evidence = List.copyOf(evidence);
		weighted = List.copyOf(weighted);
	}

	/**
	 * An exposure without weighed figures.
	 *
	 * @param dependent the dependent entity
	 * @param hops the length of its shortest dependency chain to the element
	 * @param supplierCountries codes of the countries the chains run through or name as origin
	 * @param materials the materials and groups on the chains
	 * @param evidence the sources of the first hop of each chain
	 */
	public Exposure(EntityView dependent, int hops, List<String> supplierCountries, List<String> materials,
			List<EvidenceView> evidence) {
		this(dependent, hops, supplierCountries, materials, evidence, List.of());
	}

	/**
	 * The share of a dependent's supply that comes from one supplier country, weighed along its chains: each chain
	 * that states shares gives the product of them (a hop stating none passes its whole supply, so the figure is an
	 * upper bound); the range spans every chain and every source, never one figure chosen among disagreeing ones.
	 *
	 * @param supplier the supplier country's code
	 * @param minPct the smallest figure, in percent
	 * @param maxPct the largest figure, in percent
	 * @param chains how many chains (one per combination of sources) gave a figure
	 * @param figures every share used, with its hop and source
	 */
	public record WeightedShare(String supplier, double minPct, double maxPct, int chains, List<Figure> figures) {

		/**
		 * Copies.
		 *
		 * @param supplier the supplier country's code
		 * @param minPct the smallest figure, in percent
		 * @param maxPct the largest figure, in percent
		 * @param chains how many chains gave a figure
		 * @param figures every share used
		 */
		public WeightedShare {
			figures = List.copyOf(figures);
		}
	}

	/**
	 * One share a weighed figure used.
	 *
	 * @param from the id of the hop's start
	 * @param type the hop's relationship type
	 * @param to the id of the hop's end
	 * @param sharePct the share the source states
	 * @param evidence the source
	 */
	public record Figure(String from, String type, String to, double sharePct, EvidenceView evidence) {
	}
}
