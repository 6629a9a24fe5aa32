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
 * Runs every example query of the documentation ({@code src/test/resources/docs-examples/*.graphql}) against the
 * bundled corpus, so the docs cannot rot. Each file states what its answer must look like in comment lines:
 * {@code # expect: /json/pointer = value}, {@code # expect-nonempty: /json/pointer},
 * {@code # expect-contains: /json/pointer ~ text} (case-insensitive).
 */
class DocsExamplesIT {

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/docs-examples"))) {
			return files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void answersAsDocumented(Path example) throws IOException {
		String query = Files.readString(example);
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
