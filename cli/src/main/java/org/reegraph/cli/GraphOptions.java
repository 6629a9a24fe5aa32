package org.reegraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where the graph lives: options shared by {@code serve} and {@code load}. */
final class GraphOptions {

	@Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:REEGRAPH_DATA_DIR:-reegraph-data}",
			description = "Data directory of the embedded Neo4j (env REEGRAPH_DATA_DIR; default: ${DEFAULT-VALUE}, "
					+ "under the working directory). Ignored when NEO4J_URI is set.")
	Path dataDir;

	@Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "${env:REEGRAPH_BOLT_PORT:-7687}",
			description = "Bolt port of the embedded Neo4j (env REEGRAPH_BOLT_PORT; default: ${DEFAULT-VALUE}; 0 = any free port).")
	int boltPort;

	@Option(names = "--browser-port", paramLabel = "PORT", defaultValue = "${env:REEGRAPH_BROWSER_PORT:-7474}",
			description = "HTTP port serving Neo4j Browser from the embedded Neo4j (env REEGRAPH_BROWSER_PORT; default: ${DEFAULT-VALUE}).")
	int browserPort;

	@Option(names = "--no-browser", description = "Do not serve Neo4j Browser from the embedded Neo4j.")
	boolean noBrowser;
}
