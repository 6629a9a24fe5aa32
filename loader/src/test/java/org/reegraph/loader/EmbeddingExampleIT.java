package org.reegraph.loader;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of docs/java-embedding.md, run as written. */
class EmbeddingExampleIT {

	@Test
	void loadNewsExampleLoadsTheCorpusThroughAPlainDriver() {
		String uri = TestNeo4j.get().boltUri();
		try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
			ReegraphLoader loader = ReegraphLoader.create();
			LoadReport report = loader.load(driver, List.of(Path.of("..", "data", "documents")), LoadListener.NONE);
			assertThat(report.summary()).startsWith("Documents: 5 read, 5 loaded, 0 rejected.");
			assertThat(report.rejected()).isEmpty();
		}
	}

	@Test
	void factsWithoutADatabase() {
		ReegraphLoader loader = ReegraphLoader.create();
		DocumentExtraction doc = loader.extractText("note.md",
				"Title: Gallium\nDate: 2025-09-01\n\nChina's export controls on gallium took effect in August.");
		List<String> lines = doc.facts().stream().map(fact -> fact.from().name() + " " + fact.relationship() + " "
				+ fact.to().name() + " " + fact.properties() + " <- " + fact.evidence().sentence()).toList();
		assertThat(lines).contains("China export controls on gallium ISSUED_BY China {} "
				+ "<- China's export controls on gallium took effect in August.");
	}
}
