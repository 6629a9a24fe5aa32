package org.reegraph.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.reegraph.cypher.SchemaInstaller;
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
 * Sixteen clients query the API (GraphQL over HTTP) and the graph (one read per view) while a load runs into the
 * same database: no request may fail, and no view may hold part of a document's facts — a document is written
 * whole, inside one transaction (with others: the load batches a few documents per transaction here), so a reader
 * sees all of its facts or none.
 */
class ConcurrentLoadIT {

	/**
	 * A few documents per transaction (about two of the synthetic corpus's): the load commits many times, each
	 * transaction holding several whole documents, so there is a "part-way" to observe.
	 */
	static final LoaderConfig SMALL_BATCHES = LoaderConfig.defaults().withFactsPerTransaction(40);

	static final int CLIENTS = 16;

	/** Requests per client: a fixed number, so the figures are the same on every run. */
	static final int ROUNDS = 16;

	static final String QUERY = "{ country(code: \"CN\") { name exportsTo(first: 100) { evidence { document } } } "
			+ "search(text: \"rare earth\", first: 5) { id } }";

	@Test
	void sixteenClientsQueryWithoutErrorsAndNeverSeeHalfADocument(@TempDir Path tmp) throws Exception {
		Path corpus = tmp.resolve("corpus");
		SyntheticCorpus.seeded(11).articlesPerFile(2).write(corpus, 40);
		DocumentFacts expected = DocumentFacts.of(List.of(corpus));
		int documents = expected.expected().size();
		long withFacts = expected.expected().values().stream().filter(n -> n > 0).count();

		try (RestartableNeo4j neo4j = new RestartableNeo4j(tmp.resolve("neo4j"));
				Driver driver = neo4j.driver(Config.defaultConfig());
				ApiServer server = ApiServer.start(driver, null, 0)) {
			new SchemaInstaller(driver, null).apply();
			// The load pauses once, a third of the way, until every client has made a request: the clients are
			// certain to query while documents are still arriving.
			CountDownLatch started = new CountDownLatch(1);
			CountDownLatch everyClientQueried = new CountDownLatch(CLIENTS);
			AtomicInteger done = new AtomicInteger();
			LoadListener listener = new LoadListener() {
				@Override
				public void documentDone(DocumentExtraction result) {
					started.countDown();
					if (done.incrementAndGet() == documents / 3) {
						await(everyClientQueried);
					}
				}
			};
			CompletableFuture<LoadReport> load = CompletableFuture
				.supplyAsync(() -> ReegraphLoader.create(SMALL_BATCHES).load(driver, List.of(corpus), listener));
			assertThat(started.await(2, TimeUnit.MINUTES)).isTrue();

			AtomicInteger requests = new AtomicInteger();
			AtomicInteger viewsDuringLoad = new AtomicInteger();
			List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
			List<String> partial = java.util.Collections.synchronizedList(new ArrayList<>());
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				running.add(clients.submit(() -> {
					for (int round = 0; round < ROUNDS; round++) {
						try {
							JsonNode answer = TestApi.post(server, QUERY, Map.of(), null);
							if (answer.has("errors") || !answer.has("data")) {
								errors.add(answer.toString());
							}
						}
						catch (RuntimeException ex) {
							errors.add(ex.toString());
						}
						requests.incrementAndGet();
						try {
							Map<String, Long> seen = expected.seen(driver);
							long whole = seen.values().stream().filter(n -> n > 0).count();
							if (whole < withFacts) {
								viewsDuringLoad.incrementAndGet();
							}
							partial.addAll(expected.partial(seen));
						}
						catch (RuntimeException ex) {
							errors.add(ex.toString());
						}
						requests.incrementAndGet();
						if (round == 0) {
							everyClientQueried.countDown();
						}
					}
				}));
			}
			for (Future<?> f : running) {
				f.get(5, TimeUnit.MINUTES);
			}
			clients.shutdown();
			LoadReport report = load.get(5, TimeUnit.MINUTES);

			GraphDump after = GraphDump.of(driver);
			assertThat(report.rejected()).isEmpty();
			assertThat(errors).as("failed requests").isEmpty();
			assertThat(partial).as("views holding part of a document").isEmpty();
			assertThat(viewsDuringLoad.get()).as("views taken while the load ran").isPositive();
			assertThat(expected.seen(driver)).isEqualTo(expected.expected().entrySet().stream()
				.filter(e -> e.getValue() > 0).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
						Map.Entry::getValue)));
			assertThat(after.duplicates()).isZero();
			ReliabilityReport.scenario("faults.concurrent-load-queries", CLIENTS + " clients query while a load runs")
				.tried(report.documentsRead())
				.rejectedClearly(0)
				.factsLost(expected.total() - expected.seen(driver).values().stream().mapToLong(Long::longValue).sum())
				.duplicated(after.duplicates())
				.requests(requests.get())
				.errors(errors.size() + partial.size())
				.outcome("every GraphQL request answered without errors; no view of the graph held part of a document "
						+ "(documents are written whole, a few to a transaction); all " + expected.total() + " facts present at the end")
				.record();
		}
	}

	static void await(CountDownLatch latch) {
		try {
			if (!latch.await(2, TimeUnit.MINUTES)) {
				throw new IllegalStateException("the clients did not start within two minutes");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
