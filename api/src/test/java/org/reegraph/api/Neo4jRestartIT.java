package org.reegraph.api;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.reegraph.cypher.query.GraphUnavailableException;
import org.reegraph.loader.LoadListener;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.LoaderConfig;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.reliability.DocumentFacts;
import org.reegraph.reliability.RestartableNeo4j;
import org.reegraph.synthetic.SyntheticCorpus;
import org.reegraph.testsupport.GraphDump;
import org.reegraph.testsupport.ReliabilityReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neo4j goes away and comes back (an embedded server of this test's own, stopped and started again on the same
 * data directory and port) while a load runs and while the API answers. A short restart is ridden out by the
 * driver's retrying transaction functions; an outage longer than the retry window stops the load with a clear
 * message and leaves only whole documents; the API says DOWN while Neo4j is down and recovers by itself.
 */
class Neo4jRestartIT {

	/**
	 * A few documents per transaction (about two of the synthetic corpus's): the load commits many times, each
	 * transaction holding several whole documents, so there is a "part-way" to observe.
	 */
	static final LoaderConfig SMALL_BATCHES = LoaderConfig.defaults().withFactsPerTransaction(40);

	/** Documents in the corpus: small, so the scenario takes seconds. */
	static final int ARTICLES = 24;

	@TempDir
	static Path tmp;

	static RestartableNeo4j neo4j;
	static Path corpus;
	static GraphDump clean;
	static DocumentFacts expected;

	@BeforeAll
	static void cleanLoad() {
		corpus = tmp.resolve("corpus");
		SyntheticCorpus.seeded(7).articlesPerFile(2).write(corpus, ARTICLES);
		expected = DocumentFacts.of(List.of(corpus));
		neo4j = new RestartableNeo4j(tmp.resolve("neo4j"));
		try (Driver driver = neo4j.driver(Config.defaultConfig())) {
			LoadReport report = ReegraphLoader.create(SMALL_BATCHES).load(driver, List.of(corpus), LoadListener.NONE);
			assertThat(report.rejected()).isEmpty();
			clean = GraphDump.of(driver);
		}
		assertThat(clean.facts()).isGreaterThan(ARTICLES);
		assertThat(clean.duplicates()).isZero();
	}

	@AfterAll
	static void stop() {
		if (neo4j != null) {
			neo4j.close();
		}
	}

	/** Runs a load in the background and hands back the number of documents done so far. */
	static CompletableFuture<LoadReport> loadInBackground(Driver driver, AtomicInteger done) {
		LoadListener counter = new LoadListener() {
			@Override
			public void documentDone(DocumentExtraction result) {
				done.incrementAndGet();
			}
		};
		return CompletableFuture.supplyAsync(() -> ReegraphLoader.create(SMALL_BATCHES).load(driver, List.of(corpus), counter));
	}

	static void awaitDocuments(AtomicInteger done, int n, CompletableFuture<?> load) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (done.get() < n && !load.isDone() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(load).as("the load was still running when Neo4j stopped").isNotDone();
	}

	@Test
	void aLoadRidesOutARestartAndEndsEqualToACleanLoad() throws Exception {
		try (Driver driver = neo4j.driver(Config.builder().withMaxTransactionRetryTime(60, TimeUnit.SECONDS).build())) {
			RestartableNeo4j.clear(driver);
			AtomicInteger done = new AtomicInteger();
			CompletableFuture<LoadReport> load = loadInBackground(driver, done);
			awaitDocuments(done, expected.expected().size() / 3, load);
			neo4j.stop();
			Thread.sleep(500);
			neo4j.start();
			LoadReport report = load.get(3, TimeUnit.MINUTES);

			GraphDump after = GraphDump.of(driver);
			assertThat(report.rejected()).isEmpty();
			assertThat(report.documentsLoaded()).isEqualTo(expected.expected().size());
			assertThat(after.duplicates()).isZero();
			assertThat(after.factsMissingFrom(clean)).isZero();
			assertThat(after.sha256()).isEqualTo(clean.sha256());
			assertThat(after.lines()).isEqualTo(clean.lines());
			ReliabilityReport.scenario("faults.restart-during-load", "Neo4j stopped and restarted during a load")
				.tried(report.documentsRead())
				.rejectedClearly(report.rejected().size())
				.factsLost(after.factsMissingFrom(clean))
				.duplicated(after.duplicates())
				.outcome("Neo4j stopped a third of the way through and started again; the driver's transaction "
						+ "functions retried; the load finished and its graph dump (SHA-256) equals a clean load's")
				.record();
		}
	}

