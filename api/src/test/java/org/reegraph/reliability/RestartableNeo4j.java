package org.reegraph.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;

/**
 * An embedded Neo4j of its own (not the shared test database) that a test can stop and start again on the same
 * data directory and Bolt port, so drivers and the API connected to it see a real server going away and coming
 * back.
 */
public final class RestartableNeo4j implements AutoCloseable {

	private final Path dataDirectory;
	private final int port;
	private EmbeddedNeo4j running;

	/**
	 * Starts a database on a free port.
	 *
	 * @param dataDirectory its data directory
	 */
	public RestartableNeo4j(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		start();
	}

	/** Starts the database again on the same directory and port. */
	public synchronized void start() {
		if (running == null) {
			running = EmbeddedNeo4j.start(EmbeddedSettings.forTests(dataDirectory).withPorts(port, 0, false));
		}
	}

	/** Shuts the database down; open connections are dropped. */
	public synchronized void stop() {
		if (running != null) {
			running.close();
			running = null;
		}
	}

	/** {@return the Bolt URI, the same across restarts} */
	public String boltUri() {
		return "bolt://127.0.0.1:" + port;
	}

	/**
	 * {@return a new driver to this database (the caller closes it)}
	 *
	 * @param config the driver configuration, e.g. a short retry time
	 */
	public Driver driver(Config config) {
		return GraphDatabase.driver(boltUri(), AuthTokens.none(), config);
	}

	/**
	 * Deletes every node and relationship; the schema stays.
	 *
	 * @param driver a driver to this database
	 */
	public static void clear(Driver driver) {
		try (var session = driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
		}
	}

	@Override
	public void close() {
		stop();
	}
}
