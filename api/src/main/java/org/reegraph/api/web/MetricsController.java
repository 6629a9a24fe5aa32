package org.reegraph.api.web;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * {@code GET /metrics}: every meter in Prometheus's text format, for a Prometheus server to scrape. Off with
 * {@code reegraph.metrics.enabled=false}.
 */
@Controller("/metrics")
@Requires(property = "reegraph.metrics.enabled", notEquals = "false")
final class MetricsController {

	/** Prometheus's text exposition format. */
	static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

	private final PrometheusMeterRegistry registry;

	MetricsController(PrometheusMeterRegistry registry) {
		this.registry = registry;
	}

	@Get(produces = TEXT_FORMAT)
	HttpResponse<String> scrape() {
		return HttpResponse.ok(registry.scrape()).contentType(TEXT_FORMAT);
	}
}
