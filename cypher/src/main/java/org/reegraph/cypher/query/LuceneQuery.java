package org.reegraph.cypher.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a user's search text into a safe Lucene query for the full-text index: special characters are
 * escaped (so "F-35 (US)" cannot break the query syntax) and plain words also match as prefixes.
 */
final class LuceneQuery {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	/**
	 * The most words a search may have (Lucene refuses queries of more than 1,024 clauses). Words are counted as
	 * the index's analyser splits them: runs of letters and digits, each Han or Hiragana character on its own — so
	 * "a'b'c" is three words.
	 */
	static final int MAX_WORDS = 64;

	private static final java.util.regex.Pattern WORD = java.util.regex.Pattern
		.compile("[\\p{IsHan}\\p{IsHiragana}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}]]+");

	/** Longer words are matched whole, not as prefixes (Lucene refuses prefix automata of more than 1,000 states). */
	static final int MAX_PREFIX_LENGTH = 100;

	private LuceneQuery() {
	}

	static String of(String text) {
		List<String> clauses = new ArrayList<>();
		long count = WORD.matcher(text).results().count();
		if (count > MAX_WORDS) {
			throw new IllegalArgumentException("The search text has " + count + " words; at most " + MAX_WORDS
					+ " are allowed.");
		}
		for (String word : text.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			String lower = word.toLowerCase(Locale.ROOT);
			if (lower.length() <= MAX_PREFIX_LENGTH && lower.matches("[\\p{L}\\p{N}]+")) {
				clauses.add(lower + " " + lower + "*");
			}
			else {
				clauses.add(escape(lower));
			}
		}
		return String.join(" ", clauses);
	}

	static String escape(String word) {
		StringBuilder sb = new StringBuilder();
		for (char c : word.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				sb.append('\\');
			}
			sb.append(c);
		}
		return sb.toString();
	}
}
