package org.reegraph.loader;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reegraph.loader.json.JsonLinesWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the {@code extract} output for a few articles line by line. After a deliberate change to the rules,
 * regenerate with {@code ./mvnw -pl loader test -Dtest=ExtractGoldenFileTests -Dreegraph.golden.update=true}
 * and review the diff.
 */
class ExtractGoldenFileTests {

	static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

	@ParameterizedTest
	@ValueSource(strings = { "../data/documents/003_9652d59f1923fd3c.txt", "src/test/resources/golden/plain-article.md" })
	void extractOutputIsPinned(String input) throws IOException {
		Path file = Path.of(input);
		StringWriter out = new StringWriter();
		JsonLinesWriter json = new JsonLinesWriter(out);
		ReegraphLoader.create().extract(List.of(file), json::write, LoadListener.NONE);
		Path golden = GOLDEN.resolve(file.getFileName() + ".jsonl");
		if (Boolean.getBoolean("reegraph.golden.update") || !Files.exists(golden)) {
			Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
		}
		assertThat(out.toString().lines()).as("extract output of " + input + " (see " + golden + ")")
			.containsExactlyElementsOf(Files.readString(golden, StandardCharsets.UTF_8).lines().toList());
	}
}
