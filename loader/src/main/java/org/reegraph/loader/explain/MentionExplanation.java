package org.reegraph.loader.explain;

/**
 * A span of a sentence that names an entity, and how it was recognised.
 *
 * @param text the words as written
 * @param label the entity's label ({@code Company})
 * @param id the entity's id before resolution ({@code company:mp-materials})
 * @param recognisedBy the recognition rule: {@code gazetteer}, {@code pattern.company}, {@code alias.definite},
 *        {@code cue.policy} …
 * @param adjective whether the words are an adjective or demonym ("Chinese"), which only some slots accept
 */
public record MentionExplanation(String text, String label, String id, String recognisedBy, boolean adjective) {

	/** {@return whether this is a policy or agreement cue rather than the name of an entity} */
	public boolean cue() {
		return recognisedBy != null && recognisedBy.startsWith("cue.");
	}
}
