package org.reegraph.loader.annotate;

/**
 * One token of a sentence with its Universal Dependencies part-of-speech tag and its lemma.
 *
 * @param text the token as written
 * @param start offset of its first character in the sentence
 * @param end offset after its last character
 * @param tag the UD part-of-speech tag ({@code NOUN}, {@code VERB}, {@code ADP} …); {@code X} where no tagger
 *        runs (Chinese)
 * @param lemma the lemma, lower case ("invested" → "invest"); the word itself where no lemmatiser runs
 */
public record Token(String text, int start, int end, String tag, String lemma) {

	/**
	 * {@return whether the tag is one of the given ones}
	 *
	 * @param tags UD tags
	 */
	public boolean is(String... tags) {
		for (String t : tags) {
			if (t.equals(tag)) {
				return true;
			}
		}
		return false;
	}

	/** {@return whether the token is a possessive marker: 's, ’s, or the apostrophe of "MP Materials’"} */
	public boolean isPossessive() {
		return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
	}
}
