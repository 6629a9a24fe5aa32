package org.reegraph.loader.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.LoadListener;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.loader.parse.Article;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the extractor on the bundled corpus against the hand-labelled gold set. The table
 * is written to {@code target/extraction-quality.md} (docs/extraction.md quotes it).
 */
class ExtractionQualityTests {

	/** Floors below which the build fails; raise them as the rules improve, never lower them quietly. */
	static final double PRECISION_FLOOR = 0.88;
	static final double RECALL_FLOOR = 0.83;

	static Scorer.Result result;

	@BeforeAll
	static void extractCorpus() throws IOException {
		Path corpus = Path.of("..", "data", "documents");
		List<Scorer.Found> found = new ArrayList<>();
		ReegraphLoader loader = ReegraphLoader.create();
		loader.extract(List.of(corpus), doc -> collect(doc, found), LoadListener.NONE);
		result = Scorer.score(GoldSet.load(), found);
		Files.writeString(Path.of("target", "extraction-quality.md"), table(result));
		Files.write(Path.of("target", "extraction-misses.txt"), result.misses());
		Files.write(Path.of("target", "extraction-false-positives.txt"), result.falsePositives());
	}

	private static void collect(DocumentExtraction doc, List<Scorer.Found> found) {
		Map<String, String> titles = new java.util.HashMap<>();
		for (Article a : doc.articles()) {
			titles.put(a.title(), a.title());
		}
		for (ExtractedFact f : doc.facts()) {
			if (!f.evidence().rule().startsWith("catalog.")) {
				found.add(new Scorer.Found(f.evidence().article(), f));
			}
		}
	}

	static String table(Scorer.Result r) {
		StringBuilder sb = new StringBuilder("| Relationship | Gold | Extracted | Precision | Recall |\n|---|---:|---:|---:|---:|\n");
		r.byType().forEach((type, s) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f |%n", type,
				s.gold(), s.extracted(), s.precision(), s.recall())));
		sb.append(String.format(Locale.ROOT, "| **all** | %d | %d | %.2f | %.2f |%n", r.total().gold(),
				r.total().extracted(), r.total().precision(), r.total().recall()));
		return sb.toString();
	}

	@Test
	void theDocumentedTableMatchesWhatWasMeasured() throws IOException {
		String measured = table(result).lines().filter(l -> l.startsWith("| **all** |")).findFirst().orElseThrow();
		String documented = Files.readAllLines(Path.of("..", "docs", "extraction.md")).stream()
			.filter(l -> l.startsWith("| **all** |")).findFirst().orElse("(no **all** row in docs/extraction.md)");
		assertThat(documented).as("docs/extraction.md is out of date; copy target/extraction-quality.md into it")
			.isEqualTo(measured);
	}

	@Test
	void precisionOverAllTypesIsAboveTheFloor() {
		assertThat(result.total().precision()).as(table(result)).isGreaterThanOrEqualTo(PRECISION_FLOOR);
	}

	@Test
	void recallOverAllTypesIsAboveTheFloor() {
		assertThat(result.total().recall()).as(table(result)).isGreaterThanOrEqualTo(RECALL_FLOOR);
	}
}
