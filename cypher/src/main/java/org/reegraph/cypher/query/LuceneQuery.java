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

	private LuceneQuery() {
	}

	static String of(String text) {
		List<String> clauses = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			String lower = word.toLowerCase(Locale.ROOT);
			if (lower.matches("[\\p{L}\\p{N}]+")) {
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
