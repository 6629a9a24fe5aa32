package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A keyset window over an entity's relationships of one type and direction, in their order: newest statement
 * first (undated ones before every dated one), then by factId. Unlike an offset, a key stays where it is when
 * statements are added, so a page that starts after it neither repeats nor skips what was there before.
 *
 * @param after only relationships that sort after this key, or null
 * @param before only relationships that sort before this key, or null
 * @param backward true to take the page from the end of the window (the last ones), false from its start
 * @param withTotal true to also count every relationship the filter keeps, whatever the keys
 */
public record RelationWindow(Key after, Key before, boolean backward, boolean withTotal) {

	/** Undated statements sort as if published on this date: newest, so first, as the list fields put them. */
	public static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);

	/** The whole list from its start, uncounted: what the offset-paged list fields ask. */
	public static final RelationWindow NONE = new RelationWindow(null, null, false, false);

	/**
	 * A relationship's place in the order.
	 *
	 * @param published its statement's publication date; null for an undated document
	 * @param factId its factId (unique per relationship type)
	 */
	public record Key(LocalDate published, String factId) {

		/**
		 * Checks the key.
		 *
		 * @param published its statement's publication date; null for an undated document
		 * @param factId its factId (unique per relationship type)
		 */
		public Key {
			Objects.requireNonNull(factId, "A relationship key needs the factId.");
		}

		/**
		 * {@return the key of a relationship as the statements return it}
		 *
		 * @param relation the relationship
		 */
		public static Key of(Relation relation) {
			return new Key(relation.evidence().published(), relation.evidence().factId());
		}

		LocalDate sortDate() {
			return published == null ? UNDATED : published;
		}
	}
}
