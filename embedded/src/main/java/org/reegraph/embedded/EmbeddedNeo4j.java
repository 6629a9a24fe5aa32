package org.reegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j running in this JVM, with Bolt listening on the loopback interface (authentication and
 * encryption off: loopback only) and, optionally, the HTTP connector serving Neo4j Browser.
 * <p>
 * Start with {@link #start(EmbeddedSettings)}; {@link #close()} shuts it down in well under a second. The
 * database is created eagerly so the first query does not wait for it.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService managementService;
	private final GraphDatabaseService database;
	private final EmbeddedSettings settings;
	private final int boltPort;
	private final Integer httpPort;
	private final Duration startTime;

	private EmbeddedNeo4j(DatabaseManagementService managementService, GraphDatabaseService database,
			EmbeddedSettings settings, int boltPort, Integer httpPort, Duration startTime) {
		this.managementService = managementService;
		this.database = database;
		this.settings = settings;
		this.boltPort = boltPort;
		this.httpPort = httpPort;
		this.startTime = startTime;
	}

	/**
	 * Starts Neo4j on the settings' data directory, creating it when needed. Starting on an existing data
	 * directory reuses its store.
	 *
	 * @param settings where and how to run
	 * @return the running database
	 * @throws EmbeddedStartException when a port is taken or the store cannot be opened, with the reason
	 */
	public static EmbeddedNeo4j start(EmbeddedSettings settings) {
		return start(settings, null);
	}

	/**
	 * Starts Neo4j like {@link #start(EmbeddedSettings)}, and has Neo4j Browser run a command as soon as it
	 * connects — for example {@code play http://localhost:8080/browser/guide.html} to open reegraph's guide.
	 * Browser may fetch guides and styles from {@code localhost} and {@code 127.0.0.1} only.
	 *
	 * @param settings where and how to run
	 * @param browserPostConnectCommand a Browser command without the leading colon, or null for none
	 * @return the running database
	 * @throws EmbeddedStartException when a port is taken or the store cannot be opened, with the reason
	 */
	public static EmbeddedNeo4j start(EmbeddedSettings settings, String browserPostConnectCommand) {
		Objects.requireNonNull(settings, "Embedded Neo4j needs settings.");
		long started = System.nanoTime();
		Path home = settings.dataDirectory().toAbsolutePath();
		try {
			Files.createDirectories(home);
		}
		catch (IOException ex) {
			throw new EmbeddedStartException("Cannot create the data directory " + home + ": " + ex.getMessage(), ex);
		}
		// Browser discovers Bolt through the advertised address, so the port must be known before start.
		int bolt = settings.boltPort() == 0 && settings.browser() ? freePort() : settings.boltPort();
		Integer http = settings.browser() ? (settings.httpPort() == 0 ? freePort() : settings.httpPort()) : null;
		requireFree(bolt, "Bolt", "--bolt-port / REEGRAPH_BOLT_PORT");
		if (http != null) {
			requireFree(http, "HTTP (Neo4j Browser)", "--browser-port / REEGRAPH_BROWSER_PORT");
		}

		var builder = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(settings.host(), bolt))
			.setConfig(BoltConnector.advertised_address, new SocketAddress(settings.host(), bolt))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(settings.pageCacheMb()))
			// Netty 4.2 cannot run Neo4j 5.26's in-JVM local connector (STACK.md gotcha 2).
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			// Without these a shutdown waits ~10 s for idle Bolt threads.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
			.setConfig(HttpConnector.enabled, http != null);
		if (http != null) {
			builder.setConfig(HttpConnector.listen_address, new SocketAddress(settings.host(), http))
				.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1")
				// A local tool does not report product usage; Browser otherwise tries to reach the internet.
				.setConfig(ServerSettings.allow_telemetry, false);
			if (browserPostConnectCommand != null && !browserPostConnectCommand.isBlank()) {
				builder.setConfig(ServerSettings.browser_post_connect_cmd, browserPostConnectCommand.strip());
			}
		}
		DatabaseManagementService service;
		try {
			service = builder.build();
		}
		catch (RuntimeException ex) {
			throw new EmbeddedStartException("Neo4j could not start on " + home + ": " + rootMessage(ex), ex);
		}
		GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		// Eager: make sure the default database is really up before anyone connects.
		try (var tx = db.beginTx()) {
			tx.execute("RETURN 1").close();
			tx.commit();
		}
		var ports = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
		int actualBolt = ports.getLocalAddress(ConnectorType.BOLT).getPort();
		Integer actualHttp = http == null ? null : ports.getLocalAddress(ConnectorType.HTTP).getPort();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		LOG.info("Embedded Neo4j started in {} ms on bolt://{}:{} (data: {})", took.toMillis(), settings.host(),
				actualBolt, home);
		return new EmbeddedNeo4j(service, db, settings, actualBolt, actualHttp, took);
	}

	private static void requireFree(int port, String what, String howToChange) {
		if (port == 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", port));
		}
		catch (IOException ex) {
			throw new EmbeddedStartException("The " + what + " port " + port
					+ " is already in use (another Neo4j or reegraph?). Choose another with " + howToChange + ".", ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on this machine.", ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	/** {@return the Bolt URI to give the Java driver, e.g. {@code bolt://127.0.0.1:7687}} */
	public String boltUri() {
		return "bolt://" + settings.host() + ":" + boltPort;
	}

	/** {@return the Bolt port actually bound} */
	public int boltPort() {
		return boltPort;
	}

	/** {@return the Neo4j Browser URL, when the HTTP connector is on} */
	public Optional<String> browserUrl() {
		return httpPort == null ? Optional.empty() : Optional.of("http://" + settings.host() + ":" + httpPort
				+ "/browser/");
	}

	/** {@return the HTTP port serving Neo4j Browser, when on} */
	public Optional<Integer> httpPort() {
		return Optional.ofNullable(httpPort);
	}

	/** {@return the data directory} */
	public Path dataDirectory() {
		return settings.dataDirectory().toAbsolutePath();
	}

	/** {@return how long the start took} */
	public Duration startTime() {
		return startTime;
	}

	/** {@return whether the default database is available} */
	public boolean isAvailable() {
		return database.isAvailable(Duration.ofMillis(500).toMillis());
	}

	/** Stops the database; safe to call twice. */
	@Override
	public void close() {
		try {
			managementService.shutdown();
			LOG.info("Embedded Neo4j stopped.");
		}
		catch (RuntimeException ex) {
			LOG.warn("Embedded Neo4j did not stop cleanly: {}", rootMessage(ex));
		}
	}
}
