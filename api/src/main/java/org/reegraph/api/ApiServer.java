package org.reegraph.api;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.neo4j.driver.Driver;
import org.reegraph.cypher.query.NamedQuery;
import org.reegraph.cypher.query.QueryOptions;
import org.reegraph.cypher.query.ReegraphQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the GraphQL API ({@code /graphql}, {@code /graphiql}, {@code /health}) on Micronaut's Netty server,
 * over a Neo4j driver the caller owns (embedded or {@code NEO4J_URI}).
 * <pre>{@code
 * try (ApiServer server = ApiServer.start(driver, null, 8080)) {
 *     System.out.println("GraphQL at " + server.url() + "/graphql");
 *     ...
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {

	/** The property naming the Neo4j database the API reads (unset: the server's default). */
	public static final String DATABASE_PROPERTY = "reegraph.database";

	private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

	private static final Duration WARM_UP_TIMEOUT = Duration.ofMinutes(1);

	private final ApplicationContext context;
	private final EmbeddedServer server;

	private ApiServer(ApplicationContext context, EmbeddedServer server) {
		this.context = context;
		this.server = server;
	}

	/**
	 * Starts the server.
	 *
	 * @param driver the driver to query through; not closed by the server
	 * @param database the database, or null for the default
	 * @param port the port; 0 for a free one; -1 for {@code MICRONAUT_SERVER_PORT} (else 8080)
	 * @return the running server
	 */
	public static ApiServer start(Driver driver, String database, int port) {
		return start(driver, database, port, Map.of());
	}

	/**
	 * Starts the server with extra configuration, e.g. {@code reegraph.api.token} or limits (see {@link ApiConfig}).
	 *
	 * @param driver the driver to query through; not closed by the server
	 * @param database the database, or null for the default
	 * @param port the port; 0 for a free one; -1 for {@code MICRONAUT_SERVER_PORT} (else 8080)
	 * @param properties further configuration properties
	 * @param beans further singletons, e.g. a {@link org.reegraph.cypher.query.QueryObserver}
	 * @return the running server
	 */
	public static ApiServer start(Driver driver, String database, int port, Map<String, Object> properties,
			Object... beans) {
		Objects.requireNonNull(driver, "The API server needs a Neo4j driver.");
		if (port < -1 || port > 65535) {
			throw new IllegalArgumentException("The port must be 0 (any free port), -1 (MICRONAUT_SERVER_PORT) or "
					+ "1 to 65535, got " + port + ".");
		}
		Map<String, Object> props = new HashMap<>(properties);
		if (port >= 0) {
			// Micronaut spells "any free port" as -1.
			props.put("micronaut.server.port", port == 0 ? -1 : port);
		}
		if (database != null) {
			props.put(DATABASE_PROPERTY, database);
		}
		Object[] singletons = new Object[beans.length + 1];
		singletons[0] = driver;
		System.arraycopy(beans, 0, singletons, 1, beans.length);
		ApplicationContext context = ApplicationContext.builder()
			.properties(props)
			.singletons(singletons)
			.banner(false)
			.deduceEnvironment(false)
			.start();
		try {
			EmbeddedServer server = context.getBean(EmbeddedServer.class);
			server.start();
			warmUp(driver, database);
			return new ApiServer(context, server);
		}
		catch (RuntimeException ex) {
			context.close();
			throw ex;
		}
	}

	/** The API's heaviest statements, planned (not run) at start so the first request does not pay for it. */
	private static void warmUp(Driver driver, String database) {
		long started = System.nanoTime();
		int warmed = new ReegraphQueries(driver, QueryOptions.defaults().withDatabase(database).withTimeout(WARM_UP_TIMEOUT))
			.warmUp(List.of(NamedQuery.DEPENDENCY_PATHS, NamedQuery.EXPOSURE, NamedQuery.SUPPLY_SHARES, NamedQuery.CONFLICTS,
					NamedQuery.DISRUPTION, NamedQuery.TIMELINE));
		LOG.info("Planned {} of the API's statements in {} ms", warmed, (System.nanoTime() - started) / 1_000_000);
	}

	/** {@return the port the server listens on} */
	public int port() {
		return server.getPort();
	}

	/** {@return the server's base URL, e.g. http://localhost:8080} */
	public String url() {
		return "http://localhost:" + port();
	}

	/** {@return the application context, for embedding applications that want a bean} */
	public ApplicationContext context() {
		return context;
	}

	/** Stops the server; the driver stays open. */
	@Override
	public void close() {
		if (server.isRunning()) {
			server.stop();
		}
		context.close();
	}
}
