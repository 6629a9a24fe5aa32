package org.reegraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a fact or an entity came from. Every relationship the loader writes carries one evidence record;
 * two sources that state the same fact give two relationships, so disagreeing figures are never merged.
 *
 * @param document the file name of the source document
 * @param article the article title
 * @param publisher the publisher, or null when the document does not say
 * @param published the publication date, or null when the document does not say
 * @param sentence the verbatim sentence that states the fact
 * @param rule the name of the extraction rule that produced the fact
 * @param confidence the rule's confidence, between 0 and 1
 */
public record Evidence(String document, String article, String publisher, LocalDate published, String sentence,
		String rule, double confidence) {

	/**
	 * Validates the components.
	 *
	 * @param document the file name of the source document
	 * @param article the article title
	 * @param publisher the publisher, or null when the document does not say
	 * @param published the publication date, or null when the document does not say
	 * @param sentence the verbatim sentence that states the fact
	 * @param rule the name of the extraction rule that produced the fact
	 * @param confidence the rule's confidence, between 0 and 1
	 */
	public Evidence {
		Objects.requireNonNull(document, "Evidence needs the document it came from.");
		Objects.requireNonNull(article, "Evidence needs the article title.");
		Objects.requireNonNull(sentence, "Evidence needs the sentence that states the fact.");
		if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
			throw new IllegalArgumentException("A confidence lies between 0 and 1, got " + confidence + ".");
		}
	}
}
