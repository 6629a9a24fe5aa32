package org.reegraph.loader.relate;

import java.util.List;

/**
 * One named way of reading a relationship from a sentence. Implementations are stateless and thread-safe.
 */
public interface RelationRule {

	/** {@return the rule's name, recorded on every fact it produces, e.g. {@code exports.to}} */
	String name();

	/**
	 * Reads facts from a sentence.
	 *
	 * @param context the sentence with its mentions, amounts and discourse
	 * @return the facts, possibly none
	 */
	List<RawFact> apply(SentenceContext context);
}
