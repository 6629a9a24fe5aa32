package org.reegraph.loader;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.reegraph.loader.extraction.Rejection;
import org.reegraph.testsupport.ReliabilityReport;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of hostile documents, generated here, loaded in one run together with the bundled corpus into a real
 * Neo4j. For every hostile file the user must get a message that names the file and the problem (never an
 * exception trace), the good documents must load exactly as they do alone, and nothing from a rejected file may
 * reach the graph. Each case checks its row of docs/reliability.md (see ReliabilityReport).
 * <p>
 * Unreadable files: the tests run as root (here and in CI), for whom {@code chmod 000} changes nothing. The read
 * failure used instead is one root hits too: a link to {@code /proc/self/mem}, which the kernel refuses to read at
 * offset 0 (EIO, "Input/output error").
 */
class HostileCorpusIT {

	static final Path CORPUS = Path.of("..", "data", "documents");

	/** Rejected files sit in a folder read first, so a rejection must not disturb the documents after it. */
	static final String REJECTED = "a-rejected";

	/** The bundled corpus, unchanged. */
	static final String GOOD = "m-corpus";

	/** Odd but legitimate documents, read last: they load, within bounds. */
	static final String ODD = "z-odd";

	/** Words a user-facing message must not contain: exception class names and stack frames. */
	static final Pattern TRACE = Pattern.compile("Exception|Error:|\\bat [a-z]+\\.|java\\.|org\\.|\\$[A-Z]");

	@TempDir
	static Path root;

	static Driver driver;
	static Set<String> goodFactsAlone;
	static LoadReport report;
	static Set<String> goodFactsWithHostile;
	static long duplicates;

	/** One hostile case: its files (relative to the root) and what the rejection reason must say. */
	record Case(String id, String scenario, List<String> files, String expectedReason) {
	}

	static final List<Case> REJECTED_CASES = List.of(
			new Case("input.empty-file", "Empty file", List.of(REJECTED + "/empty.txt"), "the file is empty"),
			new Case("input.binary-png", "Binary file: PNG image", List.of(REJECTED + "/image.txt"),
					"this is a binary file (PNG image), not a text document"),
			new Case("input.binary-zip", "Binary file: ZIP archive", List.of(REJECTED + "/archive.zip"),
					"this is a binary file (ZIP archive), not a text document"),
			new Case("input.invalid-utf8", "Invalid UTF-8 (Windows-1252 text)", List.of(REJECTED + "/cp1252.txt"),
					"not valid UTF-8: invalid byte 0xE9 at offset 10 (line 1); save the file as UTF-8"),
			new Case("input.utf16-bom", "UTF-16 with byte-order mark", List.of(REJECTED + "/utf16.txt"),
					"the file is UTF-16 (byte-order mark at offset 0); save it as UTF-8 and load it again"),
			new Case("input.nul-bytes", "NUL bytes inside text", List.of(REJECTED + "/nul.txt"),
					"NUL byte at offset 31: this is a binary file or not UTF-8 text"),
			new Case("input.huge-document", "A 50 MB document", List.of(REJECTED + "/huge-50mb.txt"),
					"the file is 50.0 MB, larger than the 20.0 MB limit for one document"),
			new Case("input.long-line-only", "A file that is a single 5 MB line", List.of(REJECTED + "/one-line.txt"),
					"has a title but no body"),
			new Case("input.html", "HTML page instead of text", List.of(REJECTED + "/page.txt"),
					"this is HTML/XML markup, not a text article; save the page as plain text first"),
			new Case("input.title-no-body", "A title with no body", List.of(REJECTED + "/title-only.txt"),
					"the article 'Gallium curbs tighten' at line 1 has a title but no body"),
			new Case("input.impossible-date", "Date line 2025-13-45", List.of(REJECTED + "/bad-date.txt"),
					"impossible date '2025-13-45 10:00' at line 2"),
			new Case("input.symlink-loop", "Folder with a symbolic-link loop", List.of(REJECTED + "/loop/back"),
					"symbolic-link loop (skipped)"),
			new Case("input.self-link", "A symbolic link to itself", List.of(REJECTED + "/self-link.txt"),
					"cannot be read: Too many levels of symbolic links"),
			new Case("input.dangling-link", "A symbolic link to a missing file", List.of(REJECTED + "/dangling.txt"),
					"dangling symbolic link (its target does not exist)"),
			new Case("input.named-pipe", "A named pipe (reading would block for ever)", List.of(REJECTED + "/pipe.txt"),
					"not a regular file (a device, named pipe or socket); skipped"),
			new Case("input.unreadable", "Unreadable file (read fails with EIO, also for root)",
					List.of(REJECTED + "/unreadable.txt"), "cannot be read: Input/output error"));

