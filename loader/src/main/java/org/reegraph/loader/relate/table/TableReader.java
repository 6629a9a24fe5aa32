package org.reegraph.loader.relate.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.reegraph.loader.recognize.EntityRecognizer;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.model.Label;

/**
 * Reads the statistical tables of a report into facts. A table is one or two header lines ("Mine production |
 * Reserves" over "2023 | 2024e", or "Country | Share of imports (%)") followed directly by country rows, cells
 * separated by pipes, tabs or spaces; the caption lines above it give the unit ("metric tons", "tonnes",
 * "kg") and the commodity, and for a share table the importer.
 *
 * <ul>
 * <li>A production column gives {@code PRODUCES} (quantity, unit, year), a reserves column
 * {@code HOLDS_RESERVES} (quantity, unit), an import-share column {@code EXPORTS_TO} the caption's country
 * (sharePct, commodity); rules {@code table.production}, {@code table.reserves}, {@code table.import-share},
 * confidence 0.9, the row as written for evidence.</li>
 * <li>The commodity is the first element or material named in the caption, the header, the heading lines above
 * the caption or else the title, nearest first, outside the unit's parenthesis; a table without one (or without
 * a unit, or a share table whose caption names no importer) makes no fact and is rejected as a whole.</li>
 * <li>Footnote digits are dropped: "Australia,7", "3410,000" (note 3, 410,000). "NA", "W", "—", "XX" are no
 * value; zero makes no fact. "World total" and "Other countries" rows make no fact.</li>
 * <li>A row whose cell count differs from the header's, with a cell that is not a number, or whose name is
 * not exactly one known country is rejected with the reason, never guessed.</li>
 * </ul>
 * Immutable and thread-safe (the recogniser is stateless).
 */
public final class TableReader {

	/** Confidence of every table fact: the figures are stated, the reading of the layout may still be wrong. */
	public static final double CONFIDENCE = 0.9;

	private static final int CAPTION_LINES = 3;
	private static final int HEADING_LINES = 2;

	private final EntityRecognizer recognizer;

	/**
	 * Creates a reader.
	 *
	 * @param recognizer the recogniser that names countries and commodities (the document's gazetteer)
	 */
	public TableReader(EntityRecognizer recognizer) {
		this.recognizer = Objects.requireNonNull(recognizer, "A table reader needs an entity recogniser.");
	}

	/**
	 * Reads every table of a text.
	 *
	 * @param title the article's title, where the commodity is looked for last (may be null)
	 * @param text the body text, lines as written
	 * @return the facts with their rows, and the rejected rows and tables; empty for prose
	 */
	public TableReading read(String title, String text) {
		Objects.requireNonNull(text, "The text to read tables from must not be null.");
		String[] lines = withoutRanksAndCitations(text.split("\\R", -1));
		List<TableReading.Fact> facts = new ArrayList<>();
		List<TableReading.Rejection> rejections = new ArrayList<>();
		int floor = 0; // captions are looked for after the previous table only
		int i = 0;
		while (i < lines.length) {
			if (!Header.isHeader(lines[i])) {
				i++;
				continue;
			}
			List<String> header = new ArrayList<>();
			int h = i;
			while (h < lines.length && (Header.isHeader(lines[h]) || (h > i && Cells.isRule(lines[h])))) {
				if (!Cells.isRule(lines[h])) {
					header.add(lines[h]);
				}
				h++;
			}
			int r = h;
			while (r < lines.length && (Cells.isRow(lines[r]) || Cells.isRule(lines[r]))) {
				r++;
			}
			if (r > h) {
				List<String> rows = new ArrayList<>();
				for (int k = h; k < r; k++) {
					if (!Cells.isRule(lines[k])) {
						rows.add(lines[k]);
					}
				}
				List<Integer> caption = above(lines, i - 1, floor, CAPTION_LINES);
				int captionTop = caption.isEmpty() ? i : caption.get(caption.size() - 1);
				List<Integer> heading = above(lines, captionTop - 1, floor, HEADING_LINES);
				var table = new TableRows(recognizer, header, rows, caption.stream().map(k -> lines[k]).toList(),
						heading.stream().map(k -> lines[k]).toList(), title);
				table.read(facts, rejections);
				floor = r;
			}
			i = Math.max(h, r);
		}
		return facts.isEmpty() && rejections.isEmpty() ? TableReading.EMPTY : new TableReading(facts, rejections);
	}

