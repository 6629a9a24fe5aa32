package org.reegraph.cypher.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in {@code .cypher} files that are generated cannot drift from their templates or from the contract:
 * each is exactly what {@link GeneratedCypher} writes today.
 */
class GeneratedCypherTests {

	private static final String HINT = "; run `" + CypherTemplates.REGENERATE_COMMAND + "` to regenerate";

	/** The module's tests run in cypher/. */
	private static final Path MODULE = Path.of(System.getProperty("user.dir"));

	@Test
	void everyGeneratedFileIsWhatItsTemplateAndTheContractGiveToday() throws IOException {
		Map<String, String> expected = GeneratedCypher.expected(MODULE);
		assertThat(expected).containsKeys("write/facts.cypher", "schema/constraints.cypher", "queries/relationships.cypher",
				"queries/relationship-tree.cypher", "queries/dependency-paths.cypher");
		for (Map.Entry<String, String> file : expected.entrySet()) {
			String name = "cypher/" + GeneratedCypher.OUTPUT + "/" + file.getKey();
			Path committed = MODULE.resolve(GeneratedCypher.OUTPUT).resolve(file.getKey());
			assertThat(committed).as(name + " is missing" + HINT).exists();
			assertThat(normalise(Files.readString(committed, StandardCharsets.UTF_8)))
				.as(name + " is stale: it no longer matches cypher/" + GeneratedCypher.TEMPLATES + "/" + file.getKey()
						+ " expanded with org.reegraph.model.RelType" + HINT)
				.isEqualTo(normalise(file.getValue()));
		}
	}

	@Test
	void theGeneratedFilesSayTheyAreGeneratedAndLeaveNoPlaceholder() throws IOException {
		for (Map.Entry<String, String> file : GeneratedCypher.expected(MODULE).entrySet()) {
			assertThat(file.getValue()).as(file.getKey()).contains("// GENERATED: edit cypher/src/templates/")
				.doesNotContain("{{");
		}
	}

	/** Line endings and trailing blank lines do not count (a checkout on Windows may change them). */
	private static String normalise(String text) {
		return text.replace("\r\n", "\n").strip();
	}
}
