package org.reegraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.reegraph.cypher.Neo4jSettings;
import org.reegraph.cypher.SchemaInstaller;
import org.reegraph.embedded.EmbeddedImport;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.loader.extraction.Rejection;
import org.reegraph.loader.write.BulkImportFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code reegraph import PATH…}: the first load of a large corpus into an empty embedded database, through Neo4j's
 * offline bulk importer instead of transactions. The graph is the one {@code load} makes of the same documents.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "First load of a large corpus into an EMPTY embedded Neo4j, through Neo4j's offline bulk "
				+ "importer (neo4j-admin database import full) instead of transactions: the documents are extracted "
				+ "as `load` extracts them, written as the importer's CSV files, imported while the database is "
				+ "stopped, and the schema is applied. The graph is the one `load` makes of the same documents; "
				+ "add more documents later with `load`.",
				"Refuses a database that holds anything, and NEO4J_URI (for a server, write the files with "
						+ "--files-only and run neo4j-admin there)." })
final class ImportCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Documents or folders of documents (.txt, .md).")
	List<Path> paths;

	@Mixin
	GraphOptions graph = new GraphOptions();

	@CommandLine.Option(names = "--no-progress", description = "Print plain progress lines even on a terminal.")
	boolean noProgress;

	@CommandLine.Option(names = "--files", paramLabel = "DIR", description = "Where to write the importer's files "
			+ "(an empty or new folder; default: a folder under the data directory, deleted after the import).")
	Path filesDir;

	@CommandLine.Option(names = "--files-only", description = "Write the importer's files into --files and print "
			+ "the neo4j-admin command that imports them; touch no database.")
	boolean filesOnly;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public Integer call() {
		var err = spec.commandLine().getErr();
		var out = spec.commandLine().getOut();
		if (filesOnly && filesDir == null) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--files-only needs --files DIR.");
		}
		if (!filesOnly && System.getenv("NEO4J_URI") != null && !System.getenv("NEO4J_URI").isBlank()) {
			throw new IllegalStateException("import writes an embedded database's store and cannot import into the "
					+ "server at NEO4J_URI; write the files with --files DIR --files-only and run the printed "
					+ "neo4j-admin command on that server, or use `load`.");
		}
		Path home = graph.dataDir.resolve("neo4j");
		if (!filesOnly) {
			refuseNonEmpty(home);
		}
		long start = System.nanoTime();
		Path files = filesDir != null ? filesDir : graph.dataDir.resolve("import-files");
		if (filesDir == null) {
			deleteTree(files); // our own scratch folder, left by an import that was stopped part-way
		}
		LoadReport extracted;
		BulkImportFiles.Manifest manifest;
		try {
			BulkImportFiles writer = BulkImportFiles.in(files);
			try (Progress progress = new Progress(err, System.console() != null && !noProgress, "Extracting")) {
				extracted = ReegraphLoader.create().extract(paths, writer, progress);
			}
			manifest = writer.finish();
			err.printf("Extracted and wrote %,d nodes and %,d relationships (%,d facts) as the importer's files in %s "
					+ "in %.1f s%n", manifest.nodes(), manifest.relationships(), manifest.facts(), files,
					(System.nanoTime() - start) / 1e9);
			if (filesOnly) {
				out.println("neo4j-admin database import full " + String.join(" ", manifest.arguments().stream()
					.map(ImportCommand::shellQuoted).toList()) + " neo4j");
				out.flush();
				return extracted.rejected().isEmpty() && manifest.refused().isEmpty() ? 0 : ReegraphCli.EXIT_REJECTED;
			}
			PrintStream log = new PrintStream(new LineOutput(err), true, StandardCharsets.UTF_8);
			if (manifest.nodes() > 0) { // nothing to import when every document was rejected
				long imported = System.nanoTime();
				EmbeddedImport.importFull(home, manifest.arguments(), files.resolve("import.report"), log);
				log.flush();
				err.printf("Neo4j's bulk importer took %.1f s%n", (System.nanoTime() - imported) / 1e9);
			}
			try (EmbeddedNeo4j db = EmbeddedNeo4j.start(embeddedSettings(home));
					Driver driver = Neo4jSettings.unauthenticated(db.boltUri()).openDriver()) {
				long schema = System.nanoTime();
				new SchemaInstaller(driver, null).apply();
				err.printf("Schema applied to the imported graph in %.1f s%n", (System.nanoTime() - schema) / 1e9);
			}
		}
		finally {
			if (filesDir == null) {
				deleteTree(files);
			}
		}
		List<Rejection> rejected = new ArrayList<>(extracted.rejected());
		rejected.addAll(manifest.refused());
		LoadReport report = new LoadReport(extracted.documentsRead(), extracted.documentsLoaded()
				- manifest.refused().size(), rejected, extracted.articles(), extracted.duplicateArticles(),
				extracted.entitiesByLabel(), extracted.factsByType(), extracted.warnings(),
				Duration.ofNanos(System.nanoTime() - start));
		out.print(report.summary());
		out.flush();
		return rejected.isEmpty() ? 0 : ReegraphCli.EXIT_REJECTED;
	}

	private EmbeddedSettings embeddedSettings(Path home) {
		return EmbeddedSettings.defaults().withDataDirectory(home).withPorts(0, 0, false);
	}

	/** Starts the embedded database on the directory (when it has one) and refuses it unless it is empty. */
	private void refuseNonEmpty(Path home) {
		if (!Files.exists(home)) {
			return;
		}
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(embeddedSettings(home));
				Driver driver = Neo4jSettings.unauthenticated(db.boltUri()).openDriver();
				var session = driver.session()) {
			long nodes = session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
			if (nodes > 0) {
				throw new IllegalStateException("The database 'neo4j' in " + home.toAbsolutePath() + " is not empty ("
						+ nodes + " nodes): import only writes a first load into an empty database. Add documents to "
						+ "it with `load`, or choose another --data-dir.");
			}
		}
	}

	/** Hands the importer's output to a writer line by line, decoded as the UTF-8 it was printed in. */
	private static final class LineOutput extends OutputStream {

		private final PrintWriter target;
		private final ByteArrayOutputStream line = new ByteArrayOutputStream();

		LineOutput(PrintWriter target) {
			this.target = target;
		}

		@Override
		public void write(int b) {
			line.write(b);
			if (b == '\n') {
				flush();
			}
		}

		@Override
		public void flush() {
			target.print(line.toString(StandardCharsets.UTF_8));
			target.flush();
			line.reset();
		}
	}

	private static String shellQuoted(String argument) {
		return "'" + argument.replace("'", "'\\''") + "'";
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the importer's files in " + dir + ": " + ex.getMessage(), ex);
		}
	}
}
