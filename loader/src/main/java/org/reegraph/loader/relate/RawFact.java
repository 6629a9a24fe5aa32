package org.reegraph.loader.relate;

import java.util.Map;
import java.util.Objects;

import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.model.GraphContract;
import org.reegraph.model.RelType;

/**
 * A fact one rule read from one sentence, before resolution and evidence are attached.
 *
 * @param type the relationship type
 * @param from the start entity
 * @param to the end entity
 * @param properties the fact's properties (contract names: quantity, unit, valueUsd, period …)
 * @param rule the rule's name
 * @param confidence the rule's confidence in this reading, 0–1
 */
public record RawFact(RelType type, EntityRef from, EntityRef to, Map<String, Object> properties, String rule,
		double confidence) {

	/**
	 * Validates against the contract.
	 *
	 * @param type the relationship type
	 * @param from the start entity
	 * @param to the end entity
	 * @param properties the fact's properties (contract names: quantity, unit, valueUsd, period …)
	 * @param rule the rule's name
	 * @param confidence the rule's confidence in this reading, 0–1
	 */
	public RawFact {
		Objects.requireNonNull(type, "A fact needs a type.");
		Objects.requireNonNull(from, "A fact needs a start entity.");
		Objects.requireNonNull(to, "A fact needs an end entity.");
		GraphContract.requireAllowed(from.label(), type, to.label());
		properties = Map.copyOf(properties == null ? Map.of() : properties);
	}
}