	@BeforeAll
	static void loadTheHostileCorpus() throws IOException {
		TestNeo4j db = TestNeo4j.get();
		driver = db.driver();

		Path good = Files.createDirectories(root.resolve(GOOD));
		try (Stream<Path> files = Files.list(CORPUS)) {
			for (Path f : files.toList()) {
				Files.copy(f, good.resolve(f.getFileName()));
			}
		}
		db.clear();
		LoadReport alone = ReegraphLoader.create().load(driver, List.of(good), LoadListener.NONE);
		assertThat(alone.rejected()).isEmpty();
		goodFactsAlone = factsOf(corpusNames());
		assertThat(goodFactsAlone).hasSizeGreaterThan(150);

		writeHostileFiles();
		db.clear();
		report = ReegraphLoader.create().load(driver, List.of(root), LoadListener.NONE);
		goodFactsWithHostile = factsOf(corpusNames());
		duplicates = query("MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS d").get(0).get("d")
			.asLong()
				+ query("MATCH ()-[r]->() WHERE r.factId IS NOT NULL WITH r.factId AS id, count(*) AS c WHERE c > 1 "
						+ "RETURN count(*) AS d").get(0).get("d").asLong();
	}

	@AfterAll
	static void clear() {
		TestNeo4j.get().clear();
	}

