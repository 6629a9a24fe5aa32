package org.reegraph.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to run the embedded Neo4j.
 *
 * @param dataDirectory where the store lives (default {@code ./reegraph-data/neo4j} under the working directory)
 * @param host the interface to listen on (default {@code 127.0.0.1}; the server runs without authentication)
 * @param boltPort the Bolt port (default 7687; 0 picks a free one)
 * @param browser whether to serve Neo4j Browser over the HTTP connector
 * @param httpPort the HTTP port for Neo4j Browser (default 7474; 0 picks a free one)
 * @param pageCacheMb the page cache size in MiB (default 128)
 */
public record EmbeddedSettings(Path dataDirectory, String host, int boltPort, boolean browser, int httpPort,
		long pageCacheMb) {

	/** The default data directory, relative to the working directory. */
	public static final Path DEFAULT_DATA_DIRECTORY = Path.of("reegraph-data", "neo4j");

	/**
	 * Validates the components.
	 *
	 * @param dataDirectory where the store lives (default {@code ./reegraph-data/neo4j} under the working directory)
	 * @param host the interface to listen on (default {@code 127.0.0.1}; the server runs without authentication)
	 * @param boltPort the Bolt port (default 7687; 0 picks a free one)
	 * @param browser whether to serve Neo4j Browser over the HTTP connector
	 * @param httpPort the HTTP port for Neo4j Browser (default 7474; 0 picks a free one)
	 * @param pageCacheMb the page cache size in MiB (default 128)
	 */
	public EmbeddedSettings {
		Objects.requireNonNull(dataDirectory, "The embedded Neo4j needs a data directory.");
		Objects.requireNonNull(host, "The embedded Neo4j needs a host to listen on.");
		checkPort(boltPort, "Bolt");
		checkPort(httpPort, "HTTP");
		if (pageCacheMb < 8) {
			throw new IllegalArgumentException("The page cache needs at least 8 MiB, got " + pageCacheMb + ".");
		}
	}

	private static void checkPort(int port, String what) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("The " + what + " port must lie between 0 and 65535, got " + port + ".");
		}
	}

	/** {@return the defaults: ./reegraph-data/neo4j, 127.0.0.1, Bolt 7687, Browser on 7474, 128 MiB page cache} */
	public static EmbeddedSettings defaults() {
		return new EmbeddedSettings(DEFAULT_DATA_DIRECTORY, "127.0.0.1", 7687, true, 7474, 128);
	}

	/**
	 * Defaults overridden by {@code REEGRAPH_DATA_DIR}, {@code REEGRAPH_BOLT_PORT}, {@code REEGRAPH_BROWSER_PORT}.
	 *
	 * @param env the environment
	 * @return the settings
	 */
	public static EmbeddedSettings fromEnvironment(Map<String, String> env) {
		EmbeddedSettings d = defaults();
		Path dir = env.containsKey("REEGRAPH_DATA_DIR") ? Path.of(env.get("REEGRAPH_DATA_DIR"), "neo4j")
				: d.dataDirectory();
		int bolt = env.containsKey("REEGRAPH_BOLT_PORT") ? parsePort(env.get("REEGRAPH_BOLT_PORT"),
				"REEGRAPH_BOLT_PORT") : d.boltPort();
		int http = env.containsKey("REEGRAPH_BROWSER_PORT") ? parsePort(env.get("REEGRAPH_BROWSER_PORT"),
				"REEGRAPH_BROWSER_PORT") : d.httpPort();
		return new EmbeddedSettings(dir, d.host(), bolt, d.browser(), http, d.pageCacheMb());
	}

	private static int parsePort(String value, String name) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a port number, got '" + value + "'.", ex);
		}
	}

	/**
	 * Settings for tests: a given directory, free ports, no Browser, a small page cache.
	 *
	 * @param dataDirectory the store directory
	 * @return the settings
	 */
	public static EmbeddedSettings forTests(Path dataDirectory) {
		return new EmbeddedSettings(dataDirectory, "127.0.0.1", 0, false, 0, 64);
	}

	/**
	 * {@return a copy with another data directory}
	 *
	 * @param dir the directory
	 */
	public EmbeddedSettings withDataDirectory(Path dir) {
		return new EmbeddedSettings(dir, host, boltPort, browser, httpPort, pageCacheMb);
	}

	/**
	 * {@return a copy with other ports}
	 *
	 * @param bolt the Bolt port
	 * @param http the Browser port
	 * @param withBrowser whether to serve Browser
	 */
	public EmbeddedSettings withPorts(int bolt, int http, boolean withBrowser) {
		return new EmbeddedSettings(dataDirectory, host, bolt, withBrowser, http, pageCacheMb);
	}
}
