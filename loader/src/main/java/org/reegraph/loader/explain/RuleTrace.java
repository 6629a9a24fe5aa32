package org.reegraph.loader.explain;

import java.util.Objects;

/**
 * What one linguistic rule did with one trigger word it found in a sentence.
 *
 * @param rule the rule's id in its rule file ({@code invests.verb})
 * @param trigger the trigger word as written ({@code invest})
 * @param fired whether it made a fact
 * @param reason why not ({@code negated}, {@code no subject of label [Company, Country]} …), or the facts it
 *        made
 */
public record RuleTrace(String rule, String trigger, boolean fired, String reason) {

	/**
	 * Validates.
	 *
	 * @param rule the rule's id in its rule file ({@code invests.verb})
	 * @param trigger the trigger word as written ({@code invest})
	 * @param fired whether it made a fact
	 * @param reason why not, or the facts it made
	 */
	public RuleTrace {
		Objects.requireNonNull(rule, "A rule trace needs the rule id.");
		Objects.requireNonNull(trigger, "A rule trace needs the trigger word.");
	}
}
