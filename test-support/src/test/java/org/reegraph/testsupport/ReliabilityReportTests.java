package org.reegraph.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReliabilityReportTests {

	@Test
	void recordingReplacesTheScenarioRowAndKeepsRowsSortedAndProseIntact(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("reliability.md");
		Files.writeString(file, "# Title\n\nprose\n\n" + ReliabilityReport.START + "\n" + ReliabilityReport.END + "\n\nafter\n");

		ReliabilityReport.record(file, ReliabilityReport.scenario("input.zip", "ZIP archive").tried(1).rejectedClearly(1)
				.factsLost(0).outcome("rejected: a|b"));
		ReliabilityReport.record(file, ReliabilityReport.scenario("input.empty", "Empty file").tried(1).rejectedClearly(1));
		ReliabilityReport.record(file, ReliabilityReport.scenario("input.zip", "ZIP archive").tried(2).rejectedClearly(2)
				.factsLost(0).outcome("rejected"));

		String text = Files.readString(file);
		assertThat(text).startsWith("# Title\n\nprose\n\n").endsWith("\n\nafter\n");
		assertThat(text).containsOnlyOnce("| input.zip |").containsOnlyOnce("| Id |");
		assertThat(text.indexOf("| input.empty |")).isLessThan(text.indexOf("| input.zip |"));
		assertThat(text).contains("| input.zip | ZIP archive | 2 | 2 | 0 | – | – | – | – | rejected |");
		assertThat(text).contains("| input.empty | Empty file | 1 | 1 | – | – | – | – | – |  |");
	}

	@Test
	void aMeasuredRowEqualToTheDocumentedOneLeavesTheDocumentAlone(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("reliability.md");
		Files.writeString(file, "# T\n" + ReliabilityReport.START + "\n" + ReliabilityReport.END + "\n");
		ReliabilityReport.Row row = ReliabilityReport.scenario("input.empty", "Empty file").tried(1).rejectedClearly(1);
		ReliabilityReport.record(file, row);
		String documented = Files.readString(file);
		long modified = Files.getLastModifiedTime(file).toMillis();

		ReliabilityReport.check(file, dir.resolve("measured"), row, false);

		assertThat(Files.readString(file)).isEqualTo(documented);
		assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
		assertThat(dir.resolve("measured").resolve("input.empty.md")).hasContent(row.markdown());
	}

	@Test
	void aMeasuredRowThatDiffersFailsNamingBothRowsAndHowToUpdate(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("reliability.md");
		Files.writeString(file, "# T\n" + ReliabilityReport.START + "\n" + ReliabilityReport.END + "\n");
		ReliabilityReport.record(file, ReliabilityReport.scenario("input.empty", "Empty file").tried(1));
		String documented = Files.readString(file);

		assertThatThrownBy(() -> ReliabilityReport.check(file, dir.resolve("measured"),
				ReliabilityReport.scenario("input.empty", "Empty file").tried(2), false))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("out of date for scenario input.empty")
			.hasMessageContaining("documented: | input.empty | Empty file | 1 |")
			.hasMessageContaining("measured:   | input.empty | Empty file | 2 |")
			.hasMessageContaining("-Dreegraph.docs.update=true");
		assertThatThrownBy(() -> ReliabilityReport.check(file, dir.resolve("measured"),
				ReliabilityReport.scenario("input.new", "New"), false))
			.hasMessageContaining("no row for scenario input.new");
		assertThat(Files.readString(file)).as("a check never writes the document").isEqualTo(documented);
	}

	@Test
	void withTheUpdatePropertyTheDocumentTakesTheMeasuredRow(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("reliability.md");
		Files.writeString(file, "# T\n" + ReliabilityReport.START + "\n" + ReliabilityReport.END + "\n");
		ReliabilityReport.record(file, ReliabilityReport.scenario("input.empty", "Empty file").tried(1));

		ReliabilityReport.check(file, dir.resolve("measured"), ReliabilityReport.scenario("input.empty", "Empty file")
			.tried(2), true);

		assertThat(Files.readString(file)).contains("| input.empty | Empty file | 2 |").doesNotContain("| 1 |");
	}

	@Test
	void pipesInCellsAreEscapedAndBadIdsRefused() {
		assertThat(ReliabilityReport.scenario("api.x", "a|b").markdown()).contains("a\\|b");
		assertThatThrownBy(() -> ReliabilityReport.scenario("Bad Id", "x")).hasMessageContaining("Bad Id");
	}

	@Test
	void aDocumentWithoutMarkersIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("reliability.md");
		Files.writeString(file, "no markers");
		assertThatThrownBy(() -> ReliabilityReport.record(file, ReliabilityReport.scenario("a.b", "x")))
				.hasMessageContaining("rows:start");
	}

	@Test
	void theProjectDocumentIsFound() {
		assertThat(ReliabilityReport.document()).endsWith(Path.of("docs", "reliability.md")).exists();
	}
}