	static void writeHostileFiles() throws IOException {
		Path rejected = Files.createDirectories(root.resolve(REJECTED));
		Files.write(rejected.resolve("empty.txt"), new byte[0]);
		byte[] png = new byte[2048];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, 0, png, 0, 8);
		Files.write(rejected.resolve("image.txt"), png);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(rejected.resolve("archive.zip")))) {
			zip.putNextEntry(new ZipEntry("article.txt"));
			zip.write("China exported 353 tons of dysprosium to Japan.".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Files.write(rejected.resolve("cp1252.txt"), "Title: Caf\u00e9\n\nCaf\u00e9 owners said China exported 7 tons."
			.getBytes("windows-1252"));
		Files.write(rejected.resolve("utf16.txt"), "Title: x\n\nChina exported 91 tons of terbium to Japan."
			.getBytes(StandardCharsets.UTF_16));
		Files.write(rejected.resolve("nul.txt"), "Title: x\n\nChina exported 5 tons\0 of terbium to Japan."
			.getBytes(StandardCharsets.UTF_8));
		String paragraph = "China exported 4,321 tons of dysprosium to Japan in March, officials said. ";
		try (Writer w = Files.newBufferedWriter(rejected.resolve("huge-50mb.txt"))) {
			w.write("Title: Huge\nDate: 2025-03-01\n\n");
			for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length() + 1) {
				w.write(paragraph);
				w.write('\n');
			}
		}
		try (Writer w = Files.newBufferedWriter(rejected.resolve("one-line.txt"))) {
			for (long written = 0; written < 5L * 1024 * 1024; written += paragraph.length()) {
				w.write(paragraph);
			}
		}
		Files.writeString(rejected.resolve("page.txt"), "<!DOCTYPE html>\n<html><head><title>Rare earths</title></head>"
				+ "<body><p>China exported 66 tons of yttrium to Japan.</p></body></html>");
		Files.writeString(rejected.resolve("title-only.txt"), "Gallium curbs tighten\nWire· 2025-10-01 10:00\n\n");
		Files.writeString(rejected.resolve("bad-date.txt"),
				"Rare earth shipments\nWire· 2025-13-45 10:00\nChina exported 8,888 tons of cerium to Japan.");
		Path loop = Files.createDirectories(rejected.resolve("loop"));
		Files.createSymbolicLink(loop.resolve("back"), Path.of(".."));
		Files.createSymbolicLink(rejected.resolve("self-link.txt"), Path.of("self-link.txt"));
		Files.createSymbolicLink(rejected.resolve("unreadable.txt"), Path.of("/proc/self/mem"));
		Files.createSymbolicLink(rejected.resolve("dangling.txt"), Path.of("gone.txt"));
		try {
			Process mkfifo = new ProcessBuilder("mkfifo", rejected.resolve("pipe.txt").toString()).inheritIO().start();
			assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while creating a named pipe", ex);
		}

		Path odd = Files.createDirectories(root.resolve(ODD));
		StringBuilder citations = new StringBuilder("Title: Cited exports\nDate: 2025-06-30\n\n"
				+ "Japan imported 731 tons of yttrium from Vietnam in June.");
		for (int i = 1; i <= 10_000; i++) {
			citations.append('[').append(i).append(']');
		}
		Files.writeString(odd.resolve("citations.txt"), citations.append(" The figures were confirmed.\n"));
		Files.writeString(odd.resolve("numbers.txt"), "Title: Absurd figures\nDate: 2025-03-01\n\n"
				+ "Vietnam exported 1e309 tons of yttrium to Japan in March. "
				+ "MP Materials received $-5 billion from the Pentagon in March. "
				+ "Vietnam exported 999999999999999999999 tons of yttrium to Japan in February. "
				+ "Japan imported 812 tons of yttrium from Vietnam in January.\n");
		StringBuilder repeated = new StringBuilder("Title: Echo chamber\nDate: 2025-04-01\n\n");
		while (repeated.length() < 256 * 1024) {
			repeated.append("China China China MP Materials Lynas Rare Earths dysprosium United States Japan ");
		}
		Files.writeString(odd.resolve("repeated.txt"), repeated.append(".\n"));
		try (Writer w = Files.newBufferedWriter(odd.resolve("long-line.txt"))) {
			w.write("Title: A very long line\nDate: 2025-05-31\n\n");
			String prose = "Traders said the market stayed quiet while buyers waited for new figures. ";
			long written = 0;
			for (int i = 0; written < 1024 * 1024; i++, written += prose.length()) {
				w.write(i == 7_000 ? "Japan imported 659 tons of yttrium from Vietnam in May. " : prose);
			}
		}
	}

	static List<String> corpusNames() throws IOException {
		try (Stream<Path> files = Files.list(CORPUS)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}

	static List<Record> query(String cypher, Object... params) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, Values.parameters(params)).list());
		}
	}

	/** Every fact the given documents are the evidence of: type, ends and all properties, as sorted text. */
	static Set<String> factsOf(List<String> documents) {
		Set<String> facts = new TreeSet<>();
		for (Record r : query("MATCH (a)-[r]->(b) WHERE r.document IN $docs RETURN a.id AS a, type(r) AS t, b.id AS b, "
				+ "properties(r) AS p", "docs", documents)) {
			facts.add(r.get("a").asString() + " " + r.get("t").asString() + " " + r.get("b").asString() + " "
					+ new java.util.TreeMap<>(r.get("p").asMap()));
		}
		return facts;
	}

	static String relative(String document) {
		return root.relativize(Path.of(document)).toString();
	}

	@TestFactory
	Stream<DynamicTest> everyHostileFileIsRejectedByNameWithItsProblemAndLeavesNothingBehind() {
		return REJECTED_CASES.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
			List<Rejection> mine = new ArrayList<>();
			for (String file : c.files()) {
				String path = root.resolve(file).toString();
				List<Rejection> found = report.rejected().stream().filter(r -> r.document().equals(path)).toList();
				assertThat(found).as("rejections of %s in %s", file, report.rejected()).hasSize(1);
				mine.addAll(found);
			}
			for (Rejection r : mine) {
				assertThat(r.reason()).contains(c.expectedReason());
				assertThat(r.toString()).startsWith(r.document() + ": ").doesNotContainPattern(TRACE);
				String name = Path.of(r.document()).getFileName().toString();
				assertThat(query("MATCH (d:Document {name: $n}) RETURN d", "n", name)).isEmpty();
				assertThat(query("MATCH (a:Article {document: $n}) RETURN a", "n", name)).isEmpty();
				assertThat(query("MATCH ()-[r {document: $n}]->() RETURN r", "n", name)).isEmpty();
			}
			long lost = goodFactsAlone.stream().filter(f -> !goodFactsWithHostile.contains(f)).count();
			ReliabilityReport.scenario(c.id(), c.scenario())
				.tried(c.files().size())
				.rejectedClearly(mine.size())
				.factsLost(lost)
				.duplicated(duplicates)
				.outcome(mine.stream().map(r -> "\"" + relative(r.document()) + ": " + r.reason() + "\"")
					.reduce((a, b) -> a + "; " + b).orElse("") + "; the bundled corpus loaded in the same run")
				.record();
		}));
	}

	@Test
	void theGoodDocumentsLoadExactlyAsTheyDoAloneAndNothingIsDuplicated() throws IOException {
		assertThat(goodFactsWithHostile).isEqualTo(goodFactsAlone);
		assertThat(duplicates).isZero();
		assertThat(report.documentsRead()).isEqualTo(corpusNames().size() + REJECTED_CASES.size() + 4);
		assertThat(report.documentsLoaded()).isEqualTo(corpusNames().size() + 4);
		assertThat(report.rejected()).hasSize(REJECTED_CASES.size());
		assertThat(report.summary()).doesNotContainPattern(TRACE);
		ReliabilityReport.scenario("input.mixed-corpus", "Bundled corpus loaded in one run with every hostile file")
			.tried(report.documentsRead())
			.rejectedClearly(report.rejected().size())
			.factsLost(goodFactsAlone.stream().filter(f -> !goodFactsWithHostile.contains(f)).count())
			.duplicated(duplicates)
			.outcome(report.documentsLoaded() + " documents loaded, " + report.rejected().size()
					+ " rejected by name; the corpus's " + goodFactsAlone.size() + " facts identical to a load of it alone")
			.record();
	}

	@Test
	void tenThousandCitationMarkersDoNotHideTheFact() {
		Map<String, Object> fact = exportToJapan("citations.txt", 731);
		ReliabilityReport.scenario("input.citation-markers", "A body with 10,000 citation markers")
			.tried(1).rejectedClearly(0).factsLost(fact == null ? 1 : 0).duplicated(duplicates)
			.outcome("loaded; its fact (731 t of yttrium, VN to JP) found once")
			.record();
	}

	@Test
	void absurdNumbersAreDroppedWhileTheSaneOneIsKept() {
		List<Record> amounts = query("MATCH ()-[r {document: 'numbers.txt'}]->() RETURN r.quantity AS q, "
				+ "r.amountUsd AS usd");
		List<Number> quantities = amounts.stream().filter(r -> !r.get("q").isNull()).map(r -> (Number) r.get("q")
			.asObject()).toList();
		assertThat(quantities).containsExactly(812L);
		assertThat(amounts).allSatisfy(r -> assertThat(r.get("usd").isNull()).isTrue());
		assertThat(exportToJapan("numbers.txt", 812)).isNotNull();
		ReliabilityReport.scenario("input.absurd-numbers", "Numbers 1e309, $-5 billion, 999999999999999999999 tons")
			.tried(3).rejectedClearly(0).factsLost(0).duplicated(duplicates)
			.outcome("loaded; the three absurd figures stored nowhere (no quantity 309, no negative or 1e21 amount); "
					+ "the sane 812 t in the same document kept")
			.record();
	}

	@Test
	void deeplyRepeatedEntityNamesGiveOneNodePerEntity() {
		List<Record> rows = query("MATCH (d:Document {name: 'repeated.txt'})-[:HAS_ARTICLE]->(a)-[m:MENTIONS]->(e) "
				+ "RETURN e.id AS id, count(m) AS c");
		Map<String, Long> mentions = new LinkedHashMap<>();
		rows.forEach(r -> mentions.put(r.get("id").asString(), r.get("c").asLong()));
		assertThat(mentions).containsKeys("country:CN", "country:US", "country:JP").allSatisfy((k, v) ->
				assertThat(v).isEqualTo(1L));
		assertThat(query("MATCH (c:Country {code: 'CN'}) RETURN count(c) AS n").get(0).get("n").asLong()).isOne();
		ReliabilityReport.scenario("input.repeated-entities", "256 KB of entity names repeated without a full stop")
			.tried(1).rejectedClearly(0).factsLost(0).duplicated(duplicates)
			.outcome("loaded; each entity one node with one MENTIONS per article (" + mentions.size() + " entities)")
			.record();
	}

	@Test
	void aFiveMegabyteLineIsReadInBoundedSentences() {
		Map<String, Object> fact = exportToJapan("long-line.txt", 659);
		assertThat(fact).isNotNull();
		long longest = query("MATCH ()-[r {document: 'long-line.txt'}]->() RETURN max(size(r.sentence)) AS m").get(0)
			.get("m").asLong();
		assertThat(longest).isLessThanOrEqualTo(1_000);
		ReliabilityReport.scenario("input.long-line-body", "A body that is one 1 MB line of prose")
			.tried(1).rejectedClearly(0).factsLost(0).duplicated(duplicates)
			.outcome("loaded; the one fact inside it found, evidence sentences at most 1,000 characters")
			.record();
	}

	/** {@return the properties of the single VN→JP export of that quantity the document gave, or fails} */
	static Map<String, Object> exportToJapan(String document, long tons) {
		List<Record> rows = query("MATCH (:Country {code: 'VN'})-[r:EXPORTS_TO]->(:Country {code: 'JP'}) "
				+ "WHERE r.document = $d AND r.quantity = $q RETURN properties(r) AS p", "d", document, "q", tons);
		assertThat(rows).as("VN→JP %d t from %s", tons, document).hasSize(1);
		return rows.get(0).get("p").asMap();
	}
}
