package org.reegraph.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.extraction.Rejection;
import org.reegraph.synthetic.SyntheticCorpus;
import org.reegraph.testsupport.GraphDump;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader gathers whole documents into transactions and writes them on a thread of its own: the graph must be
 * the one writing each document alone gives, a document Neo4j refuses must cost only itself, and progress must
 * report a document only once it is in the graph.
 */
class BatchedLoadIT {

	static TestNeo4j db;
	static Driver driver;

	@TempDir
	static Path corpusDir;

	static List<Path> corpus;

	@BeforeEach
	void clear() throws IOException {
		db = TestNeo4j.get();
		driver = db.driver();
		db.clear();
		if (corpus == null) {
			corpus = SyntheticCorpus.seeded(31).articlesPerFile(2).write(corpusDir.resolve("corpus"), 60);
		}
	}

	@AfterEach
	void dropTestConstraint() {
		try (var session = driver.session()) {
			session.run("DROP CONSTRAINT test_article_title IF EXISTS").consume();
		}
	}

	private static LoadReport load(int factsPerTransaction, List<Path> paths, LoadListener listener) {
		return ReegraphLoader.create(LoaderConfig.defaults().withFactsPerTransaction(factsPerTransaction))
			.load(driver, paths, listener);
	}

	@Test
	void batchesOfAnySizeWriteTheGraphOneDocumentPerTransactionWrites() {
		LoadReport alone = load(1, List.of(corpusDir.resolve("corpus")), LoadListener.NONE);
		GraphDump oneByOne = GraphDump.of(driver);
		assertThat(alone.documentsLoaded()).isEqualTo(corpus.size());
		assertThat(oneByOne.facts()).isGreaterThan(10L * corpus.size());

		for (int facts : new int[] { 100, LoaderConfig.DEFAULT_FACTS_PER_TRANSACTION }) {
			db.clear();
			LoadReport batched = load(facts, List.of(corpusDir.resolve("corpus")), LoadListener.NONE);
			GraphDump dump = GraphDump.of(driver);
			assertThat(batched.documentsLoaded()).isEqualTo(corpus.size());
			assertThat(batched.rejected()).isEmpty();
			assertThat(dump.duplicates()).as("duplicates at %d facts per transaction", facts).isZero();
			// same nodes (aliases in the same order), same relationships, same properties and evidence
			assertThat(dump.lines()).as("graph at %d facts per transaction", facts).isEqualTo(oneByOne.lines());
		}
		// and a re-load in batches changes nothing
		load(LoaderConfig.DEFAULT_FACTS_PER_TRANSACTION, List.of(corpusDir.resolve("corpus")), LoadListener.NONE);
		assertThat(GraphDump.of(driver).lines()).isEqualTo(oneByOne.lines());
	}

	@Test
	void aDocumentNeo4jRefusesIsRejectedByNameAndCostsTheOthersOfItsBatchNothing(@TempDir Path dir)
			throws IOException {
		Path folder = dir.resolve("with-a-refused-one");
		Files.createDirectories(folder);
		for (Path f : corpus) {
			Files.copy(f, folder.resolve(f.getFileName()));
		}
		// Neo4j will refuse this document: its article's title is already taken under a constraint made for the test.
		Files.writeString(folder.resolve(corpus.get(corpus.size() / 2).getFileName() + "-refused.txt"),
				"Title: A title Neo4j refuses\nDate: 2025-09-01\n\nJapan imported 500 tons of yttrium from Vietnam.");
		try (var session = driver.session()) {
			session.run("CREATE CONSTRAINT test_article_title IF NOT EXISTS FOR (a:Article) REQUIRE a.title IS UNIQUE")
				.consume();
			session.run("CREATE (:Article {id: 'article:elsewhere', title: 'A title Neo4j refuses'})").consume();
		}

		LoadReport report = load(LoaderConfig.DEFAULT_FACTS_PER_TRANSACTION, List.of(folder), LoadListener.NONE);

		assertThat(report.documentsRead()).isEqualTo(corpus.size() + 1);
		assertThat(report.documentsLoaded()).isEqualTo(corpus.size());
		assertThat(report.rejected()).hasSize(1);
		Rejection refused = report.rejected().get(0);
		assertThat(refused.document()).endsWith("-refused.txt");
		assertThat(refused.reason()).startsWith("could not be written: ").contains("title");
		assertThat(count("MATCH (d:Document) RETURN count(d) AS n")).isEqualTo(corpus.size());
		assertThat(count("MATCH (d:Document) WHERE d.name ENDS WITH '-refused.txt' RETURN count(d) AS n")).isZero();
		assertThat(count("MATCH (:Country {code: 'VN'})-[r:EXPORTS_TO]->(:Country {code: 'JP'}) "
				+ "WHERE r.document ENDS WITH '-refused.txt' RETURN count(r) AS n")).isZero();

		// every other document is exactly as a load of the corpus alone leaves it
		long factsWithTheRefused = count("MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r) AS n");
		try (var session = driver.session()) {
			session.run("DROP CONSTRAINT test_article_title").consume();
		}
		db.clear();
		load(1, List.of(corpusDir.resolve("corpus")), LoadListener.NONE);
		assertThat(factsWithTheRefused)
			.isEqualTo(count("MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r) AS n"));
	}

	@Test
	void progressHearsOfEachDocumentInOrderOnlyOnceItIsInTheGraph() {
		// 150 facts per transaction: several documents each, several transactions
		List<String> heard = Collections.synchronizedList(new ArrayList<>());
		List<String> notYetInTheGraph = Collections.synchronizedList(new ArrayList<>());
		Set<String> threads = Collections.synchronizedSet(new HashSet<>());
		LoadListener listener = new LoadListener() {
			@Override
			public void documentDone(DocumentExtraction result) {
				threads.add(Thread.currentThread().getName());
				heard.add(result.document());
				long documents = count("MATCH (d:Document {name: $name}) RETURN count(d) AS n", "name",
						result.document());
				long facts = count("MATCH ()-[r]->() WHERE r.document = $name RETURN count(r) AS n", "name",
						result.document());
				long extracted = result.facts().stream().filter(f -> f.evidence().document().equals(result.document()))
					.map(ExtractedFact::factId).distinct().count();
				if (documents != 1 || facts != extracted) {
					notYetInTheGraph.add(result.document() + ": " + documents + " document(s), " + facts + " of "
							+ extracted + " facts");
				}
			}
		};

		LoadReport report = load(150, List.of(corpusDir.resolve("corpus")), listener);

		assertThat(report.documentsLoaded()).isEqualTo(corpus.size());
		assertThat(heard).containsExactlyElementsOf(corpus.stream().map(p -> p.getFileName().toString()).toList());
		assertThat(notYetInTheGraph).isEmpty();
		assertThat(threads).hasSize(1);
	}

	@Test
	void aFactsPerTransactionBelowOneIsRefused() {
		assertThatThrownBy(() -> LoaderConfig.defaults().withFactsPerTransaction(0))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("factsPerTransaction must be at least 1, got 0.");
	}

	static long count(String cypher, Object... params) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, Values.parameters(params)).single().get("n").asLong());
		}
	}
}
