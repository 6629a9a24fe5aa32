package org.reegraph.cypher.query;

import java.util.List;
import java.util.Objects;

/**
 * One page of the articles that mention an entity.
 *
 * @param mentions the page, in the window's direction (reversed when it was taken backward)
 * @param total how many articles mention the entity in all, whatever the window's keys; null when not asked
 */
public record EvidenceSlice(List<Mention> mentions, Long total) {

	/**
	 * Copies.
	 *
	 * @param mentions the page
	 * @param total the count, or null
	 */
	public EvidenceSlice {
		mentions = List.copyOf(mentions);
	}

	/**
	 * One mention: the article's id (its key, with its date) and the evidence the evidence field shows.
	 *
	 * @param articleId the article's id
	 * @param evidence the evidence
	 */
	public record Mention(String articleId, EvidenceView evidence) {

		/**
		 * Checks the mention.
		 *
		 * @param articleId the article's id
		 * @param evidence the evidence
		 */
		public Mention {
			Objects.requireNonNull(articleId, "A mention needs its article id.");
			Objects.requireNonNull(evidence, "A mention needs its evidence.");
		}

		/** {@return its place in the order} */
		public EvidenceWindow.Key key() {
			return new EvidenceWindow.Key(evidence.published(), articleId);
		}
	}
}
