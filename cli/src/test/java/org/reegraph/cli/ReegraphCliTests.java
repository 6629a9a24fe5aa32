package org.reegraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ReegraphCliTests {

	record Run(int exit, String out, String err) {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cl = ReegraphCli.commandLine();
		cl.setOut(new PrintWriter(out));
		cl.setErr(new PrintWriter(err));
		int exit = cl.execute(args);
		return new Run(exit, out.toString(), err.toString());
	}

	@Nested
	class Help {

		@Test
		void listsTheCommandsAndExitCodes() {
			Run r = run("--help");
			assertThat(r.exit()).isZero();
			assertThat(r.out()).contains("serve", "load", "extract", "3   some documents were rejected");
		}

		@Test
		void everyCommandHasHelp() {
			for (String command : List.of("serve", "load", "extract")) {
				Run r = run(command, "--help");
				assertThat(r.exit()).as(command).isZero();
				assertThat(r.out()).as(command).contains("Usage: reegraph " + command);
			}
			assertThat(run("serve", "--help").out()).contains("--port", "MICRONAUT_SERVER_PORT", "--bolt-port",
					"--data-dir");
		}
	}

	@Nested
	class ArgumentErrors {

		@Test
		void anUnknownCommandIsRefused() {
			Run r = run("frobnicate");
			assertThat(r.exit()).isEqualTo(2);
			assertThat(r.err()).contains("Unmatched argument at index 0: 'frobnicate'");
		}

		@Test
		void loadNeedsAPath() {
			Run r = run("load");
			assertThat(r.exit()).isEqualTo(2);
			assertThat(r.err()).contains("Missing required parameter: 'PATH'");
		}

		@Test
		void aPortMustBeANumber() {
			Run r = run("serve", "--bolt-port", "seven");
			assertThat(r.exit()).isEqualTo(2);
			assertThat(r.err()).contains("Invalid value for option '--bolt-port': 'seven' is not an int");
		}

		@Test
		void aTransactionMustHoldAtLeastOneFact() {
			Run r = run("load", "data/documents", "--facts-per-transaction", "0");
			assertThat(r.exit()).isEqualTo(2);
			assertThat(r.err()).contains("--facts-per-transaction must be at least 1, got 0.");
			assertThat(run("load", "--help").out()).contains("--facts-per-transaction=N", "default: 5000");
		}

		@Test
		void noCommandAtAllIsExplained() {
			Run r = run();
			assertThat(r.exit()).isEqualTo(2);
			assertThat(r.err()).contains("Missing a command: serve, load, import or extract.");
		}
	}

	@Nested
	class Extract {

		@Test
		void writesJsonLinesOfTheCorpusWithoutADatabase(@TempDir Path dir) throws Exception {
			Path out = dir.resolve("facts.jsonl");
			Run r = run("extract", Path.of("..", "data", "documents").toString(), "--output", out.toString());
			assertThat(r.exit()).isZero();
			List<String> lines = Files.readAllLines(out);
			assertThat(lines).allMatch(l -> l.startsWith("{\"type\":\""));
			assertThat(lines).anyMatch(l -> l.contains("\"relationship\":\"DEPENDS_ON\"")
					&& l.contains("\"id\":\"program:f-35\"") && l.contains("dysprosium alloy"));
			assertThat(lines).anyMatch(l -> l.startsWith("{\"type\":\"entity\",\"id\":\"country:CN\""));
			assertThat(r.err()).contains("Documents: 5 read, 5 loaded, 0 rejected.");
		}

		@Test
		void aRejectedDocumentGivesExitCodeThreeAndItsNameOnStandardError(@TempDir Path dir) throws Exception {
			Files.writeString(dir.resolve("ok.md"), "Title: t\n\nChina exported 20 tons of gallium to Japan.");
			Files.write(dir.resolve("bad.txt"), new byte[] { 'P', 'K', 3, 4, 0 });
			Path out = dir.resolve("out.jsonl");
			Run r = run("extract", dir.toString(), "-o", out.toString());
			assertThat(r.exit()).isEqualTo(ReegraphCli.EXIT_REJECTED);
			assertThat(r.err()).contains("rejected " + dir.resolve("bad.txt") + ": this is a binary file (ZIP archive)");
			assertThat(Files.readString(out)).contains("\"relationship\":\"EXPORTS_TO\"");
		}

		@Test
		void explainShowsEachSentencesMentionsFactsRulesAndClosestRules(@TempDir Path dir) throws Exception {
			Path note = dir.resolve("note.md");
			Files.writeString(note, "Title: Explain\n\nJapan lent $200 million to Lynas Rare Earths. "
					+ "Apple did not invest in MP Materials. Japan and Lynas Rare Earths met in Tokyo last week.");
			Path out = dir.resolve("explain.txt");
			Run r = run("extract", "--explain", note.toString(), "-o", out.toString());
			assertThat(r.exit()).isZero();
			assertThat(Files.readString(out)).contains("== note.md\n# Explain\n",
					"""
					[1] Japan lent $200 million to Lynas Rare Earths.
					  @ Japan              Country country:JP  (gazetteer)
					  @ Lynas Rare Earths  Company company:lynas-rare-earths  (gazetteer)
					  + INVESTS_IN Japan -> Lynas Rare Earths {amountUsd=200000000}  [invests.award.to]
					  - invests.award.to on "lent": fired [Japan -INVESTS_IN-> Lynas Rare Earths]
					""",
					"""
					[2] Apple did not invest in MP Materials.
					  @ Apple         Company company:apple  (gazetteer)
					  @ MP Materials  Company company:mp-materials  (gazetteer)
					  - invests.verb on "invest": negated
					  ? closest: invests.verb on "invest": negated
					""",
					"[3] Japan and Lynas Rare Earths met in Tokyo last week.",
					"  ? closest: no trigger word; rules that could join Japan (Country) and Lynas Rare Earths (Company): "
							+ "invests.verb INVESTS_IN (invest, reinvest)");
			assertThat(r.err()).contains("Documents: 1 read, 1 loaded, 0 rejected.");
		}

		@Test
		void explainJsonWritesOneDocumentALine(@TempDir Path dir) throws Exception {
			Path note = dir.resolve("note.md");
			Files.writeString(note, "Title: Explain\n\nApple did not invest in MP Materials.");
			Path out = dir.resolve("explain.jsonl");
			Run r = run("extract", "--explain-json", note.toString(), "-o", out.toString());
			assertThat(r.exit()).isZero();
			assertThat(Files.readAllLines(out)).singleElement().satisfies(l -> assertThat(l)
				.startsWith("{\"document\":\"note.md\",\"articles\":[")
				.contains("{\"rule\":\"invests.verb\",\"trigger\":\"invest\",\"fired\":false,\"reason\":\"negated\"}"));
		}
	}
}
