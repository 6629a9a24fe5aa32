package org.reegraph.api.telemetry;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Per-operation request metrics: {@code reegraph.graphql.requests} (a timer with a latency histogram, by operation name
 * and outcome) and {@code reegraph.graphql.errors} (by operation and error classification).
 * <p>
 * The operation name is the client's {@code operationName}; as clients choose it, only the first
 * {@link #MAX_OPERATIONS} distinct valid names get their own series, later ones count as {@code other}, so a client
 * cannot grow the registry without bound. A request without a name is {@code anonymous}, one refused before it could
 * be read {@code invalid}.
 */
@Singleton
public final class RequestMetrics {

	/** The request timer's name. */
	public static final String REQUESTS = "reegraph.graphql.requests";
	/** The error counter's name. */
	public static final String ERRORS = "reegraph.graphql.errors";
	/** The most distinct operation names that get series of their own. */
	static final int MAX_OPERATIONS = 100;

	/** The latency histogram's buckets: a dozen, from a cached look-up to the default query timeout. */
	static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
		.map(Duration::ofMillis).toArray(Duration[]::new);

	private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

	private final MeterRegistry registry;
	private final Set<String> operations = ConcurrentHashMap.newKeySet();

	RequestMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Records one answered request.
	 *
	 * @param operationName the client's operation name, or null
	 * @param nanos how long the server took
	 * @param classifications the classification of each error in the answer (empty when none)
	 */
	public void record(@Nullable String operationName, long nanos, Collection<String> classifications) {
		String operation = operation(operationName);
		timer(operation, classifications.isEmpty() ? "success" : "error").record(nanos, TimeUnit.NANOSECONDS);
		for (String classification : classifications) {
			errors(operation, classification).increment();
		}
	}

	/**
	 * Records a request refused before its operation could be read (400, 405, 406, 415).
	 *
	 * @param nanos how long the server took
	 */
	public void recordInvalid(long nanos) {
		timer("invalid", "error").record(nanos, TimeUnit.NANOSECONDS);
		errors("invalid", "BAD_REQUEST").increment();
	}

	private Timer timer(String operation, String outcome) {
		return Timer.builder(REQUESTS)
			.description("GraphQL requests answered, by operation name and outcome")
			.tag("operation", operation)
			.tag("outcome", outcome)
			.serviceLevelObjectives(BUCKETS)
			.register(registry);
	}

	private Counter errors(String operation, String classification) {
		return Counter.builder(ERRORS)
			.description("Errors in GraphQL answers, by operation name and classification")
			.tag("operation", operation)
			.tag("classification", classification)
			.register(registry);
	}

	private String operation(@Nullable String name) {
		if (name == null || name.isEmpty()) {
			return "anonymous";
		}
		if (!NAME.matcher(name).matches()) {
			return "other";
		}
		if (operations.contains(name) || (operations.size() < MAX_OPERATIONS && operations.add(name))) {
			return name;
		}
		return "other";
	}
}
