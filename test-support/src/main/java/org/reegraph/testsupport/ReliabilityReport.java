package org.reegraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Checks the results of reliability and security scenarios against the table in {@code docs/reliability.md}, so
 * that the figures in that document are produced by the tests that measured them and never typed by hand, and a
 * test run leaves the working tree as it found it.
 * <p>
 * Each scenario owns one row of the table, keyed by its id (the first column). {@link Row#record()} writes the
 * measured row to {@code target/reliability/<id>.md} of the module whose test ran it and fails, naming both rows,
 * when the document's row differs or is missing. After a change that moves a figure, run the tests with
 * {@code -Dreegraph.docs.update=true} (for example {@code ./mvnw verify -Dreegraph.docs.update=true}, or one test
 * with {@code -pl loader -Dit.test=HostileCorpusIT}): recording then replaces the scenario's row in the document and
 * keeps the table sorted by id. Rows live between the {@code <!-- rows:start -->} and {@code <!-- rows:end -->}
 * markers; the prose around them is left alone. Tests in any module may record rows (the file is located by walking
 * up from the working directory to the project root and updated under a file lock). Figures must therefore be
 * deterministic (counts, not timings): every row is compared whole. Timings belong in {@code docs/benchmarks.md},
 * which {@code bin/reegraph bench} writes.
 * <pre>{@code
 * ReliabilityReport.scenario("input.empty-file", "Empty file")
 *     .tried(1).rejectedClearly(1).factsLost(0).duplicated(0)
 *     .outcome("rejected: \"empty.txt: the file is empty\"; other documents loaded")
 *     .record();
 * }</pre>
 * A column that does not apply to a scenario is shown as "–".
 */
public final class ReliabilityReport {

	static final String START = "<!-- rows:start -->";

	static final String END = "<!-- rows:end -->";

	/**
	 * The system property ({@value}) that makes {@link Row#record()} rewrite the scenario's row in
	 * {@code docs/reliability.md} instead of comparing with it.
	 */
	public static final String UPDATE_PROPERTY = "reegraph.docs.update";

	static final String HEADER = """
			| Id | Scenario | Tried | Rejected with a clear message | Facts lost | Duplicated | Requests | Errors | Leaks | Outcome |
			|---|---|---:|---:|---:|---:|---:|---:|---:|---|""";

	private ReliabilityReport() {
	}

	/**
	 * Starts a row.
	 * @param id stable key, {@code area.name} (for example {@code input.empty-file}, {@code api.fuzz-search}); rows
	 * sort by it
	 * @param scenario what was done, in a few words
	 * @return a row builder; call {@link Row#record()} to write it
	 */
	public static Row scenario(String id, String scenario) {
		return new Row(id, scenario);
	}

	/** One row of the table. Unset figures print as "–". */
	public static final class Row {

		private final String id;

		private final String scenario;

		private Long tried;

		private Long rejectedClearly;

		private Long factsLost;

		private Long duplicated;

		private Long requests;

		private Long errors;

		private Long leaks;

		private String outcome = "";

		Row(String id, String scenario) {
			if (id == null || !id.matches("[a-z0-9][a-z0-9.\\-]*")) {
				throw new IllegalArgumentException("scenario id must be lower-case words joined by '.' or '-': " + id);
			}
			this.id = id;
			this.scenario = Objects.requireNonNull(scenario, "scenario");
		}

		/**
		 * Sets the {@code tried} column.
		 *
		 * @param n documents, inputs or operations tried
		 * @return this row
		 */
		public Row tried(long n) {
			this.tried = n;
			return this;
		}

		/**
		 * Sets the {@code rejectedClearly} column.
		 *
		 * @param n inputs rejected with a message naming the input and the problem
		 * @return this row
		 */
		public Row rejectedClearly(long n) {
			this.rejectedClearly = n;
			return this;
		}

		/**
		 * Sets the {@code factsLost} column.
		 *
		 * @param n facts missing compared with a clean run (must be 0)
		 * @return this row
		 */
		public Row factsLost(long n) {
			this.factsLost = n;
			return this;
		}

		/**
		 * Sets the {@code duplicated} column.
		 *
		 * @param n nodes or relationships present more than once (must be 0)
		 * @return this row
		 */
		public Row duplicated(long n) {
			this.duplicated = n;
			return this;
		}

		/**
		 * Sets the {@code requests} column.
		 *
		 * @param n requests sent (queries under load, fuzz requests)
		 * @return this row
		 */
		public Row requests(long n) {
			this.requests = n;
			return this;
		}

		/**
		 * Sets the {@code errors} column.
		 *
		 * @param n requests that failed unexpectedly (must be 0)
		 * @return this row
		 */
		public Row errors(long n) {
			this.errors = n;
			return this;
		}

		/**
		 * Sets the {@code leaks} column.
		 *
		 * @param n responses that leaked Cypher, stack traces or credentials (must be 0)
		 * @return this row
		 */
		public Row leaks(long n) {
			this.leaks = n;
			return this;
		}

		/**
		 * Sets the {@code outcome} column.
		 *
		 * @param text what the user sees or what was proven, one line
		 * @return this row
		 */
		public Row outcome(String text) {
			this.outcome = text;
			return this;
		}

		String markdown() {
			return "| " + String.join(" | ", cell(id), cell(scenario), num(tried), num(rejectedClearly), num(factsLost),
					num(duplicated), num(requests), num(errors), num(leaks), cell(outcome)) + " |";
		}

		/**
		 * Writes this row to {@code target/reliability/<id>.md} and compares it with the row of
		 * {@code docs/reliability.md}; with {@code -D}{@value ReliabilityReport#UPDATE_PROPERTY}{@code =true} replaces the document's
		 * row instead.
		 *
		 * @throws AssertionError when the document's row is missing or differs from the measured one
		 */
		public void record() {
			ReliabilityReport.check(document(), Path.of("target", "reliability"), this,
					Boolean.getBoolean(UPDATE_PROPERTY));
		}
	}

	private static String num(Long n) {
		return n == null ? "–" : Long.toString(n);
	}

	private static String cell(String text) {
		return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
	}

	/** @return {@code docs/reliability.md} of the project this test runs in */
	static Path document() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
				return dir.resolve("docs").resolve("reliability.md");
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("cannot find the project root (a folder with mvnw and docs/) above "
				+ Path.of("").toAbsolutePath());
	}

	static void check(Path document, Path measuredDir, Row row, boolean update) {
		String measured = row.markdown();
		try {
			Files.createDirectories(measuredDir);
			Files.writeString(measuredDir.resolve(row.id + ".md"), measured + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the measured row to " + measuredDir, ex);
		}
		if (update) {
			record(document, row);
			return;
		}
		String documented;
		try {
			documented = rows(Files.readString(document, StandardCharsets.UTF_8)).get(row.id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + document, ex);
		}
		if (!measured.equals(documented)) {
			throw new AssertionError((documented == null ? "docs/reliability.md has no row for scenario " + row.id
					: "docs/reliability.md is out of date for scenario " + row.id + "\n  documented: " + documented)
					+ "\n  measured:   " + measured + "\n(also in " + measuredDir.resolve(row.id + ".md").toAbsolutePath()
					+ "). If the change is deliberate, re-run the test with -D" + UPDATE_PROPERTY
					+ "=true to write the measured row into the document, and commit it.");
		}
	}

	static void record(Path file, Row row) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			String updated = withRow(text, row);
			if (!updated.equals(text)) {
				byte[] bytes = updated.getBytes(StandardCharsets.UTF_8);
				channel.truncate(0);
				channel.write(java.nio.ByteBuffer.wrap(bytes), 0);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot update " + file, ex);
		}
	}

	static String withRow(String text, Row row) {
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		TreeMap<String, String> rows = rows(text);
		rows.put(row.id, row.markdown());
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		lines.addAll(rows.values());
		return text.substring(0, start + START.length()) + "\n" + String.join("\n", lines) + "\n" + text.substring(end);
	}

	/** @return the table's rows by scenario id, sorted */
	static TreeMap<String, String> rows(String text) {
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		if (start < 0 || end < start) {
			throw new IllegalStateException("docs/reliability.md has no " + START + " … " + END + " section");
		}
		TreeMap<String, String> rows = new TreeMap<>();
		for (String line : text.substring(start + START.length(), end).split("\n")) {
			if (line.startsWith("| ") && !line.startsWith("| Id |")) {
				rows.put(line.substring(2, line.indexOf(" |", 2)), line);
			}
		}
		return rows;
	}
}
