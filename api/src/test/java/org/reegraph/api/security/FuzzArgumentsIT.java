package org.reegraph.api.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reegraph.testsupport.ReliabilityReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string argument of every Query field (the connections' cursors as two of them), the enum argument, the relationship filters and the mutation's
 * input, fuzzed with generated hostile strings ({@link HostileInputs}): every argument gets all 1,000 inputs
 * (one request carries each input to every string argument of the Query at once). Each input is sent as a GraphQL variable, as an escaped inline literal and pasted
 * unescaped into the document. Every answer must be HTTP 200 or 400 with data or GraphQL errors, show no Cypher,
 * stack trace, database URI or secret, and the graph must be unchanged (same {@link GraphFingerprint}).
 */
class FuzzArgumentsIT {

	static final int INPUTS = 1000;

	/** The Query's string arguments by class: one field per class per request, the class's arguments in turn. */
	static final List<List<String>> CLASSES = List.of(
			List.of("entity(id: $id) { id }",
					"byId: country(code: \"CN\") { ... on Country { importsFrom(where: {otherId: $id}, first: 1) { type } } }"),
			List.of("country(code: $s) { id }",
					"origin: dependencyPaths(element: \"Dy\", origin: $s, first: 1, maxHops: 2) { program { id } }",
					"programCountry: dependencyPaths(element: \"Dy\", programCountry: $s, first: 1, maxHops: 2) { program { id } }",
					"exposureCountry: exposure(country: $s, element: \"Dy\") { hops }"),
			List.of("element(symbol: $s) { id }",
					"pathElement: dependencyPaths(element: $s, first: 1, maxHops: 2) { program { id } }",
					"exposureElement: exposure(country: \"US\", element: $s) { hops }",
					"supplyShares(element: $s) { role }"),
			List.of("search(text: $s, first: 3) { id }"),
			List.of("labels: search(text: \"rare\", labels: $labels, first: 3) { id }",
					"byLabel: country(code: \"CN\") { ... on Country { exportsTo(where: {otherLabel: $s}, first: 1) { type } } }"),
			List.of("conflicts(entity: $s, first: 1) { property }"),
			List.of("cursor: exposureConnection(country: \"US\", element: \"Dy\", after: $s, first: 1) { totalCount }",
					"relationCursor: country(code: \"CN\") { ... on Country { exportsToConnection(before: $s, last: 1) { totalCount } } }",
					"evidenceCursor: country(code: \"CN\") { ... on Country { evidenceConnection(after: $s, first: 1) { totalCount } } }"));

	/** String arguments of the Query type covered by {@link #CLASSES}, plus loadDocument's name and text. */
	static final int STRING_ARGUMENTS = 17 + 2;

	static final String KIND = "query Kind($k: ProgramKind) { dependencyPaths(element: \"Dy\", programKind: $k, first: 1) { program { id } } }";

	static final String LOAD = "mutation Load($input: DocumentInput!) { loadDocument(input: $input) { documentsLoaded rejected } }";

	static SecuredTarget target;
	static GraphFingerprint before;
	static List<String> inputs;

	final AtomicLong requests = new AtomicLong();
	final List<String> problems = Collections.synchronizedList(new ArrayList<>());
	final AtomicLong leaks = new AtomicLong();

	@BeforeAll
	static void start() {
		target = new SecuredTarget(Map.of());
		before = GraphFingerprint.of(target.driver);
		inputs = HostileInputs.generate(INPUTS, 20251123L);
	}

	@AfterAll
	static void stop() {
		if (target != null) {
			target.close();
		}
	}

	@Test
	void hostileStringsChangeNothingAndLeakNothing() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < inputs.size(); i++) {
				int n = i;
				work.add(pool.submit(() -> fuzz(n)));
			}
			for (Future<?> f : work) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		GraphFingerprint after = GraphFingerprint.of(target.driver);

		ReliabilityReport.scenario("api.fuzz-arguments", "Hostile strings (Cypher fragments, quotes, backticks, $params, "
				+ "unicode, ~100k chars) in each of the " + STRING_ARGUMENTS + " string arguments and the programKind enum, "
				+ INPUTS + " per argument, as variables, inline literals and pasted unescaped; mutation without a valid token")
			.tried((long) INPUTS * (STRING_ARGUMENTS + 1))
			.requests(requests.get())
			.errors(problems.size())
			.leaks(leaks.get())
			.outcome(after.equals(before) ? "every answer HTTP 200/400 with data or a GraphQL error, none internal; graph "
					+ "unchanged (same node and relationship count and SHA-256 before and after)" : "THE GRAPH CHANGED")
			.record();
		assertThat(problems).as("unexpected answers").isEmpty();
		assertThat(leaks.get()).as("responses that leaked").isZero();
		assertThat(after).as("the graph after fuzzing").isEqualTo(before);
	}

	/** The request for every input: each string argument of the Query once, so each argument gets every input. */
	static String query(int i) {
		StringBuilder fields = new StringBuilder();
		for (List<String> arguments : CLASSES) {
			arguments.forEach(a -> fields.append("  ").append(a).append('\n'));
		}
		List<String> definitions = new ArrayList<>();
		if (fields.indexOf("$s") >= 0) {
			definitions.add("$s: String!");
		}
		if (fields.indexOf("$id") >= 0) {
			definitions.add("$id: ID!");
		}
		if (fields.indexOf("$labels") >= 0) {
			definitions.add("$labels: [String!]");
		}
		return "query Fuzz(" + String.join(", ", definitions) + ") {\n" + fields + "}";
	}

	private void fuzz(int i) {
		String input = inputs.get(i);
		String query = query(i);
		String pasted = input.length() > 200 ? input.substring(0, 200) : input;
		Map<String, Object> vars = new HashMap<>();
		vars.put("s", input);
		vars.put("id", input);
		vars.put("labels", List.of(input));
		vars.keySet().removeIf(k -> !query.contains("$" + k + ":"));
		check(target.post(query, vars, null), input);
		check(target.post(inline(query, literal(input)), Map.of(), null), input);
		check(target.post(inline(query, pasted), Map.of(), null), input);
		Map<String, Object> kind = new HashMap<>();
		kind.put("k", input);
		check(target.post(KIND, kind, null), input);
		check(target.post(inline(KIND, pasted), Map.of(), null), input);
		Map<String, Object> doc = new HashMap<>();
		doc.put("name", input);
		doc.put("text", input);
		check(target.post(LOAD, Map.of("input", doc), null), input);
		if (input.length() < 8000 && input.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
			// Only what HTTP allows in a header value can be tried as a token.
			check(target.post(LOAD, Map.of("input", doc), "Bearer " + input), input);
		}
	}

	/** The query with every variable replaced by the given GraphQL source text. */
	static String inline(String query, String source) {
		return VARIABLE.matcher(query.substring(query.indexOf('{'))).replaceAll(m -> java.util.regex.Matcher
			.quoteReplacement(m.group().equals("$labels") ? "[" + source + "]" : source));
	}

	private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\$(labels|s|id|k)\\b");

	/** A GraphQL string literal whose value is exactly {@code s}. */
	static String literal(String s) {
		StringBuilder sb = new StringBuilder("\"");
		s.codePoints().forEach(c -> {
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				default -> {
					if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
						sb.append(String.format("\\u%04x", c));
					}
					else {
						sb.appendCodePoint(c);
					}
				}
			}
		});
		return sb.append('"').toString();
	}

	private void check(SecuredTarget.Answer answer, String input) {
		requests.incrementAndGet();
		String where = "input " + abbreviate(input) + ": HTTP " + answer.status() + " " + abbreviate(answer.body());
		if (answer.status() != 200 && answer.status() != 400) {
			problems.add(where);
			return;
		}
		JsonNode json;
		try {
			json = answer.json();
		}
		catch (AssertionError ex) {
			problems.add(where);
			return;
		}
		if (!json.has("data") && !json.has("errors")) {
			problems.add(where);
		}
		for (JsonNode error : json.path("errors")) {
			if ("INTERNAL".equals(error.at("/extensions/classification").asText())) {
				problems.add("an internal error (the server did not expect this input): " + where);
			}
		}
		List<String> found = Leaks.in(answer.body(), List.of(input), List.of(SecuredTarget.TOKEN, target.password));
		if (!found.isEmpty()) {
			leaks.incrementAndGet();
			problems.add("leak " + found + " in " + where);
		}
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "… (" + s.length() + " chars)" : s;
	}
}
