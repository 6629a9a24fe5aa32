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

import org.reegraph.loader.LoadListener;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.loader.json.JsonLinesWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reegraph extract PATH…}: facts as JSON Lines, no database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = { "Extract entities and facts from documents (files or folders) without a database and write "
				+ "them as JSON Lines (format: docs/extract-format.md). Errors go to standard error; exit code 3 when "
				+ "any document was rejected (the others are still extracted)." })
final class ExtractCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents or folders of documents.")
	List<Path> paths;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
	Path output;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		var err = spec.commandLine().getErr();
		Writer writer = output == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
				: Files.newBufferedWriter(output, StandardCharsets.UTF_8);
		LoadReport report;
		try {
			JsonLinesWriter json = new JsonLinesWriter(writer);
			report = ReegraphLoader.create().extract(paths, doc -> {
				if (doc.isRejected()) {
					err.println("reegraph: rejected " + doc.rejection());
				}
				else {
					json.write(doc);
				}
			}, LoadListener.NONE);
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
}
