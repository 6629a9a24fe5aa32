package org.reegraph.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the reegraph schema (constraints, indexes, the full-text index) to a database. Every statement is
 * {@code IF NOT EXISTS}, so applying the schema again changes nothing; the installer then waits for the
 * indexes to come online so the first queries can use them.
 */
public final class SchemaInstaller {

	/** The schema files, applied in this order. */
	public static final List<String> SCHEMA_FILES = List.of("schema/constraints.cypher", "schema/indexes.cypher");

	private static final Logger LOG = LoggerFactory.getLogger(SchemaInstaller.class);

	private final Driver driver;
	private final SessionConfig sessionConfig;

	/**
	 * Creates an installer.
	 *
	 * @param driver the driver to use; not closed by the installer
	 * @param database the database, or null for the default
	 */
	public SchemaInstaller(Driver driver, String database) {
		this.driver = Objects.requireNonNull(driver, "The schema installer needs a driver.");
		this.sessionConfig = database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
	}

	/** {@return every schema statement in application order} */
	public static List<String> statements() {
		List<String> all = new ArrayList<>();
		for (String file : SCHEMA_FILES) {
			all.addAll(CypherFile.load(file).statements());
		}
		return List.copyOf(all);
	}

	/**
	 * Applies every schema statement and waits for the indexes.
	 *
	 * @return how many constraints and indexes this call created (0 when the schema was already in place)
	 */
	public int apply() {
		int created = 0;
		try (var session = driver.session(sessionConfig)) {
			for (String statement : statements()) {
				ResultSummary summary = session.executeWrite(tx -> tx.run(statement).consume());
				created += summary.counters().constraintsAdded() + summary.counters().indexesAdded();
			}
			session.run("CALL db.awaitIndexes(120)").consume();
		}
		LOG.info("Schema applied: {} constraint(s)/index(es) created.", created);
		return created;
	}
}
