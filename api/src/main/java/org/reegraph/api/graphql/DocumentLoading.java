package org.reegraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

import graphql.schema.DataFetchingEnvironment;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;
import org.reegraph.api.ApiConfig;
import org.reegraph.api.telemetry.LoadMetrics;
import org.reegraph.api.telemetry.Propagation;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.LoaderConfig;
import org.reegraph.loader.ReegraphLoader;

/** The {@code loadDocument} mutation: checks the bearer token (constant time), then runs the loader. */
@Singleton
final class DocumentLoading {

	private static final String BEARER = "Bearer ";

	private final Driver driver;
	private final ApiConfig config;
	private final String database;
	private final Executor executor;
	private final LoadMetrics metrics;

	DocumentLoading(Driver driver, ApiConfig config, @Value("${reegraph.database:}") String database,
			@Named(TaskExecutors.BLOCKING) ExecutorService executor, LoadMetrics metrics) {
		this.driver = driver;
		this.config = config;
		this.database = database == null || database.isBlank() ? null : database;
		this.executor = Propagation.propagating(executor);
		this.metrics = metrics;
	}

	CompletableFuture<Map<String, Object>> loadDocument(DataFetchingEnvironment env) {
		String authorization = env.getGraphQlContext().getOrDefault(RequestCustomizer.AUTHORIZATION, "");
		if (!authorized(authorization)) {
			throw new NotAuthorizedException("loadDocument requires the header 'Authorization: Bearer <token>' "
					+ "with the API token configured as reegraph.api.token (REEGRAPH_API_TOKEN).");
		}
		Map<String, Object> input = env.getArgument("input");
		String name = (String) input.get("name");
		String text = (String) input.get("text");
		return CompletableFuture.supplyAsync(() -> {
			LoaderConfig loaderConfig = database == null ? LoaderConfig.defaults()
					: LoaderConfig.defaults().withDatabase(database);
			LoadReport report = ReegraphLoader.create(loaderConfig).loadText(driver, name, text);
			metrics.record(report);
			return toMap(report);
		}, executor);
	}

	/**
	 * Whether the header carries the configured token. The scheme is case-insensitive (RFC 9110); the tokens are
	 * compared as SHA-256 digests with {@link MessageDigest#isEqual}, so the time taken depends neither on where
	 * they first differ nor on the length of the configured token.
	 */
	boolean authorized(String header) {
		if (!config.writable() || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		return MessageDigest.isEqual(sha256(header.substring(BEARER.length()).strip()), sha256(config.token()));
	}

	private static byte[] sha256(String s) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256.", ex);
		}
	}

	private static Map<String, Object> toMap(LoadReport report) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("documentsRead", report.documentsRead());
		m.put("documentsLoaded", report.documentsLoaded());
		m.put("articles", report.articles());
		m.put("entities", report.entities());
		m.put("facts", report.facts());
		m.put("rejected", report.rejected().stream().map(Object::toString).toList());
		m.put("warnings", report.warnings());
		m.put("durationMs", (int) Math.min(Integer.MAX_VALUE, report.duration().toMillis()));
		return m;
	}
}
