package org.reegraph.loader.relate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/**
 * One relation rule read from a rule file ({@code rules/en.yaml}, {@code rules/zh.yaml}): a trigger word,
 * the two argument slots with the syntactic role that fills each, which amounts fill which property, and a
 * confidence. The {@link RuleEngine} reads sentences with it; see docs/extraction.md for the rule language.
 *
 * @param id the rule's id, recorded on every fact it makes ({@code invests.verb})
 * @param language {@code en} or {@code zh}
 * @param type the relationship type it makes
 * @param trigger the words that trigger it
 * @param from the slot of the start entity
 * @param to the slot of the end entity
 * @param properties fact property → where its value comes from ({@code amountUsd: money})
 * @param fixed fact properties with a fixed value ({@code instrument: loan})
 * @param requires other words the clause must hold near the trigger, or null
 * @param forbids words that, near the trigger in its clause, stop the rule ("banned rare earth exports to Japan"
 *        is no export), or null
 * @param unless a slot that, when some name fills it, stops the rule ("relies on China FOR rare earths" is a
 *        dependence on the material, read by another rule), or null
 * @param modal what to do when the trigger is planned, proposed or threatened: keep the fact with a
 *        {@code status}, or drop it
 * @param confidence the confidence of a fact it makes, before modality
 * @param examples sentences the rule must read, with what it must make of them (run by the tests)
 * @param source the rule file and line, for messages
 */
public record LinguisticRule(String id, String language, RelType type, Trigger trigger, Slot from, Slot to,
		Map<String, Source> properties, Map<String, Object> fixed, Requires requires, Requires forbids, Slot unless,
		Modal modal,
		double confidence, List<Example> examples, String source) {

	/**
	 * Copies the collections.
	 *
	 * @param id the rule's id, recorded on every fact it makes ({@code invests.verb})
	 * @param language {@code en} or {@code zh}
	 * @param type the relationship type it makes
	 * @param trigger the words that trigger it
	 * @param from the slot of the start entity
	 * @param to the slot of the end entity
	 * @param properties fact property → where its value comes from ({@code amountUsd: money})
	 * @param fixed fact properties with a fixed value ({@code instrument: loan})
	 * @param requires other words the clause must hold near the trigger, or null
	 * @param forbids words that, near the trigger in its clause, stop the rule ("banned rare earth exports to
	 *        Japan" is no export), or null
 * @param unless a slot that, when some name fills it, stops the rule ("relies on China FOR rare earths" is a
 *        dependence on the material, read by another rule), or null
	 * @param modal what to do when the trigger is planned, proposed or threatened: keep the fact with a
	 *        {@code status}, or drop it
	 * @param confidence the confidence of a fact it makes, before modality
	 * @param examples sentences the rule must read, with what it must make of them (run by the tests)
	 * @param source the rule file and line, for messages
	 */
	public LinguisticRule {
		properties = Map.copyOf(properties);
		fixed = Map.copyOf(fixed);
		examples = List.copyOf(examples);
	}

	/**
	 * The words that trigger a rule.
	 *
	 * @param lemmas the lemmas (English) or words (Chinese)
	 * @param pos the UD tags the trigger may have (empty: any)
	 */
	public record Trigger(Set<String> lemmas, Set<String> pos) {
	}

	/** The syntactic roles that fill a slot. */
	public enum Role {
		/** The subject of a verb trigger (the agent of a passive one); for a noun trigger its possessor, its
		 * modifier, a {@code by} phrase or the subject of the light verb it is the object of. */
		SUBJECT,
		/** The direct object of a verb trigger (the subject of a passive one); for a noun trigger its {@code of}
		 * phrase. */
		OBJECT,
		/** The object of a preposition from {@code via} after the trigger (before it as well, in Chinese). */
		PP,
		/** "X's" in the trigger's noun group. */
		POSSESSOR,
		/** A name or demonym modifying the trigger noun ("Chinese exports", "U.S. imports"). */
		MODIFIER,
		/** The name the trigger noun is part of or ends ("the Caldeira Project", "its Pela Ema mine"). */
		HEAD
	}

	/**
	 * An argument slot.
	 *
	 * @param role the role that fills it
	 * @param via the prepositions, for {@link Role#PP}
	 * @param labels the labels it accepts (the relationship type's own where the file names none)
	 * @param demonyms whether a demonym ("Chinese") may fill it
	 * @param adjacent for {@link Role#PP}: the preposition must follow the trigger (or the name it ends) at once; for
	 *        {@link Role#OBJECT} of a participle or passive: the name must stand right before it ("Lynas Malaysia,
	 *        located in …", "X is located in …"), not anywhere earlier in the clause
	 */
	public record Slot(Role role, List<String> via, Set<Label> labels, boolean demonyms, boolean adjacent) {

		/**
		 * Copies the collections.
		 *
		 * @param role the role that fills it
		 * @param via the prepositions, for {@link Role#PP}
		 * @param labels the labels it accepts (the relationship type's own where the file names none)
		 * @param demonyms whether a demonym ("Chinese") may fill it
		 * @param adjacent for {@link Role#PP}: the preposition must follow the trigger (or the name it ends) at once;
		 *        for {@link Role#OBJECT} of a participle or passive: the name must stand right before it
		 */
		public Slot {
			via = List.copyOf(via);
			labels = Set.copyOf(labels);
		}
	}

	/** Where a property's value comes from. */
	public enum Source {
		/** The money amount nearest the trigger in its clause, in USD. */
		MONEY,
		/** The quantity nearest the trigger ({@code quantity} and {@code unit}). */
		QUANTITY,
		/** A percentage in the clause that is not a change. */
		PERCENT,
		/** A percentage in the clause next to a word of change (rise, fall …), negative for a fall. */
		CHANGE,
		/** The year named in the clause. */
		YEAR,
		/** The month or year the clause speaks of ({@code YYYY-MM} or {@code YYYY}). */
		PERIOD,
		/** The element or material named in the clause that is not an argument. */
		COMMODITY,
		/** A price per kilogram in USD. */
		PRICE_PER_KG,
		/** The ISO code of a country named as a prepositional object in the clause but not an argument ("on China"). */
		ORIGIN
	}

	/**
	 * Words the clause must hold near the trigger.
	 *
	 * @param lemmas the lemmas, any of which will do
	 * @param within how many tokens away at most
	 */
	public record Requires(Set<String> lemmas, int within) {
	}

	/** What a rule does with a planned, proposed or threatened trigger. */
	public enum Modal {
		/** Keep the fact, with a {@code status} property and a lower confidence. */
		STATUS,
		/** Make no fact. */
		DROP
	}

	/**
	 * A sentence a rule must read, and what it must make of it.
	 *
	 * @param says the sentence
	 * @param gives the facts, as {@code "<from name> -> <to name>"}; empty when the rule must make none
	 */
	public record Example(String says, List<String> gives) {

		/**
		 * Copies the list.
		 *
		 * @param says the sentence
		 * @param gives the facts, as {@code "<from name> -> <to name>"}; empty when the rule must make none
		 */
		public Example {
			gives = List.copyOf(gives);
		}
	}
}
