package org.reegraph.cypher.query;

import java.util.List;

/**
 * What a cut-off breaks, as {@link ReegraphQueries#disruption} answers it: per programme, whether it loses every
 * path to a cut element and, if not, through whom it keeps one. Computed, never written to the graph.
 *
 * @param programmes the programmes with a path to a cut element, those that lose first
 */
public record Disruption(List<Impact> programmes) {

	/**
	 * Copies.
	 *
	 * @param programmes the programmes
	 */
	public Disruption {
		programmes = List.copyOf(programmes);
	}

	/**
	 * One programme under the cut-off.
	 *
	 * @param program the programme
	 * @param loses true when every path is cut
	 * @param keptThrough the supplier countries its uncut paths name
	 * @param before its paths without the cut-off
	 * @param after the paths that remain
	 */
	public record Impact(EntityView program, boolean loses, List<String> keptThrough, List<ScenarioPath> before,
			List<ScenarioPath> after) {

		/**
		 * Copies.
		 *
		 * @param program the programme
		 * @param loses true when every path is cut
		 * @param keptThrough the supplier countries of the uncut paths
		 * @param before the paths without the cut-off
		 * @param after the paths that remain
		 */
		public Impact {
			keptThrough = List.copyOf(keptThrough);
			before = List.copyOf(before);
			after = List.copyOf(after);
		}
	}

	/**
	 * A path and what cuts it.
	 *
	 * @param hops the steps, programme first
	 * @param cutBy the cut-offs that cut it, each with its basis ({@code HOP}, {@code PATH}, {@code PRODUCER});
	 *        empty when it survives
	 */
	public record ScenarioPath(List<Hop> hops, List<Cut> cutBy) {

		/**
		 * Copies.
		 *
		 * @param hops the steps
		 * @param cutBy what cuts it
		 */
		public ScenarioPath {
			hops = List.copyOf(hops);
			cutBy = List.copyOf(cutBy);
		}
	}

	/**
	 * Why a path is cut.
	 *
	 * @param origin the cut origin's code
	 * @param element the cut element's id
	 * @param basis {@code HOP} (a hop names the origin), {@code PATH} (the origin is on the path) or
	 *        {@code PRODUCER} (the path names no other supplier and the origin produces or refines a material on it)
	 */
	public record Cut(String origin, String element, String basis) {
	}
}