	private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern
		.compile("\\s*\\[(?:\\d{1,3}|[a-z])\\]");
	private static final java.util.regex.Pattern RANK_HEADER = java.util.regex.Pattern
		.compile("(?i)^\\s*(?:rank|#|no\\.?)\\s*\\|(.*)$");
	private static final java.util.regex.Pattern RANK_CELL = java.util.regex.Pattern.compile("^\\s*(?:\\d{1,3}\\.?)?\\s*\\|(.*)$");

	/**
	 * Web tables copied as text carry citation markers ("2019 [3]", "5,000 [a]") and often a first "Rank"
	 * column: both are dropped before the table is read, so the rows line up with the header.
	 */
	static String[] withoutRanksAndCitations(String[] lines) {
		String[] out = new String[lines.length];
		boolean ranked = false;
		for (int i = 0; i < lines.length; i++) {
			String line = CITATION.matcher(lines[i]).replaceAll("");
			java.util.regex.Matcher header = RANK_HEADER.matcher(line);
			java.util.regex.Matcher cell = RANK_CELL.matcher(line);
			if (header.matches()) {
				ranked = true;
				line = header.group(1).strip();
			}
			else if (ranked && cell.matches()) {
				line = cell.group(1).strip();
			}
			else if (line.isBlank() || !line.contains("|")) {
				ranked = false;
			}
			out[i] = line;
		}
		return out;
	}

	/** {@return the indexes of up to {@code max} non-blank lines from {@code from} upwards (one paragraph)} */
	static List<Integer> above(String[] lines, int from, int floor, int max) {
		List<Integer> out = new ArrayList<>();
		int k = from;
		while (k >= floor && lines[k].isBlank()) {
			k--;
		}
		while (k >= floor && !lines[k].isBlank() && out.size() < max) {
			out.add(k);
			k--;
		}
		return out;
	}

	/**
	 * {@return the first element or material the texts name, nearest first, ignoring the unit's parenthesis}
	 *
	 * @param recognizer the recogniser
	 * @param texts the texts to look in, nearest first
	 */
	static Optional<EntityRef> commodity(EntityRecognizer recognizer, List<String> texts) {
		for (String text : texts) {
			String outsideUnit = Header.UNIT_PARENTHESIS.matcher(text)
				.replaceAll(m -> Header.unit(m.group()) == null ? m.group() : " ".repeat(m.group().length()));
			// "rare-earth" as written in statistical summaries is the gazetteer's "rare earth"
			String spaced = outsideUnit.replaceAll("(?<=\\p{L})-(?=\\p{L})", " ");
			Optional<EntityRef> found = first(recognizer, spaced, Label.ELEMENT);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** {@return the first entity of a label the text names} */
	static Optional<EntityRef> first(EntityRecognizer recognizer, String text, Label label) {
		return names(recognizer, text).stream()
			.filter(m -> m.entity().label() == label)
			.map(Mention::entity)
			.findFirst();
	}

	/**
	 * {@return the catalog names in a text, longest first where they overlap, in text order}. The gazetteer
	 * alone: a table's cells name countries and commodities, and the name patterns would read "Neodymium mine
	 * production" as a mine.
	 */
	static List<Mention> names(EntityRecognizer recognizer, String text) {
		List<Mention> all = new ArrayList<>(recognizer.gazetteer().find(text));
		all.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
		List<Mention> kept = new ArrayList<>();
		for (Mention m : all) {
			if (kept.stream().noneMatch(m::overlaps)) {
				kept.add(m);
			}
		}
		kept.sort(Comparator.comparingInt(Mention::start));
		return kept;
	}
}
