package org.reegraph.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A quick measurement of the headline query over HTTP (the benchmark issue does the careful one). */
class LatencyIT {

	@Test
	void headlineQueryP50() {
		for (int i = 0; i < 20; i++) {
			TestApi.post(HeadlineIT.HEADLINE);
		}
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			long start = System.nanoTime();
			var body = TestApi.post(HeadlineIT.HEADLINE);
			micros.add((System.nanoTime() - start) / 1000);
			assertThat(body.has("errors")).isFalse();
		}
		Collections.sort(micros);
		System.out.printf("Headline dependencyPaths over HTTP, 50 requests after 20 warm-up: p50 %.1f ms, p90 %.1f ms, max %.1f ms%n",
				micros.get(24) / 1000.0, micros.get(44) / 1000.0, micros.get(49) / 1000.0);
		assertThat(micros.get(24)).isLessThan(1_000_000);
	}
}
