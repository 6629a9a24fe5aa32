package org.reegraph.loader.relate.table;

import java.util.List;
import java.util.Objects;

import org.reegraph.loader.relate.RawFact;

/**
 * What a {@link TableReader} read from one text: the facts, each with the table row it came from, and the
 * rows (or whole tables) it could not read, each with the reason.
 *
 * @param facts the facts in text order
 * @param rejections the rows and tables not read, in text order
 */
public record TableReading(List<Fact> facts, List<Rejection> rejections) {

	/** A text without tables. */
	public static final TableReading EMPTY = new TableReading(List.of(), List.of());

	/**
	 * Copies.
	 *
	 * @param facts the facts in text order
	 * @param rejections the rows and tables not read, in text order
	 */
	public TableReading {
		facts = List.copyOf(facts);
		rejections = List.copyOf(rejections);
	}

	/**
	 * One fact and its evidence.
	 *
	 * @param fact the fact (rule {@code table.production}, {@code table.reserves} or {@code table.import-share})
	 * @param row the table row as written, the fact's evidence sentence
	 */
	public record Fact(RawFact fact, String row) {

		/**
		 * Validates.
		 *
		 * @param fact the fact
		 * @param row the table row as written
		 */
		public Fact {
			Objects.requireNonNull(fact, "A table fact needs the fact.");
			Objects.requireNonNull(row, "A table fact needs the row it was read from.");
		}
	}

	/**
	 * A row that was not read, or a table none of whose rows were (then {@code text} is its first header line).
	 *
	 * @param text the row (or header) as written
	 * @param reason why it was not read, in words for whoever checks the source
	 */
	public record Rejection(String text, String reason) {

		/**
		 * Validates.
		 *
		 * @param text the row (or header) as written
		 * @param reason why it was not read
		 */
		public Rejection {
			Objects.requireNonNull(text, "A rejection needs the text it rejects.");
			Objects.requireNonNull(reason, "A rejection needs a reason.");
		}

		@Override
		public String toString() {
			return reason + ": " + text;
		}
	}
}
