package org.reegraph.api.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.reegraph.loader.LoadReport;

/** Counts what loads wrote: {@code reegraph.loader.documents} (by outcome) and {@code reegraph.loader.facts}. */
@Singleton
public final class LoadMetrics {

	/** The documents counter's name. */
	public static final String DOCUMENTS = "reegraph.loader.documents";
	/** The facts counter's name. */
	public static final String FACTS = "reegraph.loader.facts";

	private final Counter loaded;
	private final Counter rejected;
	private final Counter facts;

	LoadMetrics(MeterRegistry registry) {
		this.loaded = Counter.builder(DOCUMENTS).description("Documents loaded into the graph, or rejected")
			.tag("outcome", "loaded").register(registry);
		this.rejected = Counter.builder(DOCUMENTS).description("Documents loaded into the graph, or rejected")
			.tag("outcome", "rejected").register(registry);
		this.facts = Counter.builder(FACTS).description("Facts written by loads").register(registry);
	}

	/**
	 * Counts a finished load.
	 *
	 * @param report the load's report
	 */
	public void record(LoadReport report) {
		loaded.increment(report.documentsLoaded());
		rejected.increment(report.rejected().size());
		facts.increment(report.facts());
	}
}
