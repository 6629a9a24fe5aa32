package org.reegraph.api.telemetry;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * OpenTelemetry tracing, bound from {@code reegraph.tracing.*} (environment {@code REEGRAPH_TRACING_ENABLED},
 * {@code REEGRAPH_TRACING_ENDPOINT}).
 *
 * @param enabled whether spans are recorded and exported (default false: no tracing, nothing sent)
 * @param endpoint where spans are sent, as OTLP over HTTP (protobuf); default {@code http://localhost:4318/v1/traces},
 *        an OpenTelemetry Collector's or Jaeger's OTLP port on the same machine
 * @param serviceName the {@code service.name} the spans carry (default {@code reegraph})
 */
@ConfigurationProperties("reegraph.tracing")
public record TracingConfig(@Bindable(defaultValue = "false") boolean enabled,
		@Bindable(defaultValue = "http://localhost:4318/v1/traces") String endpoint,
		@Bindable(defaultValue = "reegraph") String serviceName) {
}
