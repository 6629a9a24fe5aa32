package org.reegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.neo4j.driver.Driver;
import org.reegraph.api.telemetry.LoadMetrics;
import org.reegraph.cypher.SchemaInstaller;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.ReegraphLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code reegraph serve}: the graph, the bundled corpus and the API, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Start the embedded Neo4j (unless NEO4J_URI is set), apply the schema, load the bundled corpus "
				+ "when the graph holds no documents yet, and serve the GraphQL API until Ctrl-C." })
final class ServeCommand implements Callable<Integer> {

	@Mixin
	GraphOptions graph = new GraphOptions();

	@Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:MICRONAUT_SERVER_PORT:-8080}",
			description = "HTTP port of the GraphQL API (env MICRONAUT_SERVER_PORT; default: ${DEFAULT-VALUE}).")
	int port;

	@Option(names = "--corpus", paramLabel = "DIR", description = "Documents to load on first start "
			+ "(default: the bundled corpus, data/documents).")
	Path corpus;

	@Option(names = "--no-load", description = "Do not load the bundled corpus, even into an empty graph.")
	boolean noLoad;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	private final CountDownLatch stop = new CountDownLatch(1);
	private volatile org.reegraph.api.ApiServer api;

	@Override
	public Integer call() throws InterruptedException {
		var out = spec.commandLine().getOut();
		// Browser opens reegraph's guide as soon as it connects (port 0 = not known before start: no guide).
		String guide = port == 0 ? null : "http://localhost:" + port + "/browser/guide.html";
		GraphConnection connection = GraphConnection.open(graph, System.getenv(), guide == null ? null : "play " + guide);
		Thread hook = new Thread(() -> {
			out.println("Stopping reegraph...");
			out.flush();
			if (api != null) {
				api.close();
			}
			connection.close();
			stop.countDown();
		}, "reegraph-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		out.println(connection.describe());
		Driver driver = connection.driver();
		new SchemaInstaller(driver, connection.database()).apply();
		LoadReport initialLoad = null;
		if (!noLoad && isEmpty(driver, connection.database())) {
			Path documents = corpus == null ? GraphConnection.defaultCorpus() : corpus;
			if (Files.isDirectory(documents)) {
				out.println("The graph is empty: loading " + documents + " ...");
				initialLoad = ReegraphLoader.create().load(driver, List.of(documents),
						new Progress(spec.commandLine().getErr(), false, "Loading"));
				out.print(initialLoad.summary());
			}
			else {
				out.println("The graph is empty and no corpus was found at " + documents + " (use --corpus DIR).");
			}
		}
		api = ApiLauncher.start(driver, connection.database(), port);
		if (initialLoad != null) {
			// The first load ran before the API (and its meters) existed: count it now.
			api.context().getBean(LoadMetrics.class).record(initialLoad);
		}
		out.println("GraphQL API:   " + api.url() + "/graphql");
		out.println("GraphiQL:      " + api.url() + "/graphiql");
		out.println("Health:        " + api.url() + "/health");
		out.println("Metrics:       " + api.url() + "/metrics  (Prometheus)");
		if (connection.embedded().flatMap(e -> e.browserUrl()).isPresent()) {
			out.println("Browser guide: :play " + api.url() + "/browser/guide.html  (opens when Browser connects)");
		}
		out.println("reegraph is up. Press Ctrl-C to stop.");
		out.flush();
		stop.await();
		return 0;
	}

	private static boolean isEmpty(Driver driver, String database) {
		var config = database == null ? org.neo4j.driver.SessionConfig.defaultConfig()
				: org.neo4j.driver.SessionConfig.forDatabase(database);
		try (var session = driver.session(config)) {
			return session.executeRead(tx -> tx.run("MATCH (d:Document) RETURN count(d) = 0 AS empty").single()
				.get("empty").asBoolean());
		}
	}
}
