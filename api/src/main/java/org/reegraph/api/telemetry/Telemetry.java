package org.reegraph.api.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;

/**
 * The meter registry (Prometheus, with the JVM's memory, threads, processor and uptime) and the tracer: a no-op one
 * unless {@code reegraph.tracing.enabled}, else the OpenTelemetry SDK exporting over OTLP — or to a
 * {@link SpanExporter} the embedding application registers as a bean (spans then go out one by one, as they end).
 */
@Factory
final class Telemetry {

	/** The instrumentation scope of the spans. */
	static final String SCOPE = "org.reegraph.api";

	@Singleton
	@Bean(typed = { MeterRegistry.class, PrometheusMeterRegistry.class })
	PrometheusMeterRegistry meterRegistry() {
		PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		new JvmMemoryMetrics().bindTo(registry);
		new JvmThreadMetrics().bindTo(registry);
		new ProcessorMetrics().bindTo(registry);
		new UptimeMetrics().bindTo(registry);
		return registry;
	}

	@Singleton
	@Bean(preDestroy = "close")
	TracingProvider tracing(TracingConfig config, @Nullable SpanExporter exporter) {
		if (!config.enabled()) {
			return new TracingProvider(OpenTelemetry.noop(), () -> { });
		}
		SpanExporter target = exporter != null ? exporter
				: OtlpHttpSpanExporter.builder().setEndpoint(config.endpoint()).build();
		SdkTracerProvider provider = SdkTracerProvider.builder()
			.setResource(Resource.getDefault().merge(Resource.create(Attributes.of(
					io.opentelemetry.api.common.AttributeKey.stringKey("service.name"), config.serviceName()))))
			.addSpanProcessor(exporter != null ? SimpleSpanProcessor.create(target) : BatchSpanProcessor.builder(target).build())
			.build();
		return new TracingProvider(OpenTelemetrySdk.builder().setTracerProvider(provider).build(), provider::close);
	}

	@Singleton
	Tracer tracer(TracingProvider tracing) {
		return tracing.openTelemetry().getTracer(SCOPE);
	}

	/** The OpenTelemetry instance and how to flush and stop it when the server stops. */
	record TracingProvider(OpenTelemetry openTelemetry, Runnable closer) implements AutoCloseable {

		@Override
		public void close() {
			closer.run();
		}
	}
}
