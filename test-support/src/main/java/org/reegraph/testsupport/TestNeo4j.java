package org.reegraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;

/**
 * One real Neo4j for every test in this JVM, chosen in this order: {@code NEO4J_URI} when set (an external
 * server the tests may wipe!), Testcontainers' Neo4j where a Docker daemon answers, otherwise the embedded
 * database in a fresh directory under {@code java.io.tmpdir} (the module's {@code target/} in Maven).
 * Started on first use, stopped when the JVM exits.
 */
public final class TestNeo4j {

	private static final Logger LOG = LoggerFactory.getLogger(TestNeo4j.class);

	private static volatile TestNeo4j instance;

	private final String boltUri;
	private final Driver driver;
	private final String kind;
	private final EmbeddedNeo4j embedded;

	private TestNeo4j(String boltUri, Driver driver, String kind, EmbeddedNeo4j embedded) {
		this.boltUri = boltUri;
		this.driver = driver;
		this.kind = kind;
		this.embedded = embedded;
	}

	/** {@return the shared test database, started on first call} */
	public static TestNeo4j get() {
		TestNeo4j local = instance;
		if (local == null) {
			synchronized (TestNeo4j.class) {
				local = instance;
				if (local == null) {
					local = start();
					instance = local;
					TestNeo4j toStop = local;
					Runtime.getRuntime().addShutdownHook(new Thread(toStop::stop, "test-neo4j-stop"));
				}
			}
		}
		return local;
	}

	private static TestNeo4j start() {
		String uri = System.getenv("NEO4J_URI");
		if (uri != null && !uri.isBlank()) {
			String user = System.getenv("NEO4J_USERNAME");
			Driver driver = user == null ? GraphDatabase.driver(uri, AuthTokens.none())
					: GraphDatabase.driver(uri, AuthTokens.basic(user, System.getenv("NEO4J_PASSWORD")));
			LOG.info("Tests use the external Neo4j at {}", uri);
			return new TestNeo4j(uri, driver, "external", null);
		}
		if (!"false".equals(System.getProperty("reegraph.testcontainers")) && dockerAvailable()) {
			@SuppressWarnings("resource")
			Neo4jContainer<?> container = new Neo4jContainer<>("neo4j:5.26").withoutAuthentication();
			container.start();
			LOG.info("Tests use Testcontainers' Neo4j at {}", container.getBoltUrl());
			return new TestNeo4j(container.getBoltUrl(), GraphDatabase.driver(container.getBoltUrl(), AuthTokens.none()),
					"testcontainers", null);
		}
		try {
			Path dir = Files.createTempDirectory("reegraph-test-neo4j");
			EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedSettings.forTests(dir));
			LOG.info("Tests use an embedded Neo4j at {} (started in {} ms)", db.boltUri(), db.startTime().toMillis());
			return new TestNeo4j(db.boltUri(), GraphDatabase.driver(db.boltUri(), AuthTokens.none()), "embedded", db);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	/** {@return a driver connected to the test database; shared, do not close} */
	public Driver driver() {
		return driver;
	}

	/** {@return the Bolt URI of the test database} */
	public String boltUri() {
		return boltUri;
	}

	/** {@return "embedded", "testcontainers" or "external"} */
	public String kind() {
		return kind;
	}

	/** {@return the embedded database, when that is what runs} */
	public java.util.Optional<EmbeddedNeo4j> embedded() {
		return java.util.Optional.ofNullable(embedded);
	}

	/** Deletes every node and relationship; the schema stays. */
	public void clear() {
		try (var session = driver.session()) {
			session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
		}
	}

	private void stop() {
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
