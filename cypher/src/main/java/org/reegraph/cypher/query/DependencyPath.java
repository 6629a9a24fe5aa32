package org.reegraph.cypher.query;

import java.util.List;

/**
 * How a programme depends on an element: the chain of hops from the programme to the element.
 *
 * @param program the programme (weapon system, product)
 * @param element the element asked about
 * @param origin the origin country asked about, else the first {@code originCountry} named on the hops, else null
 * @param originBasis why the origin holds: {@code HOP} (a hop names it as origin), {@code PATH} (the country is
 *        on the path), {@code PRODUCER} (it produces or refines a material on the path), {@code EXPORTER} (it
 *        exports one, by commodity); null when no origin was asked
 * @param hops the steps, programme first
 */
public record DependencyPath(EntityView program, EntityView element, EntityView origin, String originBasis,
		List<Hop> hops) {

	/**
	 * Copies.
	 *
	 * @param program the programme (weapon system, product)
	 * @param element the element asked about
	 * @param origin the origin country asked about, else the first {@code originCountry} named on the hops, else null
	 * @param originBasis why the origin holds: {@code HOP} (a hop names it as origin), {@code PATH} (the country is
	 *        on the path), {@code PRODUCER} (it produces or refines a material on the path), {@code EXPORTER} (it
	 *        exports one, by commodity); null when no origin was asked
	 * @param hops the steps, programme first
	 */
	public DependencyPath {
		hops = List.copyOf(hops);
	}
}
