package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A keyset window over the articles that mention an entity, in the evidence field's order: newest article first
 * (undated ones before every dated one), then by article id. Like {@link RelationWindow}, a key stays where it is
 * when articles are added, so a page that starts after it neither repeats nor skips what was there before.
 *
 * @param after only mentions that sort after this key, or null
 * @param before only mentions that sort before this key, or null
 * @param backward true to take the page from the end of the window (the last ones), false from its start
 * @param withTotal true to also count every article that mentions the entity, whatever the keys
 */
public record EvidenceWindow(Key after, Key before, boolean backward, boolean withTotal) {

	/** The whole list from its start, uncounted. */
	public static final EvidenceWindow NONE = new EvidenceWindow(null, null, false, false);

	/**
	 * A mention's place in the order.
	 *
	 * @param published its article's publication date; null for an undated article
	 * @param articleId its article's id (an article mentions an entity once)
	 */
	public record Key(LocalDate published, String articleId) {

		/**
		 * Checks the key.
		 *
		 * @param published its article's publication date; null for an undated article
		 * @param articleId its article's id
		 */
		public Key {
			Objects.requireNonNull(articleId, "A mention's key needs the article id.");
		}

		String sortDate() {
			return (published == null ? RelationWindow.UNDATED : published).toString();
		}
	}
}
