package org.reegraph.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.reegraph.cypher.CypherFile;
import org.reegraph.cypher.browser.BrowserGuide;
import org.reegraph.cypher.query.NamedQuery;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ```cypher} block in the README and in docs/ runs against the bundled corpus (with the
 * {@code :param} lines it starts with) and returns at least one row, so the documentation cannot rot.
 */
class DocsCypherIT {

	private static final Pattern BLOCK = Pattern.compile("```cypher\\n(.*?)```", Pattern.DOTALL);

	static Driver driver;

	@BeforeAll
	static void load() {
		TestNeo4j db = TestNeo4j.get();
		driver = db.driver();
		ReegraphLoader.create().load(driver, List.of(Path.of("..", "data", "documents")), LoadListener.NONE);
	}

	@Test
	void theCookbookAndTheBrowserPageListEveryAnalystQuery() throws IOException {
		String cookbook = Files.readString(Path.of("..", "docs", "cypher.md"));
		String browser = Files.readString(Path.of("..", "docs", "browser.md"));
		for (NamedQuery q : BrowserGuide.questions()) {
			assertThat(cookbook).as("docs/cypher.md lists " + q.fileName()).contains("`" + q.fileName() + "`");
			assertThat(browser).as("docs/browser.md lists " + q.fileName()).contains("`" + q.fileName() + "`");
		}
	}

	@TestFactory
	Stream<DynamicTest> everyDocumentedCypherExampleAnswers() throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(Path.of("..", "README.md"));
		try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
			docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		List<DynamicTest> tests = new ArrayList<>();
		for (Path file : files) {
			Matcher m = BLOCK.matcher(Files.readString(file));
			int n = 0;
			while (m.find()) {
				// A block is one statement, optionally preceded by the :param lines an analyst pastes first.
				String name = file.getFileName() + " example " + (++n);
				CypherFile block = new CypherFile(name, m.group(1));
				String cypher = block.statement();
				Map<String, Object> params = block.exampleParameters();
				tests.add(DynamicTest.dynamicTest(name, () -> {
					try (var session = driver.session()) {
						var rows = session.executeRead(tx -> tx.run(cypher, params).list());
						assertThat(rows).as(name + ":\n" + cypher + "\n" + params).isNotEmpty();
					}
				}));
			}
		}
		assertThat(tests).as("documented Cypher examples").hasSizeGreaterThanOrEqualTo(2);
		return tests.stream();
	}
}
