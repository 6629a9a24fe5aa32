package org.reegraph.loader.relate.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a table row into its name and value cells and reads the values, footnote digits and all.
 * Stateless.
 */
final class Cells {

	/**
	 * A row split into cells.
	 *
	 * @param name the first cell, as written
	 * @param values the other cells, as written
	 */
	record Row(String name, List<String> values) {
	}

	/**
	 * A value cell read: a number, no value ({@code NA}, {@code W} …), or a problem.
	 *
	 * @param number the number, or null
	 * @param problem why the cell cannot be read, or null
	 */
	record Value(BigDecimal number, String problem) {

		static final Value NONE = new Value(null, null);

		static Value problem(String why) {
			return new Value(null, why);
		}
	}

	/** Cells that stand for "no value": not available, withheld, none, not applicable. */
	private static final Set<String> NO_VALUE = Set.of("NA", "N/A", "n.a.", "W", "(W)", "(NA)", "XX", "—", "–", "-",
			"--", "---");

	/** A thousands-grouped number; a first group of 4+ digits carries a footnote ("3410,000" = note 3, 410,000). */
	private static final Pattern GROUPED = Pattern.compile("(\\d+)((?:,\\d{3})+)(\\.\\d+)?");
	private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?");

	/** Footnote digits after a name: "Australia,7", "Russia6", "China 3, 4". */
	private static final Pattern NAME_FOOTNOTE = Pattern.compile("(?:[,\\s]*\\d{1,2})+$");

	/** A Markdown or ASCII rule between a header and its rows: "|---|---:|", "-----". */
	private static final Pattern RULE = Pattern.compile("[\\s|:+=\\-–—]*[-=–—]{3,}[\\s|:+=\\-–—]*");

	private Cells() {
	}

	/** {@return whether the line is a rule drawn between a header and its rows} */
	static boolean isRule(String line) {
		return RULE.matcher(line).matches();
	}

	/**
	 * Splits a line: on pipes when it has them, else on tabs, else the leading words are the name and
	 * everything from the first value-like word on are the values ("Burma 38,000 31,000 NA").
	 */
	static Row split(String line) {
		String s = line.strip();
		if (s.indexOf('|') >= 0) {
			List<String> cells = new ArrayList<>(Arrays.stream(s.split("\\|", -1)).map(String::strip).toList());
			if (s.startsWith("|")) {
				cells.remove(0);
			}
			if (s.endsWith("|") && !cells.isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			return cells.isEmpty() ? new Row("", List.of()) : new Row(cells.get(0), cells.subList(1, cells.size()));
		}
		if (s.indexOf('\t') >= 0) {
			String[] cells = s.split("\\t+");
			return new Row(cells[0].strip(), Arrays.stream(cells, 1, cells.length).map(String::strip).toList());
		}
		String[] words = s.split("\\s+");
		int first = 1;
		while (first < words.length && !looksLikeValue(words[first])) {
			first++;
		}
		return new Row(String.join(" ", Arrays.asList(words).subList(0, first)),
				Arrays.asList(words).subList(first, words.length));
	}

	/**
	 * {@return whether the line reads as a table row}: a name not starting with a digit and at least one value
	 * cell; without pipes or tabs the line must also end with a value, so prose ("… 45,000 tons.") is no row.
	 */
	static boolean isRow(String line) {
		Row row = split(line);
		if (row.name().isEmpty() || Character.isDigit(row.name().charAt(0)) || row.values().isEmpty()) {
			return false;
		}
		return line.indexOf('|') >= 0 || line.indexOf('\t') >= 0
				|| looksLikeValue(row.values().get(row.values().size() - 1));
	}

	private static boolean looksLikeValue(String word) {
		return !word.isEmpty() && (Character.isDigit(word.charAt(0)) || NO_VALUE.contains(word));
	}

	/** {@return the name without footnote digits and trailing punctuation} */
	static String name(String cell) {
		return NAME_FOOTNOTE.matcher(cell.strip()).replaceAll("").replaceAll("[\\s,:;*]+$", "");
	}

	/** Reads one value cell. */
	static Value value(String cell) {
		String c = cell.strip();
		if (c.isEmpty()) {
			return Value.problem("an empty cell where a number must be");
		}
		if (NO_VALUE.contains(c) || NO_VALUE.contains(c.toUpperCase(Locale.ROOT))) {
			return Value.NONE;
		}
		Matcher grouped = GROUPED.matcher(c);
		if (grouped.matches()) {
			String lead = grouped.group(1);
			if (lead.length() > 3) {
				lead = lead.substring(lead.length() - 3); // the digits before the last three are a footnote
				if (lead.startsWith("0")) {
					return Value.problem("'" + c + "' cannot be told apart into footnote and number");
				}
			}
			String fraction = grouped.group(3) == null ? "" : grouped.group(3);
			return new Value(new BigDecimal(lead + grouped.group(2).replace(",", "") + fraction), null);
		}
		if (PLAIN.matcher(c).matches()) {
			return new Value(new BigDecimal(c), null);
		}
		return Value.problem("'" + c + "' is not a number");
	}
}
