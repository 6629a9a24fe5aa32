package org.reegraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reegraph.cypher.Statements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins, for each top-level field, the GraphQL request, and the named statement(s) it sends with their
 * parameters and a hash of the Cypher text. {@code -Dgolden.update=true} rewrites the files after a deliberate change.
 */
class GoldenQueriesIT {

	static final Path DIR = Path.of("src/test/resources/golden");

	static Stream<Path> goldenFiles() throws IOException {
		try (Stream<Path> files = Files.list(DIR)) {
			return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldenFiles")
	void sendsExactlyThePinnedStatementsAndParameters(Path file) throws Exception {
		ObjectNode golden = (ObjectNode) TestApi.json().readTree(file.toFile());
		TestApi.server();
		TestApi.clearSent();

		JsonNode body = TestApi.post(golden.get("graphql").asText());

		assertThat(body.has("errors")).as(body.toString()).isFalse();
		ArrayNode actual = TestApi.json().createArrayNode();
		for (Map.Entry<String, Map<String, Object>> sent : TestApi.sent()) {
			ObjectNode s = actual.addObject();
			s.put("statement", sent.getKey());
			s.put("cypherSha256", sha256(Statements.query(sent.getKey())));
			s.set("parameters", TestApi.json().valueToTree(sent.getValue()));
		}
		if (Boolean.getBoolean("golden.update")) {
			golden.set("sent", actual);
			Files.writeString(file, TestApi.json().writerWithDefaultPrettyPrinter().writeValueAsString(golden) + "\n");
		}
		JsonNode expected = TestApi.json().readTree(golden.get("sent").toString());
		assertThat(TestApi.json().readTree(actual.toString())).as("statements sent for " + file.getFileName()
				+ " (re-run with -Dgolden.update=true after a deliberate change)").isEqualTo(expected);
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
