package org.reegraph.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds what a response must never show: our Cypher, stack traces, database URIs and secrets. Echoes of the
 * client's own input (an error naming the bad value) are removed first; a generic word such as
 * {@code MATCH (} that the input itself contains is then only counted when it appears outside the echo.
 */
final class Leaks {

	/** Shapes of Cypher, driver errors and stack traces. */
	static final List<String> GENERIC = List.of("MATCH (", "RETURN ", "UNWIND ", "OPTIONAL MATCH", "CALL {", "DETACH DELETE",
			"Neo.ClientError", "Neo.DatabaseError", "Neo.TransientError", "org.neo4j", "at org.", "at java.", "at io.",
			"Exception", "Caused by", ".java:", "neo4j://", "bolt://", "neo4j+s://");

	/** Words from reegraph's own statements and code that no hostile input contains. */
	static final List<String> OURS = List.of("nameLower", "db.index.fulltext", "elementId(", "org.reegraph", "CypherRunner",
			"reegraph.cypher.queries", "$ids", "$element");

	private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	private Leaks() {
	}

	/**
	 * Looks for leaks.
	 *
	 * @param body the response body
	 * @param inputs the hostile values the request carried
	 * @param secrets the API token and the Neo4j password (null entries ignored)
	 * @return a description of each leak found; empty when none
	 */
	static List<String> in(String body, Collection<String> inputs, Collection<String> secrets) {
		List<String> found = new ArrayList<>();
		for (String secret : secrets) {
			if (secret != null && !secret.isEmpty() && body.contains(secret)) {
				found.add("a secret");
			}
		}
		String rest = body;
		List<String> variants = new ArrayList<>();
		for (String input : inputs) {
			for (String v : List.of(input, json(input), input.strip(), json(input.strip()))) {
				if (v.length() >= 2) {
					variants.add(v);
				}
			}
		}
		variants.sort((a, b) -> Integer.compare(b.length(), a.length()));
		for (String v : variants) {
			rest = rest.replace(v, "<input>");
		}
		String inputText = String.join("\n", inputs).toLowerCase(Locale.ROOT);
		for (String p : GENERIC) {
			if (rest.contains(p) && !inputText.contains(p.toLowerCase(Locale.ROOT))) {
				found.add(p);
			}
		}
		for (String p : OURS) {
			if (rest.contains(p) && !inputText.contains(p.toLowerCase(Locale.ROOT))) {
				found.add(p);
			}
		}
		return found;
	}

	/** The string as it appears inside a JSON string (Jackson's escaping). */
	private static String json(String s) {
		try {
			String quoted = JSON.writeValueAsString(Objects.requireNonNull(s));
			return quoted.substring(1, quoted.length() - 1);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
