package org.reegraph.loader.recognize;

import java.util.Objects;

/**
 * A span of a sentence that names an entity.
 *
 * @param start offset of the first character in the sentence
 * @param end offset after the last character
 * @param text the text as written
 * @param entity the entity it names
 * @param adjective whether the text is an adjective or demonym ("Chinese"), which modifies rather than
 *        names a participant
 * @param rule how it was recognised: {@code gazetteer}, {@code pattern.company}, …
 */
public record Mention(int start, int end, String text, EntityRef entity, boolean adjective, String rule) {

	/**
	 * Validates.
	 *
	 * @param start offset of the first character in the sentence
	 * @param end offset after the last character
	 * @param text the text as written
	 * @param entity the entity it names
	 * @param adjective whether the text is an adjective or demonym ("Chinese"), which modifies rather than
	 *        names a participant
	 * @param rule how it was recognised: {@code gazetteer}, {@code pattern.company}, …
	 */
	public Mention {
		Objects.requireNonNull(entity, "A mention needs an entity.");
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("A mention spans at least one character, got " + start + ".." + end + ".");
		}
	}

	/**
	 * {@return whether this mention overlaps another}
	 *
	 * @param other the other mention
	 */
	public boolean overlaps(Mention other) {
		return start < other.end && other.start < end;
	}

	/** {@return the span length} */
	public int length() {
		return end - start;
	}
}
