package org.reegraph.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.write.GraphWriter;
import org.reegraph.model.RelType;
import org.reegraph.synthetic.SyntheticCorpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The synthetic corpus is only useful for load benchmarks if the loader reads it like real news: every document
 * accepted, every article counted, and facts of every relationship type of the contract read from its sentences
 * (not merely copied from the catalog).
 */
class SyntheticCorpusExtractionTests {

	private static final int ARTICLES = 200;

	@TempDir
	static Path dir;

	private static List<Path> files;
	private static LoadReport report;
	private static final List<DocumentExtraction> documents = new ArrayList<>();

	@BeforeAll
	static void extract() {
		files = SyntheticCorpus.seeded(7).write(dir, ARTICLES);
		report = ReegraphLoader.create().extract(files, documents::add, LoadListener.NONE);
	}

	@Test
	void everyFactPassesTheGraphContractTheWriterEnforces() {
		for (DocumentExtraction doc : documents) {
			assertThatCode(() -> GraphWriter.checkContract(doc)).as(doc.document()).doesNotThrowAnyException();
		}
	}

	@Test
	void everyDocumentIsAccepted() {
		assertThat(report.rejected()).isEmpty();
		assertThat(report.documentsRead()).isEqualTo(files.size());
		assertThat(documents).noneMatch(DocumentExtraction::isRejected);
	}

	@Test
	void everyArticleIsReadOnceWithItsDate() {
		assertThat(report.articles()).isEqualTo(ARTICLES);
		assertThat(report.duplicateArticles()).isZero();
		assertThat(documents.stream().flatMap(d -> d.articles().stream()))
			.hasSize(ARTICLES)
			.allSatisfy(a -> assertThat(a.published().getYear()).isBetween(2023, 2026))
			.allSatisfy(a -> assertThat(a.publisher()).isNotBlank());
	}

	@Test
	void sentencesYieldFactsOfEveryRelationshipType() {
		Map<RelType, Integer> fromSentences = new EnumMap<>(RelType.class);
		documents.stream().flatMap(d -> d.facts().stream())
			.filter(f -> !f.evidence().rule().startsWith("catalog."))
			.forEach(f -> fromSentences.merge(f.relationship(), 1, Integer::sum));
		assertThat(fromSentences).as("facts read from sentences, by type").containsOnlyKeys(RelType.values());
	}
}