	@Test
	void anOutageLongerThanTheRetryWindowStopsTheLoadClearlyAndARerunCompletesIt() throws Exception {
		Config shortRetry = Config.builder().withMaxTransactionRetryTime(1, TimeUnit.SECONDS)
			.withConnectionTimeout(1, TimeUnit.SECONDS).build();
		try (Driver driver = neo4j.driver(shortRetry)) {
			RestartableNeo4j.clear(driver);
			AtomicInteger done = new AtomicInteger();
			CompletableFuture<LoadReport> load = loadInBackground(driver, done);
			awaitDocuments(done, expected.expected().size() / 3, load);
			neo4j.stop();
			Throwable failure;
			try {
				load.get(2, TimeUnit.MINUTES);
				failure = null;
			}
			catch (ExecutionException ex) {
				failure = ex.getCause();
			}
			assertThat(failure).isInstanceOf(GraphUnavailableException.class);
			assertThat(failure.getMessage()).startsWith("Neo4j is not reachable (")
				.endsWith("documents written so far are complete, re-run the load to add the rest.");

			neo4j.start();
			List<String> partial = expected.partial(expected.seen(driver));
			assertThat(partial).as("documents written by halves").isEmpty();
			long documentsBefore = expected.seen(driver).values().stream().filter(n -> n > 0).count();

			LoadReport rerun = ReegraphLoader.create(SMALL_BATCHES).load(driver, List.of(corpus), LoadListener.NONE);
			GraphDump after = GraphDump.of(driver);
			assertThat(rerun.rejected()).isEmpty();
			assertThat(after.lines()).isEqualTo(clean.lines());
			ReliabilityReport.scenario("faults.outage-during-load", "Neo4j down longer than the driver's retry window")
				.tried(rerun.documentsRead())
				.rejectedClearly(0)
				.factsLost(after.factsMissingFrom(clean))
				.duplicated(after.duplicates())
				.outcome("the load stopped with \"Neo4j is not reachable (…); documents written so far are complete, "
						+ "re-run the load to add the rest.\"; no document half-written; the re-run's graph equals a "
						+ "clean load's" + (documentsBefore > 0 ? "" : " (stopped before any document)"))
				.record();
		}
	}

	@Test
	void theApiSaysDownWhileNeo4jIsDownAndRecoversWithoutARestart() throws Exception {
		Config config = Config.builder().withConnectionTimeout(2, TimeUnit.SECONDS).build();
		try (Driver driver = neo4j.driver(config); ApiServer server = ApiServer.start(driver, null, 0)) {
			ReegraphLoader.create(SMALL_BATCHES).load(driver, List.of(corpus), LoadListener.NONE);
			String query = "{ country(code: \"CN\") { name exportsTo(first: 50) { evidence { document } } } }";
			List<String> problems = new ArrayList<>();
			int requests = 0;
			int leaks = 0;

			JsonNode before = TestApi.post(server, query, Map.of(), null);
			requests++;
			assertThat(before.has("errors")).as(before.toString()).isFalse();
			assertThat(before.at("/data/country/name").asText()).isEqualTo("China");
			assertThat(TestApi.get(server, "/health").statusCode()).isEqualTo(200);

			neo4j.stop();
			for (int i = 0; i < 3; i++) {
				HttpResponse<String> health = TestApi.get(server, "/health");
				assertThat(health.statusCode()).isEqualTo(503);
				assertThat(health.body()).contains("\"status\":\"DOWN\"");
				JsonNode down = TestApi.post(server, query, Map.of(), null);
				requests++;
				assertThat(down.at("/errors/0/message").asText())
					.isEqualTo("The graph database is not reachable right now; try again shortly.");
				assertThat(down.at("/errors/0/extensions/classification").asText()).isEqualTo("UNAVAILABLE");
				if (List.of("Exception", "bolt://", "MATCH", "\tat ").stream().anyMatch(down.toString()::contains)) {
					leaks++;
				}
			}

			neo4j.start();
			HttpResponse<String> health = TestApi.get(server, "/health");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
			for (int i = 0; i < 5; i++) {
				JsonNode after = TestApi.post(server, query, Map.of(), null);
				requests++;
				if (after.has("errors") || !after.at("/data/country/name").asText().equals("China")) {
					problems.add(after.toString());
				}
				assertThat(after).isEqualTo(before);
			}
			assertThat(problems).isEmpty();
			assertThat(leaks).isZero();
			ReliabilityReport.scenario("faults.restart-during-queries", "Neo4j stopped and restarted under the API")
				.tried(1)
				.requests(requests)
				.errors(problems.size())
				.leaks(leaks)
				.outcome("/health 503 DOWN while Neo4j was down, 200 UP after; queries answered \"The graph database is "
						+ "not reachable right now; try again shortly.\" (UNAVAILABLE), then the same answer as before, "
						+ "without restarting the API")
				.record();
		}
	}
}
