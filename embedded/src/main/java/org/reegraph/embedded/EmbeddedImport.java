package org.reegraph.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import picocli.CommandLine;

/**
 * Neo4j's offline bulk importer — the tool behind {@code neo4j-admin database import full} — run in this JVM on an
 * embedded data directory, while no Neo4j runs on it. It writes a new store for the default database straight
 * from CSV files, without transactions; starting {@link EmbeddedNeo4j} on the directory afterwards opens it.
 */
public final class EmbeddedImport {

	private EmbeddedImport() {
	}

	/**
	 * Imports files into the default database of an embedded data directory, replacing its store. The caller
	 * makes sure that store is empty (or absent) and that no Neo4j has the directory open.
	 *
	 * @param dataDirectory the embedded Neo4j's data directory ({@link EmbeddedSettings#dataDirectory()})
	 * @param arguments the importer's arguments: the files ({@code --nodes=…}, {@code --relationships=…}) and how to
	 *        read them, as for {@code neo4j-admin database import full}, without the database name
	 * @param report where the importer's report of bad entries goes
	 * @param out receives the importer's progress output
	 * @throws EmbeddedImportException when the importer fails, with its reason
	 */
	public static void importFull(Path dataDirectory, List<String> arguments, Path report, PrintStream out) {
		Objects.requireNonNull(dataDirectory, "The import needs the data directory.");
		Objects.requireNonNull(arguments, "The import needs the importer's arguments.");
		Path home = dataDirectory.toAbsolutePath();
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + home + ": " + ex.getMessage(), ex);
		}
		List<String> args = new ArrayList<>(arguments);
		// The store was checked empty by the caller; the importer otherwise refuses a database that exists.
		args.add("--overwrite-destination=true");
		args.add("--report-file=" + report.toAbsolutePath());
		args.add(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		try (var fs = new DefaultFileSystemAbstraction()) {
			// The same layout as DatabaseManagementServiceBuilder(home): data/databases and data/transactions under it.
			ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out, fs);
			CommandLine command = new CommandLine(new ImportCommand.Full(context));
			StringBuilder failure = new StringBuilder();
			command.setExecutionExceptionHandler((ex, line, parsed) -> {
				failure.append(rootMessage(ex));
				return 1;
			});
			command.setParameterExceptionHandler((ex, params) -> {
				failure.append(ex.getMessage());
				return 2;
			});
			int exit = command.execute(args.toArray(String[]::new));
			if (exit != 0) {
				throw new EmbeddedImportException("Neo4j's bulk importer failed on " + home + " (exit " + exit + "): "
						+ (failure.length() == 0 ? "see its output above" : failure) + ".");
			}
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	/** The bulk importer failed; the message says why. */
	public static final class EmbeddedImportException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		EmbeddedImportException(String message) {
			super(message);
		}
	}
}
