package org.reegraph.loader.extraction;

import java.util.List;
import java.util.Objects;

import org.reegraph.loader.parse.Article;

/**
 * What one document yielded: its articles, entities and facts, or the reason it was rejected.
 *
 * @param document the document name
 * @param contentHash a SHA-256 of the document's text (null when rejected)
 * @param articles the articles read
 * @param entities the entities mentioned (each once)
 * @param facts the facts read, each with its evidence
 * @param mentions which article mentions which entity, with the first sentence naming it
 * @param rejection why the document was rejected, or null
 */
public record DocumentExtraction(String document, String contentHash, List<Article> articles,
		List<ExtractedEntity> entities, List<ExtractedFact> facts, List<MentionRecord> mentions, Rejection rejection) {

	/**
	 * Validates and copies.
	 *
	 * @param document the document name
	 * @param contentHash a SHA-256 of the document's text (null when rejected)
	 * @param articles the articles read
	 * @param entities the entities mentioned (each once)
	 * @param facts the facts read, each with its evidence
	 * @param mentions which article mentions which entity, with the first sentence naming it
	 * @param rejection why the document was rejected, or null
	 */
	public DocumentExtraction {
		Objects.requireNonNull(document, "A document extraction needs the document name.");
		articles = List.copyOf(articles);
		entities = List.copyOf(entities);
		facts = List.copyOf(facts);
		mentions = List.copyOf(mentions);
	}

	/**
	 * {@return a rejected document}
	 *
	 * @param rejection why
	 */
	public static DocumentExtraction rejected(Rejection rejection) {
		return new DocumentExtraction(rejection.document(), null, List.of(), List.of(), List.of(), List.of(), rejection);
	}

	/** {@return whether the document was rejected} */
	public boolean isRejected() {
		return rejection != null;
	}

	/**
	 * An article mentions an entity.
	 *
	 * @param articleId the article id
	 * @param entityId the entity id
	 * @param text the words used
	 * @param sentence the first sentence that names it
	 */
	public record MentionRecord(String articleId, String entityId, String text, String sentence) {
	}
}
