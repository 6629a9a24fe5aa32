package org.reegraph.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The server span of a GraphQL request, named {@code POST /graphql} as OpenTelemetry's HTTP conventions name them;
 * it continues the caller's trace when the request carries a W3C {@code traceparent} header.
 */
final class RequestSpans {

	private static final TextMapGetter<HttpRequest<?>> HEADERS = new TextMapGetter<>() {
		@Override
		public Iterable<String> keys(HttpRequest<?> request) {
			return request.getHeaders().names();
		}

		@Override
		public String get(@Nullable HttpRequest<?> request, String key) {
			return request == null ? null : request.getHeaders().get(key);
		}
	};

	private RequestSpans() {
	}

	static Span start(Tracer tracer, HttpRequest<?> request, @Nullable String operationName) {
		Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), request, HEADERS);
		var span = tracer.spanBuilder(request.getMethodName() + " " + request.getPath())
			.setParent(parent)
			.setSpanKind(SpanKind.SERVER)
			.setAttribute("http.request.method", request.getMethodName())
			.setAttribute("url.path", request.getPath());
		if (operationName != null) {
			span.setAttribute("graphql.operation.name", operationName);
		}
		return span.startSpan();
	}

	static void end(Span span, int status, int errors) {
		span.setAttribute("http.response.status_code", status);
		if (status >= 500) {
			span.setStatus(StatusCode.ERROR);
		}
		if (errors > 0) {
			span.setAttribute("graphql.errors", errors);
		}
		span.end();
	}
}
