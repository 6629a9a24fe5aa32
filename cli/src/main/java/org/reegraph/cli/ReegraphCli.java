package org.reegraph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code bin/reegraph}.
 */
@Command(name = "reegraph", mixinStandardHelpOptions = true, versionProvider = ReegraphCli.Version.class,
		description = "A knowledge graph of the rare-earth and critical-minerals supply chain.",
		subcommands = { ServeCommand.class, LoadCommand.class, ImportCommand.class, ExtractCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:fatal error (Neo4j unreachable, output not writable)",
				"2:invalid arguments", "3:some documents were rejected; the others were processed" })
public final class ReegraphCli implements Runnable {

	/** Exit code when some documents were rejected. */
	public static final int EXIT_REJECTED = 3;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	/**
	 * Runs the launcher.
	 *
	 * @param args the command line
	 */
	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	/** {@return the configured picocli command line (tests run it without exiting the JVM)} */
	public static CommandLine commandLine() {
		CommandLine cl = new CommandLine(new ReegraphCli());
		cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			PrintWriter err = cmd.getErr();
			err.println("reegraph: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
			return 1;
		});
		return cl;
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: serve, load, import or extract.");
	}

	/** The version, from the jar manifest when packaged. */
	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String v = ReegraphCli.class.getPackage().getImplementationVersion();
			return new String[] { "reegraph " + (v == null ? "0.1.0-SNAPSHOT" : v) };
		}
	}
}
