package org.reegraph.cypher.query;

import java.util.List;
import java.util.Map;

/**
 * One step of a {@link DependencyPath}: the relationship between two entities and every source that states it.
 *
 * @param from the entity the step starts at (nearer the programme)
 * @param type the relationship type, e.g. {@code DEPENDS_ON}
 * @param to the entity the step ends at (nearer the element)
 * @param forward true when the relationship points from {@code from} to {@code to} as stored (DEPENDS_ON,
 *        CONTAINS), false when the path walks it backwards (the supplier of a SUPPLIES or EXPORTS_TO)
 * @param properties the fact's properties (originCountry, sharePct…), nulls left out
 * @param evidence every source statement of this relationship between these two entities
 */
public record Hop(EntityView from, String type, EntityView to, boolean forward, Map<String, Object> properties,
		List<EvidenceView> evidence) {

	/**
	 * Copies.
	 *
	 * @param from the entity the step starts at (nearer the programme)
	 * @param type the relationship type, e.g. {@code DEPENDS_ON}
	 * @param to the entity the step ends at (nearer the element)
	 * @param forward true when the relationship points from {@code from} to {@code to} as stored (DEPENDS_ON,
	 *        CONTAINS), false when the path walks it backwards (the supplier of a SUPPLIES or EXPORTS_TO)
	 * @param properties the fact's properties (originCountry, sharePct…), nulls left out
	 * @param evidence every source statement of this relationship between these two entities
	 */
	public Hop {
		properties = properties == null ? Map.of() : Map.copyOf(properties);
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}
}
