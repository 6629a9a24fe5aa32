package org.reegraph.loader.annotate;

import java.util.List;

/**
 * A sentence with its tokens and groups: what the linguistic rules read.
 *
 * @param text the sentence
 * @param language {@code en} or {@code zh}
 * @param tokens the tokens in order
 * @param chunks the groups in order (empty for languages without a tagger)
 */
public record AnnotatedSentence(String text, String language, List<Token> tokens, List<Chunk> chunks) {

	/**
	 * Copies the lists.
	 *
	 * @param text the sentence
	 * @param language {@code en} or {@code zh}
	 * @param tokens the tokens in order
	 * @param chunks the groups in order
	 */
	public AnnotatedSentence {
		tokens = List.copyOf(tokens);
		chunks = List.copyOf(chunks);
	}

	/**
	 * {@return the index of the token that covers a character offset, or the next token after it; the token
	 * count when none does}
	 *
	 * @param offset a character offset
	 */
	public int tokenAt(int offset) {
		int lo = 0;
		int hi = tokens.size() - 1;
		int found = tokens.size();
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			if (tokens.get(mid).end() > offset) {
				found = mid;
				hi = mid - 1;
			}
			else {
				lo = mid + 1;
			}
		}
		return found;
	}

	/**
	 * {@return the index of the last token that ends at or before a character offset, or -1}
	 *
	 * @param offset a character offset
	 */
	public int tokenBefore(int offset) {
		int i = tokenAt(offset);
		if (i < tokens.size() && tokens.get(i).start() < offset) {
			return i;
		}
		return i - 1;
	}

	/**
	 * {@return the group holding a token, or null}
	 *
	 * @param token a token index
	 */
	public Chunk chunkOf(int token) {
		for (Chunk c : chunks) {
			if (c.contains(token)) {
				return c;
			}
			if (c.first() > token) {
				return null;
			}
		}
		return null;
	}


}
