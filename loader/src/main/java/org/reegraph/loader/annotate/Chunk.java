package org.reegraph.loader.annotate;

/**
 * A phrase of a sentence, derived from the part-of-speech tags by a small grammar (see
 * {@link EnglishAnnotator}): a noun group, a verb group or a preposition.
 *
 * @param kind the kind of group
 * @param first the index of its first token
 * @param last the index of its last token (inclusive)
 */
public record Chunk(Kind kind, int first, int last) {

	/** The kinds of group. */
	public enum Kind {
		/** A noun group: determiners, numbers, adjectives and nouns holding a noun, proper noun, pronoun or number. */
		NP,
		/** A verb group: auxiliaries, adverbs, particles and verbs. */
		VP,
		/** A preposition (its object is the noun group after it). */
		PP
	}

	/**
	 * {@return whether a token index lies in this group}
	 *
	 * @param token a token index
	 */
	public boolean contains(int token) {
		return token >= first && token <= last;
	}
}
