package org.reegraph.loader.text;

import java.util.Objects;

/**
 * One sentence of an article, as the extraction stages see it.
 *
 * @param text the sentence without citation markers, white space collapsed
 * @param index the 0-based position of the sentence in its article
 * @param section the heading of the section it stands in ("Group 2: Supply Chain Dynamics"), or null
 */
public record Sentence(String text, int index, String section) {

	/**
	 * Validates the components.
	 *
	 * @param text the sentence without citation markers, white space collapsed
	 * @param index the 0-based position of the sentence in its article
	 * @param section the heading of the section it stands in ("Group 2: Supply Chain Dynamics"), or null
	 */
	public Sentence {
		Objects.requireNonNull(text, "A sentence needs its text.");
	}

}
