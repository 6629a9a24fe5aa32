package org.reegraph.cypher.query;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reegraph.cypher.CypherFile;
import org.reegraph.cypher.Statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every named query file is one statement, explains itself and lists every parameter for Neo4j Browser. */
class QueryFilesTests {

	static Stream<String> names() throws IOException, URISyntaxException {
		Path dir = Path.of(CypherFile.class.getResource("/org/reegraph/cypher/queries/").toURI());
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher"))
				.map(n -> n.substring(0, n.length() - ".cypher".length())).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void isOneStatementWithAHeaderAndAParamLineForEachParameter(String name) {
		CypherFile file = CypherFile.load("queries/" + name + ".cypher");
		List<String> lines = file.text().lines().toList();

		assertThat(lines.get(0)).startsWith("// " + name + " — ");
		assertThat(file.statements()).hasSize(1);
		assertThat(Statements.query(name)).isEqualTo(file.statement());
		Set<String> used = new TreeSet<>();
		Matcher m = Pattern.compile("\\$([A-Za-z]+)").matcher(file.statement());
		while (m.find()) {
			used.add(m.group(1));
		}
		Set<String> declared = new TreeSet<>();
		lines.stream().filter(l -> l.startsWith(":param ")).forEach(l -> declared.add(l.split("\\s+")[1]));
		assertThat(declared).isEqualTo(used);
		assertThat(file.statement()).doesNotContain("//");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void isInTheJavaCatalogWithExampleValuesForEveryParameter(String name) {
		NamedQuery query = NamedQuery.byFileName(name);
		assertThat(query.question()).isNotBlank().doesNotStartWith("//");
		assertThat(query.exampleParameters().keySet()).containsExactlyElementsOf(query.parameters());
		assertThat(query.file().text()).containsPattern("(?m)^// Returns ");
	}

	@Test
	void theCatalogHoldsEveryFileAndAtLeastFifteenQueries() throws Exception {
		assertThat(names().toList()).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(NamedQuery.values()).map(NamedQuery::fileName).toList());
		assertThat(NamedQuery.values()).hasSizeGreaterThanOrEqualTo(15);
	}

	@Test
	void unknownNamesAreRefusedNamingTheCatalog() {
		assertThatThrownBy(() -> NamedQuery.byFileName("trade-flow"))
			.hasMessageContaining("'trade-flow'").hasMessageContaining("trade-flows");
	}

	@Test
	void exampleValuesAreReadAsAnAnalystWouldPasteThem() {
		assertThat(NamedQuery.DEPENDENCY_PATHS.exampleParameters()).containsEntry("element", "Dy")
			.containsEntry("maxHops", 4L).containsEntry("programKind", "DEFENSE");
		assertThat(NamedQuery.ENTITY_EVIDENCE.exampleParameters().get("ids")).isEqualTo(List.of("program:f-35", "element:Dy"));
		assertThat(NamedQuery.AGREEMENTS.exampleParameters()).containsEntry("element", null);
		CypherFile broken = new CypherFile("x.cypher", ":param a => MATCH (n);\nRETURN 1;");
		assertThatThrownBy(broken::exampleParameters).hasMessageContaining("x.cypher").hasMessageContaining("MATCH (n)");
	}
}
