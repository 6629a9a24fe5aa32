package org.reegraph.loader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.extraction.Rejection;
import org.reegraph.loader.write.ContractViolationException;
import org.reegraph.loader.write.GraphWriter;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A document with a fact the graph contract refuses loses only itself, in a real Neo4j: the writer writes
 * nothing of it, and the pipelined load reports it as rejected, naming rule, type and property, while the
 * other documents of the same batch land.
 */
class ContractRefusalIT {

	Driver driver;

	@BeforeEach
	void emptyGraph() {
		TestNeo4j db = TestNeo4j.get();
		db.clear();
		driver = db.driver();
	}

	long facts() {
		try (var session = driver.session()) {
			return session.run("MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r) AS n").single().get("n").asLong();
		}
	}

	static DocumentExtraction withUndeclaredProperty(String name) {
		DocumentExtraction doc = ReegraphLoader.create().extractText(name,
				"Title: Trade\nDate: 2025-01-01\n\nMyanmar exported 30,000 tonnes of rare earths to China in 2024.\n");
		ExtractedFact flow = doc.facts().get(0);
		Map<String, Object> properties = new HashMap<>(flow.properties());
		properties.put("priceUsdPerKg", 95);
		ExtractedFact bad = new ExtractedFact(flow.factId(), flow.relationship(), flow.from(), flow.to(), properties,
				flow.evidence());
		return new DocumentExtraction(doc.document(), doc.contentHash(), doc.articles(), doc.entities(),
				List.of(bad), doc.mentions(), null);
	}

	@Test
	void theWriterWritesNothingOfARefusedDocument() {
		assertThatThrownBy(() -> new GraphWriter(driver, null).write(withUndeclaredProperty("bad.txt")))
			.isInstanceOf(ContractViolationException.class)
			.hasMessageContaining("'priceUsdPerKg'");
		assertThat(facts()).isZero();
	}

	@Test
	void aPipelinedLoadRejectsTheRefusedDocumentAndWritesTheOthers() {
		DocumentExtraction good = ReegraphLoader.create().extractText("good.txt",
				"Title: Magnets\nDate: 2025-01-01\n\nJapan imported 7,446 tons of magnets from China in 2024.\n");
		List<Rejection> failures;
		List<DocumentExtraction> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
		LoadListener listener = new LoadListener() {
			@Override
			public void documentDone(DocumentExtraction result) {
				heard.add(result);
			}
		};
		try (PipelinedWriter writer = new PipelinedWriter(new GraphWriter(driver, null), 10_000, listener)) {
			writer.accept(good);
			writer.accept(withUndeclaredProperty("bad.txt"));
			failures = writer.finish();
		}
		assertThat(failures).singleElement().satisfies(r -> {
			assertThat(r.document()).isEqualTo("bad.txt");
			assertThat(r.reason()).startsWith("refused by the graph contract: bad.txt: rule ")
				.contains("EXPORTS_TO", "'priceUsdPerKg'");
		});
		assertThat(facts()).isEqualTo(good.facts().size()).isPositive();
		assertThat(heard).extracting(DocumentExtraction::document, DocumentExtraction::isRejected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("good.txt", false),
					org.assertj.core.groups.Tuple.tuple("bad.txt", true));
	}
}
