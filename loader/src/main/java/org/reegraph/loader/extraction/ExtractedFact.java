package org.reegraph.loader.extraction;

import java.util.Map;
import java.util.Objects;

import org.reegraph.model.Evidence;
import org.reegraph.model.RelType;

/**
 * One fact read from one sentence, with its evidence. Two sources stating the same relationship give two
 * facts (and two relationships in the graph), so disagreeing figures stay side by side.
 *
 * @param factId a deterministic id (type, ends, article, sentence and properties), the MERGE key of the
 *        relationship, so re-loads never duplicate
 * @param relationship the relationship type
 * @param from the start entity
 * @param to the end entity
 * @param properties the fact's properties
 * @param evidence where it was read
 */
public record ExtractedFact(String factId, RelType relationship, EntityRefView from, EntityRefView to,
		Map<String, Object> properties, Evidence evidence) {

	/**
	 * Validates and copies.
	 *
	 * @param factId a deterministic id (type, ends, article, sentence and properties), the MERGE key of the
	 *        relationship, so re-loads never duplicate
	 * @param relationship the relationship type
	 * @param from the start entity
	 * @param to the end entity
	 * @param properties the fact's properties
	 * @param evidence where it was read
	 */
	public ExtractedFact {
		Objects.requireNonNull(factId, "A fact needs an id.");
		Objects.requireNonNull(relationship, "A fact needs a relationship type.");
		Objects.requireNonNull(from, "A fact needs a start entity.");
		Objects.requireNonNull(to, "A fact needs an end entity.");
		Objects.requireNonNull(evidence, "A fact without evidence is a bug.");
		properties = Map.copyOf(properties);
	}

	/**
	 * The id, label and name of an entity at one end of a fact.
	 *
	 * @param id the id
	 * @param label the label
	 * @param name the name
	 */
	public record EntityRefView(String id, String label, String name) {
	}

	/** {@return the confidence of the rule that produced this fact} */
	public double confidence() {
		return evidence.confidence();
	}
}
