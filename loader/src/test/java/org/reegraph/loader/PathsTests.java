package org.reegraph.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.Rejection;

import static org.assertj.core.api.Assertions.assertThat;

/** Paths that are not readable documents, given directly or met in a folder: named, never read, never hanging. */
class PathsTests {

	@Test
	@Timeout(60) // guards against the hang a blocking read of a named pipe would cause; not a speed test
	void aNamedPipeGivenDirectlyIsRejectedWithoutReadingIt(@TempDir Path dir) throws Exception {
		Path pipe = dir.resolve("pipe.txt");
		assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
		List<DocumentExtraction> seen = new ArrayList<>();
		LoadReport report = ReegraphLoader.create().extract(List.of(pipe), seen::add, LoadListener.NONE);
		assertThat(report.rejected()).extracting(Rejection::toString)
			.containsExactly(pipe + ": not a regular file (a device, named pipe or socket); skipped");
		assertThat(seen).singleElement().satisfies(d -> assertThat(d.isRejected()).isTrue());
	}

	@Test
	void brokenLinksInAFolderAreReportedNotSkippedSilently(@TempDir Path dir) throws Exception {
		Files.createSymbolicLink(dir.resolve("dangling.txt"), Path.of("missing.txt"));
		Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
		Files.writeString(dir.resolve("good.txt"), "Title: x\n\nChina exported 5 tons of terbium to Japan.");
		List<Rejection> problems = new ArrayList<>();
		List<Path> files = ReegraphLoader.expand(List.of(dir), problems);
		assertThat(files).containsExactly(dir.resolve("good.txt"));
		assertThat(problems).extracting(Rejection::toString).hasSize(2)
			.contains(dir.resolve("dangling.txt") + ": dangling symbolic link (its target does not exist)")
			.anySatisfy(r -> assertThat(r).startsWith(dir.resolve("self.txt")
					+ ": cannot be read: Too many levels of symbolic links"));
	}
}
