package org.reegraph.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedFact;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's table reaches the extract as facts whose evidence is the row, like any sentence's facts. */
class TableReaderInPipelineTests {

	@TempDir
	Path dir;

	@Test
	void tableRowsBecomeFactsWithTheRowAsEvidence() throws IOException {
		Path file = Files.writeString(dir.resolve("report.txt"), """
				Title: Rare earths statistics
				Source: Example Survey
				Date: 2025-01-31

				World mine production and reserves (metric tons of rare-earth-oxide equivalent)
				Mine production | Reserves
				2023 | 2024e
				United States | 11,000 | 12,500 | 1,000,000
				Atlantis | 5 | 5 | 5

				Production rose in both years.
				""");
		List<DocumentExtraction> documents = new ArrayList<>();
		ReegraphLoader.create().extract(List.of(file), documents::add, LoadListener.NONE);
		List<ExtractedFact> tableFacts = documents.get(0).facts().stream()
			.filter(f -> f.evidence().rule().startsWith("table."))
			.toList();
		assertThat(tableFacts).extracting(f -> f.relationship() + " " + f.from().id() + " " + f.to().id() + " "
				+ f.properties().get("quantity") + " " + f.properties().get("year"))
			.containsExactly("PRODUCES country:US element:rare-earths 11000 2023",
					"PRODUCES country:US element:rare-earths 12500 2024",
					"HOLDS_RESERVES country:US element:rare-earths 1000000 null");
		assertThat(tableFacts).allSatisfy(f -> {
			assertThat(f.evidence().sentence()).isEqualTo("United States | 11,000 | 12,500 | 1,000,000");
			assertThat(f.evidence().article()).isEqualTo("Rare earths statistics");
			assertThat(f.evidence().document()).isEqualTo("report.txt");
			assertThat(f.evidence().confidence()).isEqualTo(0.9);
		});
	}
}
