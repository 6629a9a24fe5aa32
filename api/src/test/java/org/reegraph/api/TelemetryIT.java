package org.reegraph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees: the Prometheus scrape at {@code /metrics} after real requests (per-operation requests with
 * their latency histogram, errors by classification, Neo4j statement time, loads), request ids in responses and in
 * log lines written on the statement threads, and OpenTelemetry spans for a request and its statements — recorded
 * only when tracing is switched on.
 */
class TelemetryIT {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static HttpResponse<String> post(ApiServer server, String body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + "/graphql"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String scrape() {
		HttpResponse<String> response = TestApi.get(TestApi.server(), "/metrics");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
		return response.body();
	}

	/** The value of the sample whose name and labels (in Prometheus's order) are given, or 0 when absent. */
	static double sample(String scrape, String series) {
		Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}

	@Test
	void theScrapeCountsRequestsErrorsStatementsAndLoads() throws Exception {
		ApiServer server = TestApi.server();
		String before = scrape();
		String probe = "{\"query\": \"query TelemetryProbe { element(symbol: \\\"Dy\\\") { id } }\", \"operationName\": \"TelemetryProbe\"}";
		post(server, probe, Map.of());
		post(server, probe, Map.of());
		post(server, "{\"query\": \"query TelemetryMissing { dependencyPaths(element: \\\"Unobtainium\\\") { program { id } } }\"," 
				+ " \"operationName\": \"TelemetryMissing\"}", Map.of());
		post(server, "{\"qeury\": \"{ __typename }\"}", Map.of());
		JsonNode load = TestApi.post(server, "mutation Load($input: DocumentInput!) { loadDocument(input: $input) { documentsLoaded facts } }",
				Map.of("input", Map.of("name", "mutation-test.txt", "text", """
						Title: Test brief on gallium
						Source: Test Wire
						Date: 2025-11-20

						Japan imported 120 tons of gallium from Vietnam in 2024.
						""")), "Bearer " + TestApi.TOKEN);
		String after = scrape();

		String probeCount = "reegraph_graphql_requests_seconds_count{operation=\"TelemetryProbe\",outcome=\"success\"}";
		assertThat(sample(after, probeCount) - sample(before, probeCount)).isEqualTo(2);
		assertThat(after).contains("reegraph_graphql_requests_seconds_bucket{operation=\"TelemetryProbe\",outcome=\"success\",le=\"");
		assertThat(sample(after, "reegraph_graphql_requests_seconds_count{operation=\"TelemetryMissing\",outcome=\"error\"}")).isEqualTo(1);
		assertThat(sample(after, "reegraph_graphql_errors_total{classification=\"NOT_FOUND\",operation=\"TelemetryMissing\"}")).isEqualTo(1);
		String invalid = "reegraph_graphql_errors_total{classification=\"BAD_REQUEST\",operation=\"invalid\"}";
		assertThat(sample(after, invalid) - sample(before, invalid)).isGreaterThanOrEqualTo(1);
		String statements = "reegraph_neo4j_statements_seconds_count{outcome=\"success\",statement=\"element-by-symbol\"}";
		assertThat(sample(after, statements) - sample(before, statements)).isGreaterThanOrEqualTo(2);
		assertThat(sample(after, "reegraph_neo4j_statements_seconds_sum{outcome=\"success\",statement=\"element-by-symbol\"}")).isPositive();
		String loaded = "reegraph_loader_documents_total{outcome=\"loaded\"}";
		assertThat(load.at("/data/loadDocument/documentsLoaded").asInt()).as(load.toString()).isEqualTo(1);
		assertThat(sample(after, loaded) - sample(before, loaded)).isEqualTo(1);
		assertThat(sample(after, "reegraph_loader_facts_total") - sample(before, "reegraph_loader_facts_total"))
			.isEqualTo(load.at("/data/loadDocument/facts").asDouble());
		assertThat(after).contains("# HELP reegraph_graphql_requests_seconds GraphQL requests answered")
			.contains("jvm_memory_used_bytes{");
	}

	@Test
	void everyResponseCarriesARequestIdThatTheLogsOnStatementThreadsShare() throws Exception {
		HttpResponse<String> given = post(TestApi.server(), "{\"query\": \"{ __typename }\"}", Map.of("X-Request-Id", "client-req-42"));
		HttpResponse<String> hostile = post(TestApi.server(), "{\"query\": \"{ __typename }\"}", Map.of("X-Request-Id", "a b<script>"));
		HttpResponse<String> none = post(TestApi.server(), "{\"query\": \"{ __typename }\"}", Map.of());

		assertThat(given.headers().firstValue("X-Request-Id")).hasValue("client-req-42");
		assertThat(hostile.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
		assertThat(none.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");

		// A database that cannot be reached: the fetcher's thread logs the failure, with the request's id.
		Logger errors = (Logger) LoggerFactory.getLogger("org.reegraph.api.graphql.ErrorHandler");
		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		captured.start();
		errors.addAppender(captured);
		try (Driver unreachable = GraphDatabase.driver("bolt://127.0.0.1:1");
				ApiServer down = ApiServer.start(unreachable, null, 0, Map.of())) {
			HttpResponse<String> failed = post(down, "{\"query\": \"{ element(symbol: \\\"Dy\\\") { id } }\"}",
					Map.of("X-Request-Id", "outage-7"));

			assertThat(failed.body()).contains("UNAVAILABLE");
			assertThat(failed.headers().firstValue("X-Request-Id")).hasValue("outage-7");
			assertThat(captured.list).as("ErrorHandler's log lines").isNotEmpty()
				.allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("requestId", "outage-7"));
			assertThat(captured.list.get(0).getThreadName()).doesNotContain("event-loop");
		}
		finally {
			errors.detachAppender(captured);
		}
	}

	@Test
	void withTracingOnARequestAndItsStatementsAreOneTrace() throws Exception {
		InMemorySpanExporter exporter = InMemorySpanExporter.create();
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		List<SpanData> spans;
		try (ApiServer traced = ApiServer.start(TestApi.loadedDriver(), null, 0, Map.of("reegraph.tracing.enabled", true), exporter)) {
			post(traced, "{\"query\": \"query Traced { element(symbol: \\\"Dy\\\") { id } country(code: \\\"CN\\\") { id } }\"}",
					Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
			// Read before the server stops: stopping shuts the exporter down, which forgets what it holds.
			spans = exporter.getFinishedSpanItems();
		}
		SpanData request = spans.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst()
			.orElseThrow(() -> new AssertionError("no server span among " + spans));
		List<SpanData> statements = spans.stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();

		assertThat(request.getName()).isEqualTo("POST /graphql");
		assertThat(request.getTraceId()).as("continues the caller's trace").isEqualTo(traceId);
		assertThat(request.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200);
		assertThat(statements).extracting(SpanData::getName).contains("element-by-symbol");
		assertThat(statements).hasSizeGreaterThanOrEqualTo(2).allSatisfy(s -> {
			assertThat(s.getTraceId()).isEqualTo(traceId);
			assertThat(s.getParentSpanId()).isEqualTo(request.getSpanId());
			assertThat(s.getAttributes().get(AttributeKey.stringKey("db.system.name"))).isEqualTo("neo4j");
		});
	}

	@Test
	void tracingIsOffByDefault() throws Exception {
		InMemorySpanExporter exporter = InMemorySpanExporter.create();
		try (ApiServer untraced = ApiServer.start(TestApi.loadedDriver(), null, 0, Map.of(), exporter)) {
			HttpResponse<String> answer = post(untraced, "{\"query\": \"{ element(symbol: \\\"Dy\\\") { id } }\"}", Map.of());

			assertThat(answer.body()).contains("element:Dy");
			assertThat(exporter.getFinishedSpanItems()).isEmpty();
		}
	}
}
