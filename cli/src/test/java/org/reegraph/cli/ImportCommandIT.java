package org.reegraph.cli;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;
import org.reegraph.loader.LoadListener;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.synthetic.SyntheticCorpus;
import org.reegraph.testsupport.GraphDump;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reegraph import} end to end: the bundled corpus imported through Neo4j's bulk importer gives the graph a
 * transactional {@code load} gives (canonical dump and its SHA-256), with the same schema; {@code load} then adds
 * documents to it as it adds them to a loaded graph, and loading the imported documents again changes nothing; a
 * database that holds anything is refused, by name.
 */
class ImportCommandIT {

	static final Path CORPUS = Path.of("..", "data", "documents");

	@Test
	void importGivesTheGraphOfALoadAndLoadCarriesOnFromIt(@TempDir Path tmp) throws Exception {
		Path more = tmp.resolve("more");
		SyntheticCorpus.seeded(31).articlesPerFile(2).write(more, 12);
		Path imported = tmp.resolve("imported");

		ReegraphCliTests.Run run = ReegraphCliTests.run("import", CORPUS.toString(), "--data-dir", imported.toString(),
				"--no-progress");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("Documents: 5 read, 5 loaded, 0 rejected.");
		assertThat(imported.resolve("import-files")).as("the importer's files are deleted").doesNotExist();

		GraphDump loadedFirst;
		GraphDump loadedThen;
		List<String> loadedSchema;
		try (Graph loaded = Graph.start(tmp.resolve("loaded"))) {
			loaded.load(CORPUS);
			loadedFirst = GraphDump.of(loaded.driver);
			loadedSchema = loaded.schema();
			loaded.load(more);
			loadedThen = GraphDump.of(loaded.driver);
		}
		try (Graph graph = Graph.start(imported.resolve("neo4j"))) {
			GraphDump first = GraphDump.of(graph.driver);
			assertThat(first.duplicates()).isZero();
			assertThat(first.lines()).isEqualTo(loadedFirst.lines());
			assertThat(first.sha256()).isEqualTo(loadedFirst.sha256());
			assertThat(first.facts()).isGreaterThan(100);
			assertThat(graph.schema()).isEqualTo(loadedSchema);

			graph.load(CORPUS);
			assertThat(GraphDump.of(graph.driver).sha256()).as("the same documents loaded again").isEqualTo(first.sha256());

			graph.load(more);
			GraphDump then = GraphDump.of(graph.driver);
			assertThat(then.lines()).isEqualTo(loadedThen.lines());
			assertThat(then.sha256()).isEqualTo(loadedThen.sha256());
		}

		ReegraphCliTests.Run again = ReegraphCliTests.run("import", more.toString(), "--data-dir", imported.toString(),
				"--no-progress");
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.err()).contains("The database 'neo4j' in " + imported.resolve("neo4j").toAbsolutePath()
				+ " is not empty", "`load`");
		assertThat(imported.resolve("import-files")).doesNotExist();
	}

	@Test
	void filesOnlyWritesTheImportersFilesAndItsCommand(@TempDir Path tmp) {
		Path files = tmp.resolve("files");
		ReegraphCliTests.Run run = ReegraphCliTests.run("import", CORPUS.toString(), "--files", files.toString(),
				"--files-only", "--data-dir", tmp.resolve("data").toString(), "--no-progress");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("neo4j-admin database import full '--id-type=string'")
			.contains("'--nodes=Entity:Country=" + files.toAbsolutePath(), "'--relationships=HAS_ARTICLE=")
			.endsWith(" neo4j" + System.lineSeparator());
		assertThat(files.resolve("nodes-Article-000.csv")).exists();
		assertThat(tmp.resolve("data")).as("no database touched").doesNotExist();
	}

	/** An embedded Neo4j on a directory, with a driver. */
	record Graph(EmbeddedNeo4j db, Driver driver) implements AutoCloseable {

		static Graph start(Path dir) {
			EmbeddedNeo4j db = EmbeddedNeo4j.start(EmbeddedSettings.forTests(dir));
			return new Graph(db, GraphDatabase.driver(db.boltUri(), AuthTokens.none(), Config.defaultConfig()));
		}

		void load(Path corpus) {
			LoadReport report = ReegraphLoader.create().load(driver, List.of(corpus), LoadListener.NONE);
			assertThat(report.rejected()).isEmpty();
		}

		List<String> schema() {
			try (var session = driver.session()) {
				return session.run("SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state "
						+ "RETURN name, type, entityType, labelsOrTypes, properties, state ORDER BY name")
					.list(r -> r.values().toString());
			}
		}

		@Override
		public void close() {
			try {
				driver.close();
			}
			finally {
				db.close();
			}
		}
	}
}
