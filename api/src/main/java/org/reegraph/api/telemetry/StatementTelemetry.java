package org.reegraph.api.telemetry;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Singleton;
import org.reegraph.cypher.query.QueryObserver;

/**
 * Times every Neo4j statement the API sends ({@code reegraph.neo4j.statements}, by statement name and outcome) and,
 * with tracing on, gives each a client span under the request's span.
 */
@Singleton
public final class StatementTelemetry implements QueryObserver {

	/** The timer's name. */
	public static final String STATEMENTS = "reegraph.neo4j.statements";

	private final MeterRegistry registry;
	private final Tracer tracer;
	private final ThreadLocal<Span> running = new ThreadLocal<>();

	StatementTelemetry(MeterRegistry registry, Tracer tracer) {
		this.registry = registry;
		this.tracer = tracer;
	}

	@Override
	public void beforeQuery(String name, Map<String, Object> parameters) {
		running.set(tracer.spanBuilder(name)
			.setSpanKind(SpanKind.CLIENT)
			.setAttribute("db.system.name", "neo4j")
			.setAttribute("db.operation.name", name)
			.startSpan());
	}

	@Override
	public void afterQuery(String name, long nanos, Throwable failure) {
		Timer.builder(STATEMENTS)
			.description("Neo4j statements the API sent, by statement (the named query's file) and outcome")
			.tag("statement", name)
			.tag("outcome", failure == null ? "success" : "error")
			.register(registry)
			.record(nanos, TimeUnit.NANOSECONDS);
		Span span = running.get();
		running.remove();
		if (span != null) {
			if (failure != null) {
				span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
			}
			span.end();
		}
	}
}
