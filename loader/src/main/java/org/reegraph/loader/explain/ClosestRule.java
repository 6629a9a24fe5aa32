package org.reegraph.loader.explain;

import java.util.List;
import java.util.Objects;

/**
 * A rule that came close to making a fact of a sentence that made none.
 */
public sealed interface ClosestRule permits ClosestRule.TriggerFound, ClosestRule.NoTrigger {

	/** {@return the rule's id in its rule file} */
	String rule();

	/**
	 * The rule's trigger word occurs, but the rule did not fire.
	 *
	 * @param rule the rule's id
	 * @param trigger the trigger word as written
	 * @param reason why it did not fire ({@code negated}, {@code no pp [in, into] of label [Company]} …)
	 */
	record TriggerFound(String rule, String trigger, String reason) implements ClosestRule {

		/**
		 * Validates.
		 *
		 * @param rule the rule's id
		 * @param trigger the trigger word as written
		 * @param reason why it did not fire
		 */
		public TriggerFound {
			Objects.requireNonNull(rule, "A closest rule needs the rule id.");
		}
	}

	/**
	 * No rule's trigger word occurs; this rule's two slots would take two of the sentence's mentions, had the
	 * sentence one of its trigger words.
	 *
	 * @param rule the rule's id
	 * @param type the relationship type it makes
	 * @param triggers its trigger lemmas (English) or words (Chinese)
	 * @param from the mention its start slot would take
	 * @param to the mention its end slot would take
	 */
	record NoTrigger(String rule, String type, List<String> triggers, MentionExplanation from, MentionExplanation to)
			implements ClosestRule {

		/**
		 * Validates and copies.
		 *
		 * @param rule the rule's id
		 * @param type the relationship type it makes
		 * @param triggers its trigger lemmas (English) or words (Chinese)
		 * @param from the mention its start slot would take
		 * @param to the mention its end slot would take
		 */
		public NoTrigger {
			Objects.requireNonNull(rule, "A closest rule needs the rule id.");
			triggers = List.copyOf(triggers);
		}
	}
}
