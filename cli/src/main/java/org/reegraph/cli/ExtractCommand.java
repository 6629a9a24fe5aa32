package org.reegraph.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.reegraph.loader.LoadListener;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.loader.json.JsonLinesWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reegraph extract PATH…}: facts as JSON Lines, or with {@code --explain} how they were read; no database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = { "Extract entities and facts from documents (files or folders) without a database and write "
				+ "them as JSON Lines (format: docs/extract-format.md). Errors go to standard error; exit code 3 when "
				+ "any document was rejected (the others are still extracted)." })
final class ExtractCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents or folders of documents.")
	List<Path> paths;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
	Path output;

	@Option(names = "--explain", description = "Instead of JSON Lines, write a report for people: for each sentence "
			+ "the mentions found, the facts made with their rule, what each rule of the rule files did with the trigger "
			+ "words it found, and for a sentence naming two or more entities without a fact, the rules that came "
			+ "closest and why they did not fire (docs/extraction.md, \"Explaining extraction\").")
	boolean explain;

	@Option(names = "--explain-json", description = "The --explain report as JSON Lines, one document a line.")
	boolean explainJson;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		var err = spec.commandLine().getErr();
		Writer writer = output == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
				: Files.newBufferedWriter(output, StandardCharsets.UTF_8);
		LoadReport report;
		try {
			if (explain || explainJson) {
				report = explain(writer, err);
			}
			else {
				report = extract(writer, err);
			}
		}
		catch (UncheckedIOException ex) {
			throw new IOException("Cannot write " + (output == null ? "to standard output" : output) + ": "
					+ ex.getCause().getMessage(), ex);
		}
		finally {
			if (output != null) {
				writer.close();
			}
			else {
				writer.flush();
			}
		}
		err.print(report.summary());
		err.flush();
		return report.rejected().isEmpty() ? 0 : ReegraphCli.EXIT_REJECTED;
	}

	private LoadReport extract(Writer writer, java.io.PrintWriter err) {
		JsonLinesWriter json = new JsonLinesWriter(writer);
		return ReegraphLoader.create().extract(paths, doc -> {
			if (doc.isRejected()) {
				err.println("reegraph: rejected " + doc.rejection());
			}
			else {
				json.write(doc);
			}
		}, LoadListener.NONE);
	}

	private LoadReport explain(Writer writer, java.io.PrintWriter err) {
		ExplainReport text = new ExplainReport(writer);
		ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		return ReegraphLoader.create().explain(paths, doc -> {
			if (doc.isRejected()) {
				err.println("reegraph: rejected " + doc.document() + ": " + doc.rejection());
			}
			if (explainJson) {
				try {
					writer.write(mapper.writeValueAsString(doc));
					writer.write('\n');
					writer.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			else {
				text.write(doc);
			}
		}, LoadListener.NONE);
	}
}
