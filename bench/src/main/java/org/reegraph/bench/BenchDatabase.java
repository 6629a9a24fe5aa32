package org.reegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.reegraph.cypher.Neo4jSettings;
import org.reegraph.cypher.SchemaInstaller;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;

/**
 * A fresh embedded Neo4j in a scratch folder (free Bolt port, no Browser), with the reegraph schema applied;
 * closing it stops the database and deletes the folder. Each benchmark phase starts from an empty store, so
 * no phase measures another's leftovers.
 */
final class BenchDatabase implements AutoCloseable {

	private final Path dir;
	private final EmbeddedNeo4j neo4j;
	private final Driver driver;

	private BenchDatabase(Path dir, EmbeddedNeo4j neo4j, Driver driver) {
		this.dir = dir;
		this.neo4j = neo4j;
		this.driver = driver;
	}

	static BenchDatabase start(Path scratch, long pageCacheMb) {
		try {
			Files.createDirectories(scratch);
			Path dir = Files.createTempDirectory(scratch, "neo4j-");
			EmbeddedNeo4j db = EmbeddedNeo4j.start(new EmbeddedSettings(dir, "127.0.0.1", 0, false, 0, pageCacheMb));
			Driver driver = Neo4jSettings.unauthenticated(db.boltUri()).openDriver();
			new SchemaInstaller(driver, null).apply();
			return new BenchDatabase(dir, db, driver);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a scratch folder under " + scratch + ".", ex);
		}
	}

	Driver driver() {
		return driver;
	}

	String boltUri() {
		return neo4j.boltUri();
	}

	@Override
	public void close() {
		try {
			driver.close();
		}
		finally {
			neo4j.close();
			deleteTree(dir);
		}
	}

	static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// A scratch folder left behind is harmless; the run's figures are not affected.
		}
	}
}
