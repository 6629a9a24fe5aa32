package org.reegraph.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reegraph.synthetic.SyntheticCorpus.Format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticCorpusTests {

	/** The digest's date line, as the loader's parser reads it. */
	private static final Pattern DATE_LINE = Pattern.compile("^(.{1,80}?)\\s*·\\s*(\\d{4}-\\d{2}-\\d{2}) \\d{2}:\\d{2}$");

	@TempDir
	Path dir;

	@Nested
	class Determinism {

		@Test
		void theSameSeedWritesByteIdenticalFiles() {
			List<Path> a = SyntheticCorpus.seeded(11).write(dir.resolve("a"), 90);
			List<Path> b = SyntheticCorpus.seeded(11).write(dir.resolve("b"), 90);
			assertThat(a).extracting(p -> p.getFileName().toString())
				.containsExactlyElementsOf(b.stream().map(p -> p.getFileName().toString()).toList());
			for (int i = 0; i < a.size(); i++) {
				assertThat(a.get(i)).hasSameBinaryContentAs(b.get(i));
			}
		}

		@Test
		void anotherSeedWritesOtherText() {
			List<Path> a = SyntheticCorpus.seeded(11).write(dir.resolve("a"), 10);
			List<Path> b = SyntheticCorpus.seeded(12).write(dir.resolve("b"), 10);
			assertThat(a).hasSameSizeAs(b);
			for (int i = 0; i < a.size(); i++) {
				assertThat(read(a.get(i))).isNotEqualTo(read(b.get(i)));
			}
		}

		@Test
		void anArticleDependsOnlyOnTheSeedAndItsNumberSoNothingAccumulates() {
			List<Path> small = SyntheticCorpus.seeded(5).write(dir.resolve("small"), 10, Format.PLAIN);
			List<Path> large = SyntheticCorpus.seeded(5).write(dir.resolve("large"), 40, Format.PLAIN);
			for (int i = 0; i < small.size(); i++) {
				assertThat(small.get(i)).hasSameBinaryContentAs(large.get(i));
			}
		}
	}

	@Nested
	class Layout {

		@Test
		void halfTheArticlesAreDigestsAndHalfArePlainFiles() {
			List<Path> files = SyntheticCorpus.seeded(3).articlesPerFile(10).write(dir, 91);
			List<Path> digests = files.stream().filter(f -> read(f).startsWith("Workflow\n")).toList();
			List<Path> plain = files.stream().filter(f -> read(f).startsWith("Title: ")).toList();
			assertThat(digests).hasSize(5).allSatisfy(f -> assertThat(f.getFileName().toString()).startsWith("digest-"));
			assertThat(plain).hasSize(45).allSatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".md"));
			assertThat(digests.size() + plain.size()).isEqualTo(files.size());
			assertThat(digests.stream().mapToInt(f -> titles(f).size()).sum()).isEqualTo(46);
			assertThat(SyntheticCorpus.bytes(files)).isEqualTo(files.stream().mapToLong(f -> size(f)).sum())
				.isPositive();
		}

		@Test
		void twoArticlesAreOneOfEachFormat() {
			List<Path> files = SyntheticCorpus.seeded(3).write(dir, 2);
			assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("digest-000001.txt",
					"plain-000002.md");
		}

		@Test
		void oneFormatOnlyWhenAsked() {
			assertThat(SyntheticCorpus.seeded(3).write(dir.resolve("d"), 45, Format.DIGEST)).hasSize(3)
				.allSatisfy(f -> assertThat(titles(f)).isNotEmpty());
			assertThat(SyntheticCorpus.seeded(3).write(dir.resolve("p"), 7, Format.PLAIN)).hasSize(7)
				.allSatisfy(f -> assertThat(read(f)).containsPattern("(?m)^Source: .+\nURL: https://.+\nDate: .+\n\n"));
			assertThat(SyntheticCorpus.seeded(3).write(dir.resolve("none"), 0)).isEmpty();
		}

		@Test
		void digestsLookLikeTheBundledCorpus() {
			String text = read(SyntheticCorpus.seeded(9).write(dir, 40, Format.DIGEST).get(0));
			assertThat(text).startsWith("Workflow\n").contains("\nicon\nSearch documents\n")
				.containsPattern("\\[\\d+]\\[\\d+]")
				.containsPattern("Group \\d");
			assertThat(titles(dir.resolve("digest-000001.txt"))).allMatch(t -> t.matches(".*\\p{IsHan}.*"));
		}
	}

	@Test
	void titlesAreDistinctAndDatesValidFrom2023To2026() {
		List<Path> files = SyntheticCorpus.seeded(21).write(dir, 400);
		List<String> titles = new ArrayList<>();
		List<LocalDate> dates = new ArrayList<>();
		for (Path f : files) {
			String text = read(f);
			if (text.startsWith("Title: ")) {
				titles.add(text.lines().findFirst().orElseThrow().substring(7));
				continue;
			}
			List<String> lines = text.lines().toList();
			for (int i = 1; i < lines.size(); i++) {
				Matcher m = DATE_LINE.matcher(lines.get(i));
				if (m.matches()) {
					titles.add(lines.get(i - 1));
					dates.add(LocalDate.parse(m.group(2)));
				}
			}
		}
		assertThat(titles).hasSize(400).doesNotHaveDuplicates();
		assertThat(dates).hasSize(200).allMatch(d -> d.getYear() >= 2023 && d.getYear() <= 2026);
		assertThat(new HashSet<>(dates.stream().map(LocalDate::getYear).toList())).containsExactlyInAnyOrder(2023, 2024,
				2025, 2026);
	}

	@Test
	void everySlotIsFilled() {
		for (Path f : SyntheticCorpus.seeded(2).write(dir, 200)) {
			assertThat(read(f)).as(f.toString()).doesNotContain("{").doesNotContain("}");
		}
	}

	@Test
	void badArgumentsAreRefusedWithTheValueNamed() {
		assertThatThrownBy(() -> SyntheticCorpus.seeded(1).write(dir, -3))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
		assertThatThrownBy(() -> SyntheticCorpus.seeded(1).articlesPerFile(0))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("articlesPerFile(0)");
	}

	private static List<String> titles(Path digest) {
		List<String> lines = read(digest).lines().toList();
		List<String> titles = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (DATE_LINE.matcher(lines.get(i)).matches()) {
				titles.add(lines.get(i - 1));
			}
		}
		return titles;
	}

	private static String read(Path f) {
		try {
			return Files.readString(f, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path f) {
		try {
			return Files.size(f);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
