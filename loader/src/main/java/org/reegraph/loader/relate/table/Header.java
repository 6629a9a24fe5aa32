package org.reegraph.loader.relate.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns a table's header lines announce, and the unit its caption gives. Stateless.
 */
final class Header {

	/** What a value column holds. */
	enum Kind {
		/** Mine production in one year (or undated). */
		PRODUCTION,
		/** Reserves. */
		RESERVES,
		/** The share of the caption's country's imports. */
		IMPORT_SHARE
	}

	/**
	 * A value column.
	 *
	 * @param kind what it holds
	 * @param year the year for production columns, or null
	 */
	record Column(Kind kind, Integer year) {
	}

	/**
	 * The columns read, or why none could be.
	 *
	 * @param columns the value columns in order (empty when {@code problem} is set)
	 * @param problem why the header cannot be read, or null
	 */
	record Columns(List<Column> columns, String problem) {
	}

	/**
	 * A unit and the factor that brings the table's numbers into it ("thousand metric tons" → t, 1000).
	 *
	 * @param unit {@code t} or {@code kg}
	 * @param factor the multiplier
	 */
	record Unit(String unit, BigDecimal factor) {
	}

	/** Words a header line is made of; a line with any other word is a caption or prose, not a header. */
	private static final Set<String> WORDS = Set.of("country", "countries", "mine", "mined", "production", "output",
			"reserves", "reserve", "share", "of", "imports", "import", "%", "percent", "and", "e", "year", "estimated");
	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?:[a-z]\\d?|\\d)?");
	private static final Pattern UNIT = Pattern.compile("\\b(thousand\\s+)?(metric\\s+tons|metric\\s+tonnes|tonnes|tons"
			+ "|kilograms|kilogram|kg)\\b|\\((t|kt)\\)", Pattern.CASE_INSENSITIVE);
	/** A parenthesis that states the unit ("(metric tons of rare-earth-oxide equivalent)"), one level nested. */
	static final Pattern UNIT_PARENTHESIS = Pattern.compile("\\((?:[^()]|\\([^()]*\\))*\\)");

	private Header() {
	}

	/** {@return the header words of a line: lower case, without punctuation and glued footnote digits} */
	private static List<String> words(String line) {
		List<String> out = new ArrayList<>();
		for (String raw : line.replace('|', ' ').replace('\t', ' ').strip().split("\\s+")) {
			String w = raw.toLowerCase(Locale.ROOT).replaceAll("^[(\\[:,;*]+|[)\\]:,;*]+$", "");
			if (w.matches("\\p{L}+\\d{1,2}")) {
				w = w.replaceAll("\\d+$", ""); // "Reserves5": footnote 5
			}
			if (!w.isEmpty() && !w.matches("[-–—=:]+")) {
				out.add(w);
			}
		}
		return out;
	}

	/** {@return whether the line is a header line: only header words, at least one naming a column} */
	static boolean isHeader(String line) {
		if (line.strip().endsWith(".")) {
			return false;
		}
		List<String> words = words(line);
		return !words.isEmpty() && words.stream().allMatch(w -> WORDS.contains(w) || YEAR.matcher(w).matches())
				&& words.stream().anyMatch(w -> isGroup(w) || YEAR.matcher(w).matches());
	}

	private static boolean isGroup(String w) {
		return group(w) != null;
	}

	private static Kind group(String w) {
		return switch (w) {
			case "production", "output" -> Kind.PRODUCTION;
			case "reserves", "reserve" -> Kind.RESERVES;
			case "share" -> Kind.IMPORT_SHARE;
			default -> null;
		};
	}

	private static boolean yearsOnly(List<String> words) {
		return words.stream().allMatch(w -> YEAR.matcher(w).matches());
	}

	private static Integer year(String w) {
		Matcher m = YEAR.matcher(w);
		return m.matches() ? Integer.valueOf(m.group(1)) : null;
	}

	/**
	 * Reads the columns from the header lines. Two layouts: a group line ("Mine production | Reserves") over a
	 * year line ("2023 | 2024e"), where production gets one column per year; or one line read left to right
	 * ("Country | Production 2023 | Production 2024e | Reserves"), where a year is a production column.
	 *
	 * @param lines the header lines, top to bottom
	 * @param context the caption and header text, which may say that bare years are production
	 */
	static Columns columns(List<String> lines, String context) {
		List<String> last = words(lines.get(lines.size() - 1));
		String lower = context.toLowerCase(Locale.ROOT);
		boolean imports = lower.matches("(?s).*\\bimports?\\b.*");
		boolean production = lower.matches("(?s).*\\b(production|output)\\b.*");
		List<Column> columns = new ArrayList<>();
		if (lines.size() >= 2 && yearsOnly(last) && words(lines.get(lines.size() - 2)).stream().noneMatch(
				w -> YEAR.matcher(w).matches())) {
			Kind previous = null;
			for (String w : words(lines.get(lines.size() - 2))) {
				Kind g = group(w);
				if (g == null || g == previous) {
					continue;
				}
				previous = g;
				if (g == Kind.PRODUCTION) {
					last.forEach(y -> columns.add(new Column(Kind.PRODUCTION, year(y))));
				}
				else {
					columns.add(new Column(g, null));
				}
			}
			if (columns.stream().noneMatch(c -> c.kind() == Kind.PRODUCTION)) {
				return new Columns(List.of(), "the years of the header belong to no production column");
			}
		}
		else {
			boolean pending = false;
			for (String w : last) {
				Kind g = group(w);
				if (year(w) != null) {
					if (!production) {
						return new Columns(List.of(), "the header's years are not said to be production");
					}
					columns.add(new Column(Kind.PRODUCTION, year(w)));
					pending = false;
				}
				else if (g == Kind.PRODUCTION) {
					pending = true;
				}
				else if (g != null) {
					if (pending) {
						columns.add(new Column(Kind.PRODUCTION, null));
					}
					pending = false;
					columns.add(new Column(g, null));
				}
			}
			if (pending) {
				columns.add(new Column(Kind.PRODUCTION, null));
			}
		}
		if (columns.stream().anyMatch(c -> c.kind() == Kind.IMPORT_SHARE) && !imports) {
			return new Columns(List.of(), "the header gives a share but not of imports");
		}
		return columns.isEmpty() ? new Columns(List.of(), "the header names no production, reserves or share column")
				: new Columns(List.copyOf(columns), null);
	}

	/**
	 * {@return the unit the text gives ("metric tons", "tonnes", "kg", "thousand metric tons"), or null}
	 *
	 * @param text caption and header lines, nearest first
	 */
	static Unit unit(String text) {
		Matcher m = UNIT.matcher(text);
		if (!m.find()) {
			return null;
		}
		String word = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
		boolean thousand = m.group(1) != null || word.equals("kt");
		String unit = word.startsWith("k") && !word.equals("kt") ? "kg" : "t";
		return new Unit(unit, thousand ? BigDecimal.valueOf(1000) : BigDecimal.ONE);
	}
}
