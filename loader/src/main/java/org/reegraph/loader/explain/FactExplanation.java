package org.reegraph.loader.explain;

import java.util.Map;
import java.util.Objects;

/**
 * A fact a sentence made.
 *
 * @param type the relationship type ({@code INVESTS_IN})
 * @param fromId the start entity's resolved id
 * @param fromName the start entity's name
 * @param toId the end entity's resolved id
 * @param toName the end entity's name
 * @param properties the fact's properties
 * @param rule the rule that made it ({@code invests.verb})
 * @param confidence the rule's confidence in it, 0–1
 */
public record FactExplanation(String type, String fromId, String fromName, String toId, String toName,
		Map<String, Object> properties, String rule, double confidence) {

	/**
	 * Validates and copies.
	 *
	 * @param type the relationship type ({@code INVESTS_IN})
	 * @param fromId the start entity's resolved id
	 * @param fromName the start entity's name
	 * @param toId the end entity's resolved id
	 * @param toName the end entity's name
	 * @param properties the fact's properties
	 * @param rule the rule that made it ({@code invests.verb})
	 * @param confidence the rule's confidence in it, 0–1
	 */
	public FactExplanation {
		Objects.requireNonNull(type, "A fact explanation needs the relationship type.");
		Objects.requireNonNull(rule, "A fact explanation needs the rule that made the fact.");
		properties = Map.copyOf(properties);
	}
}
