package org.reegraph.loader.explain;

import java.util.List;
import java.util.Objects;

/**
 * What extraction did with one sentence.
 *
 * @param text the sentence
 * @param mentions the names (and policy or agreement cues) found in it, in text order
 * @param facts the facts it made, every rule's
 * @param rules what each linguistic rule of the rule files did with each trigger word it found; empty for a
 *        sentence with fewer than two entity mentions (the rule files' rules do not read those)
 * @param closest for a sentence with two or more entity mentions and no fact: the rules that came closest
 *        (at most {@value #MAX_CLOSEST}); empty otherwise
 */
public record SentenceExplanation(String text, List<MentionExplanation> mentions, List<FactExplanation> facts,
		List<RuleTrace> rules, List<ClosestRule> closest) {

	/** The most closest rules a sentence lists. */
	public static final int MAX_CLOSEST = 5;

	/**
	 * Validates and copies.
	 *
	 * @param text the sentence
	 * @param mentions the names (and policy or agreement cues) found in it, in text order
	 * @param facts the facts it made, every rule's
	 * @param rules what each linguistic rule of the rule files did with each trigger word it found
	 * @param closest for a sentence with two or more entity mentions and no fact: the rules that came closest
	 */
	public SentenceExplanation {
		Objects.requireNonNull(text, "A sentence explanation needs the sentence.");
		mentions = List.copyOf(mentions);
		facts = List.copyOf(facts);
		rules = List.copyOf(rules);
		closest = List.copyOf(closest);
	}

	/** {@return how many of the mentions name entities (policy and agreement cues not counted)} */
	public long entityMentions() {
		return mentions.stream().filter(m -> !m.cue()).count();
	}
}
