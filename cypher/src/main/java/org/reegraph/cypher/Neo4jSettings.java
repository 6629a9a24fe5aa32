package org.reegraph.cypher;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Where the graph lives: an external Neo4j or cluster named by {@code NEO4J_URI} (with
 * {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD} and optionally {@code NEO4J_DATABASE}), or, when no URI
 * is set, the embedded database the launcher starts itself.
 *
 * @param uri a {@code bolt://}, {@code neo4j://}, {@code neo4j+s://} … URI
 * @param username the user name, or null for no authentication
 * @param password the password; never logged, never part of {@link #toString()}
 * @param database the database name, or null for the server's default
 */
public record Neo4jSettings(String uri, String username, String password, String database) {

	/** Environment variable naming an external Neo4j. */
	public static final String ENV_URI = "NEO4J_URI";
	/** Environment variable with the user name. */
	public static final String ENV_USERNAME = "NEO4J_USERNAME";
	/** Environment variable with the password. */
	public static final String ENV_PASSWORD = "NEO4J_PASSWORD";
	/** Environment variable with the database name. */
	public static final String ENV_DATABASE = "NEO4J_DATABASE";

	/**
	 * Validates the URI.
	 *
	 * @param uri a {@code bolt://}, {@code neo4j://}, {@code neo4j+s://} … URI
	 * @param username the user name, or null for no authentication
	 * @param password the password; never logged, never part of {@link #toString()}
	 * @param database the database name, or null for the server's default
	 */
	public Neo4jSettings {
		Objects.requireNonNull(uri, "A Neo4j URI is required, e.g. bolt://localhost:7687.");
		if (!uri.matches("^(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
			throw new IllegalArgumentException("'" + uri
					+ "' is not a Neo4j URI; expected bolt://host:port, neo4j://host:port or their +s / +ssc forms.");
		}
	}

	/**
	 * Reads the external Neo4j settings from the environment.
	 *
	 * @param env the environment, usually {@link System#getenv()}
	 * @return the settings, or empty when {@code NEO4J_URI} is not set (then the embedded database is used)
	 */
	public static Optional<Neo4jSettings> fromEnvironment(Map<String, String> env) {
		String uri = env.get(ENV_URI);
		if (uri == null || uri.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new Neo4jSettings(uri.trim(), blankToNull(env.get(ENV_USERNAME)),
				env.get(ENV_PASSWORD), blankToNull(env.get(ENV_DATABASE))));
	}

	/**
	 * Settings for a local server without authentication, such as the embedded database.
	 *
	 * @param boltUri the Bolt URI
	 * @return the settings
	 */
	public static Neo4jSettings unauthenticated(String boltUri) {
		return new Neo4jSettings(boltUri, null, null, null);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/** {@return a new driver for these settings; the caller closes it} */
	public Driver openDriver() {
		AuthToken token = username == null ? AuthTokens.none() : AuthTokens.basic(username, password == null ? ""
				: password);
		Config config = Config.builder()
			.withMaxConnectionPoolSize(64)
			.withConnectionAcquisitionTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
			.withConnectionTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
			.withMaxTransactionRetryTime(15, java.util.concurrent.TimeUnit.SECONDS)
			.withUserAgent("reegraph")
			.build();
		return GraphDatabase.driver(uri, token, config);
	}

	@Override
	public String toString() {
		return "Neo4jSettings[uri=" + uri + ", username=" + username + ", password=" + (password == null ? "<none>"
				: "<redacted>") + ", database=" + database + "]";
	}
}
