package org.reegraph.api.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic hostile strings for fuzzing string arguments: Cypher fragments that try to break out of a
 * string or a label, quotes and backticks, {@code $parameters}, Lucene and regex syntax, GraphQL and JSON
 * breakers, control characters, unicode escapes, bidirectional and zero-width marks, lone surrogates and very
 * long strings — alone and combined. The same seed always yields the same list.
 */
public final class HostileInputs {

	/** Fragments aimed at the statements, the full-text index and the parsers. */
	static final List<String> FRAGMENTS = List.of(
			"'}) MATCH (n) DETACH DELETE n //",
			"\"}) MATCH (n) DETACH DELETE n //",
			"') RETURN 1 UNION MATCH (n) DETACH DELETE n //",
			"` ) DETACH DELETE n //",
			"`Country`:`Element`",
			"Dy' OR 1=1 OR 'a'='a",
			"Dy\" OR \"1\"=\"1",
			"*/ MATCH (n) SET n.pwned = true /*",
			"'; CALL dbms.killQueries([]) //",
			"CALL db.labels() YIELD label RETURN label",
			"LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
			"CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
			"$param", "$element", "${reegraph.api.token}", "{id: $id}", "{{7*7}}", "#{7*7}",
			"\\' \\\" \\\\ \\u0027 \\u0060", "\\", "''", "\"\"", "``", "'", "\"", "`",
			"+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "AND OR NOT", "title:*", "*", "?", "~", "a~0.1", "[* TO *]",
			".*", "(?i).*", "%", "_", "%00",
			"\"){ __schema { types { name } } } q: entity(id: \"", "\"\"\"", "#", "query { __typename }",
			"\"}]}", "{\"a\":", "\n\r\t", "\u0000", "\u0000MATCH (n) DETACH DELETE n", "\u0007\u001b[31m",
			"\u202Eevil\u202C", "\u200B\u200C\u200D\uFEFF", "\u0301\u0301\u0301", "\uD83D\uDCA3", "\uD800", "\uDFFF",
			"中国", "稀土", "диспрозий", "ديسبروسيوم", "Ｄｙ", "ǅy", "İ", "ß",
			"../../etc/passwd", "<script>alert(1)</script>", "%s%s%n", "null", "NULL", "undefined", "true", "0", "-1",
			"1e309", "NaN", " ", "", "Dy", "CN", "country:CN", "element:Dy");

	private HostileInputs() {
	}

	/**
	 * Generates hostile strings.
	 *
	 * @param count how many
	 * @param seed the random seed (same seed, same strings)
	 * @return the strings: every fragment once, then random combinations; every 97th a string of about 100,000
	 *         characters (one word, many words, or repeated fragments)
	 */
	public static List<String> generate(int count, long seed) {
		Random random = new Random(seed);
		List<String> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			if (i < FRAGMENTS.size()) {
				out.add(FRAGMENTS.get(i));
			}
			else if (i % 97 == 0) {
				out.add(longString(random));
			}
			else {
				out.add(combination(random));
			}
		}
		return out;
	}

	private static String combination(Random random) {
		StringBuilder sb = new StringBuilder();
		int parts = 1 + random.nextInt(4);
		for (int p = 0; p < parts; p++) {
			String fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
			sb.append(random.nextInt(4) == 0 ? fragment.toUpperCase(java.util.Locale.ROOT) : fragment);
			switch (random.nextInt(6)) {
				case 0 -> sb.append(' ');
				case 1 -> sb.append((char) random.nextInt(0x20));
				case 2 -> sb.append((char) (0x80 + random.nextInt(0xD000)));
				case 3 -> sb.append("\\u").append(String.format("%04x", random.nextInt(0x10000)));
				default -> {
				}
			}
		}
		return sb.toString();
	}

	private static String longString(Random random) {
		switch (random.nextInt(3)) {
			case 0 -> {
				return "x".repeat(100_000);
			}
			case 1 -> {
				return "dy ".repeat(33_000);
			}
			default -> {
			}
		}
		String fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
		StringBuilder sb = new StringBuilder(100_100);
		while (sb.length() < 100_000) {
			sb.append(fragment.isEmpty() ? "x" : fragment).append(random.nextBoolean() ? "'" : "`");
		}
		return sb.toString();
	}
}
