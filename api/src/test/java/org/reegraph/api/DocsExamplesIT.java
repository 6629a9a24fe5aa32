package org.reegraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example query of {@code docs/graphql.md} (its {@code ```graphql} blocks) against the
 * bundled corpus, so the docs cannot rot. Each file states what its answer must look like in comment lines:
 * {@code # expect: /json/pointer = value}, {@code # expect-nonempty: /json/pointer},
 * {@code # expect-contains: /json/pointer ~ text} (case-insensitive).
 */
class DocsExamplesIT {

	private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile("```graphql\\n(.*?)```",
			java.util.regex.Pattern.DOTALL);

	/** Every {@code ```graphql} block of docs/graphql.md, numbered. */
	static Stream<org.junit.jupiter.params.provider.Arguments> examples() throws IOException {
		String doc = Files.readString(Path.of("..", "docs", "graphql.md"));
		java.util.List<org.junit.jupiter.params.provider.Arguments> out = new java.util.ArrayList<>();
		java.util.regex.Matcher m = BLOCK.matcher(doc);
		while (m.find()) {
			String query = m.group(1);
			String title = query.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
			out.add(org.junit.jupiter.params.provider.Arguments.of("docs/graphql.md example " + (out.size() + 1) + ": "
					+ title, query));
		}
		assertThat(out).as("GraphQL examples in docs/graphql.md").hasSizeGreaterThanOrEqualTo(7);
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void answersAsDocumented(String example, String query) throws IOException {
		JsonNode body = TestApi.post(query);

		assertThat(body.has("errors")).as(body.toString()).isFalse();
		int expectations = 0;
		for (String line : query.split("\\R")) {
			String l = line.strip();
			if (l.startsWith("# expect: ")) {
				String[] parts = l.substring("# expect: ".length()).split(" = ", 2);
				assertThat(body.at(parts[0].strip()).asText()).as(l).isEqualTo(parts[1].strip());
				expectations++;
			}
			else if (l.startsWith("# expect-nonempty: ")) {
				JsonNode node = body.at(l.substring("# expect-nonempty: ".length()).strip());
				assertThat(node.isMissingNode() || node.isNull() || node.isEmpty()).as(l + " in " + body).isFalse();
				expectations++;
			}
			else if (l.startsWith("# expect-contains: ")) {
				String[] parts = l.substring("# expect-contains: ".length()).split(" ~ ", 2);
				assertThat(body.at(parts[0].strip()).toString()).as(l).containsIgnoringCase(parts[1].strip());
				expectations++;
			}
		}
		assertThat(expectations).as("expectations in " + example).isPositive();
	}
}
