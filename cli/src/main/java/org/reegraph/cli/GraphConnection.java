package org.reegraph.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.reegraph.cypher.Neo4jSettings;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;

/**
 * The graph the launcher works on: an external Neo4j when {@code NEO4J_URI} is set, otherwise an embedded
 * Neo4j started here. Closing it closes the driver and stops the embedded database.
 */
final class GraphConnection implements AutoCloseable {

	private final Driver driver;
	private final EmbeddedNeo4j embedded;
	private final Neo4jSettings settings;

	private GraphConnection(Driver driver, EmbeddedNeo4j embedded, Neo4jSettings settings) {
		this.driver = driver;
		this.embedded = embedded;
		this.settings = settings;
	}

	static GraphConnection open(GraphOptions options, Map<String, String> env) {
		return open(options, env, null);
	}

	/**
	 * Like {@link #open(GraphOptions, Map)}; an embedded Neo4j Browser also runs {@code browserCommand} (e.g.
	 * {@code play http://localhost:8080/browser/guide.html}) when it connects.
	 */
	static GraphConnection open(GraphOptions options, Map<String, String> env, String browserCommand) {
		Optional<Neo4jSettings> external = Neo4jSettings.fromEnvironment(env);
		if (external.isPresent()) {
			Driver driver = external.get().openDriver();
			try {
				driver.verifyConnectivity();
			}
			catch (RuntimeException ex) {
				driver.close();
				throw new IllegalStateException("Cannot reach Neo4j at " + external.get().uri() + ": " + ex.getMessage()
						+ " (check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD).", ex);
			}
			return new GraphConnection(driver, null, external.get());
		}
		EmbeddedSettings s = EmbeddedSettings.defaults()
			.withDataDirectory(options.dataDir.resolve("neo4j"))
			.withPorts(options.boltPort, options.browserPort, !options.noBrowser);
		EmbeddedNeo4j db = EmbeddedNeo4j.start(s, browserCommand);
		Neo4jSettings local = Neo4jSettings.unauthenticated(db.boltUri());
		return new GraphConnection(local.openDriver(), db, local);
	}

	Driver driver() {
		return driver;
	}

	String database() {
		return settings.database();
	}

	Optional<EmbeddedNeo4j> embedded() {
		return Optional.ofNullable(embedded);
	}

	String describe() {
		if (embedded == null) {
			return "Neo4j: " + settings.uri() + " (external, NEO4J_URI)";
		}
		StringBuilder sb = new StringBuilder();
		sb.append("Embedded Neo4j started in ").append(embedded.startTime().toMillis()).append(" ms; data in ")
			.append(embedded.dataDirectory()).append(System.lineSeparator());
		sb.append("  Bolt:          ").append(embedded.boltUri()).append("  (no authentication; loopback only)");
		embedded.browserUrl().ifPresent(url -> sb.append(System.lineSeparator()).append("  Neo4j Browser: ").append(url)
			.append("  (connect URL ").append(embedded.boltUri()).append(", authentication: none)"));
		sb.append(System.lineSeparator()).append("  cypher-shell:  cypher-shell -a ").append(embedded.boltUri());
		return sb.toString();
	}

	static Path defaultCorpus() {
		String home = System.getProperty("reegraph.home");
		return home == null ? Path.of("data", "documents") : Path.of(home, "data", "documents");
	}

	@Override
	public void close() {
		try {
			driver.close();
		}
		finally {
			if (embedded != null) {
				embedded.close();
			}
		}
	}
}
