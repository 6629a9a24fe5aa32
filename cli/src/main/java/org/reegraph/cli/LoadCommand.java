package org.reegraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.reegraph.loader.LoadReport;
import org.reegraph.loader.LoaderConfig;
import org.reegraph.loader.ReegraphLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code reegraph load PATH…}: extract documents and write them into Neo4j. */
@Command(name = "load", mixinStandardHelpOptions = true,
		description = { "Extract documents (files or folders) and write them into the embedded Neo4j, or into the "
				+ "Neo4j named by NEO4J_URI. Documents are written whole, several to a transaction: a broken document "
				+ "never spoils the others, a crash leaves whole documents only, and loading the same documents again "
				+ "changes nothing." })
final class LoadCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents or folders of documents (.txt, .md).")
	List<Path> paths;

	@Mixin
	GraphOptions graph = new GraphOptions();

	@CommandLine.Option(names = "--no-progress", description = "Print plain progress lines even on a terminal.")
	boolean noProgress;

	@CommandLine.Option(names = "--facts-per-transaction", paramLabel = "N",
			defaultValue = "" + LoaderConfig.DEFAULT_FACTS_PER_TRANSACTION,
			description = "Gather whole documents into one write transaction until it holds at least N facts "
					+ "(default: ${DEFAULT-VALUE}; 1 writes each document in its own transaction).")
	int factsPerTransaction;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		var err = spec.commandLine().getErr();
		var out = spec.commandLine().getOut();
		if (factsPerTransaction < 1) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					"--facts-per-transaction must be at least 1, got " + factsPerTransaction + ".");
		}
		try (GraphConnection connection = GraphConnection.open(graph, System.getenv())) {
			err.println(connection.describe());
			LoadReport report;
			try (Progress progress = new Progress(err, System.console() != null && !noProgress, "Loading")) {
				report = ReegraphLoader.create(LoaderConfig.defaults().withFactsPerTransaction(factsPerTransaction))
					.load(connection.driver(), paths, progress);
			}
			out.print(report.summary());
			out.flush();
			return report.rejected().isEmpty() ? 0 : ReegraphCli.EXIT_REJECTED;
		}
	}
}
