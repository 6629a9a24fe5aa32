package org.reegraph.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * A deterministic generator of news documents about the rare-earth supply chain, in the two layouts the loader
 * reads, for load benchmarks and for tests that need many documents. The same seed writes byte-identical files;
 * the text is made article by article and streamed to disk, so memory does not grow with the corpus size.
 *
 * <pre>{@code
 * List<Path> files = SyntheticCorpus.seeded(42).write(dir, 10_000);
 * }</pre>
 *
 * Instances are immutable; {@link #articlesPerFile(int)} returns a copy.
 */
public final class SyntheticCorpus {

	/** The document layouts. */
	public enum Format {
		/**
		 * The news digest of the bundled corpus ({@code data/documents}): a {@code Workflow / topic / icon /
		 * Search documents} header, then articles of a Chinese title line, a {@code Publisher· YYYY-MM-DD HH:MM}
		 * line and English (now and then Chinese) summary bullets with citation markers like {@code [1][3]}.
		 */
		DIGEST,
		/**
		 * Plain text / Markdown, one article a file: {@code Title:}, {@code Source:}, {@code URL:} and
		 * {@code Date:} headers, a blank line and Markdown sections.
		 */
		PLAIN
	}

	/** The default number of articles in one digest file. */
	public static final int DEFAULT_ARTICLES_PER_FILE = 20;

	private static final DateTimeFormatter DIGEST_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

	private static final List<String> TOPICS = List.of("稀土博弈", "稀土威胁论", "稀土出口管制", "关键矿产", "稀土供应链",
			"稀土价格");

	private final long seed;
	private final int articlesPerFile;

	private SyntheticCorpus(long seed, int articlesPerFile) {
		this.seed = seed;
		this.articlesPerFile = articlesPerFile;
	}

	/**
	 * {@return a generator whose output depends only on this seed}
	 *
	 * @param seed any number; the same seed gives byte-identical files
	 */
	public static SyntheticCorpus seeded(long seed) {
		return new SyntheticCorpus(seed, DEFAULT_ARTICLES_PER_FILE);
	}

	/**
	 * {@return a copy that puts {@code n} articles in each digest file (the last one may hold fewer); plain
	 * files always hold one article}
	 *
	 * @param n at least 1; the default is {@value #DEFAULT_ARTICLES_PER_FILE}
	 * @throws IllegalArgumentException when n is less than 1
	 */
	public SyntheticCorpus articlesPerFile(int n) {
		if (n < 1) {
			throw new IllegalArgumentException("A digest file holds at least one article; got articlesPerFile(" + n
					+ ").");
		}
		return new SyntheticCorpus(seed, n);
	}

	/**
	 * Writes {@code articles} articles, the first half (rounded up) as digest files and the rest as plain files,
	 * so both layouts are present from two articles on. Existing files of the same names are replaced.
	 *
	 * @param dir the folder, created if missing
	 * @param articles how many articles, at least 0
	 * @return the files written, digest files first, in order
	 * @throws UncheckedIOException when a file cannot be written
	 */
	public List<Path> write(Path dir, int articles) {
		checkCount(articles);
		int digest = articles - articles / 2;
		List<Path> files = new ArrayList<>();
		writeDigest(dir, 0, digest, files);
		writePlain(dir, digest, articles - digest, files);
		return files;
	}

	/**
	 * Writes {@code articles} articles in one layout.
	 *
	 * @param dir the folder, created if missing
	 * @param articles how many articles, at least 0
	 * @param format the layout
	 * @return the files written, in order
	 * @throws UncheckedIOException when a file cannot be written
	 */
	public List<Path> write(Path dir, int articles, Format format) {
		checkCount(articles);
		Objects.requireNonNull(format, "The format must not be null.");
		List<Path> files = new ArrayList<>();
		if (format == Format.DIGEST) {
			writeDigest(dir, 0, articles, files);
		}
		else {
			writePlain(dir, 0, articles, files);
		}
		return files;
	}

	/**
	 * {@return the total size of the files in bytes}
	 *
	 * @param files files, for example the ones {@link #write(Path, int)} returned
	 * @throws UncheckedIOException when a file cannot be read
	 */
	public static long bytes(List<Path> files) {
		long total = 0;
		for (Path f : files) {
			try {
				total += Files.size(f);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the size of " + f + ": " + ex.getMessage(), ex);
			}
		}
		return total;
	}

	private static void checkCount(int articles) {
		if (articles < 0) {
			throw new IllegalArgumentException("The number of articles cannot be negative; got " + articles + ".");
		}
	}

	private void writeDigest(Path dir, int first, int count, List<Path> files) {
		for (int start = 0; start < count; start += articlesPerFile) {
			int fileNo = (first + start) / articlesPerFile;
			Path file = dir.resolve(String.format(Locale.ROOT, "digest-%06d.txt", fileNo + 1));
			Random header = random(-1L - fileNo);
			try (BufferedWriter out = open(dir, file)) {
				out.write("Workflow\n" + TOPICS.get(header.nextInt(TOPICS.size())) + "\nicon\nSearch documents\n");
				for (int i = start; i < Math.min(count, start + articlesPerFile); i++) {
					ArticleText a = new ArticleText(random(first + i), first + i + 1);
					out.write(a.title + "\n" + a.publisher + "· " + a.published.format(DIGEST_DATE) + "\n");
					out.write(a.digestBody());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
			}
			files.add(file);
		}
	}

	private void writePlain(Path dir, int first, int count, List<Path> files) {
		for (int i = first; i < first + count; i++) {
			Path file = dir.resolve(String.format(Locale.ROOT, "plain-%06d.md", i + 1));
			ArticleText a = new ArticleText(random(i), i + 1);
			try (BufferedWriter out = open(dir, file)) {
				out.write("Title: " + a.title + "\nSource: " + a.publisher + "\nURL: https://news.example.org/"
						+ a.published.getYear() + "/" + (i + 1) + "\nDate: " + a.plainDate() + "\n\n");
				out.write(a.plainBody());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
			}
			files.add(file);
		}
	}

	private static BufferedWriter open(Path dir, Path file) throws IOException {
		Files.createDirectories(dir);
		return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
	}

	/** An independent generator per article, so article n does not depend on how many came before. */
	private Random random(long stream) {
		long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
		z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
		z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return new Random(z ^ (z >>> 33));
	}
}
