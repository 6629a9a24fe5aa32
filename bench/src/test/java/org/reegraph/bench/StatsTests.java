package org.reegraph.bench;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatsTests {

	@Test
	void spreadIsMinMedianMax() {
		Stats.Spread s = Stats.Spread.of(List.of(3.0, 1.0, 2.0));
		assertThat(s).isEqualTo(new Stats.Spread(1.0, 2.0, 3.0));
		assertThat(s.format(1)).isEqualTo("2.0 (1.0–3.0)");
	}

	@Test
	void latencyPercentilesUseTheNearestRank() {
		long[] nanos = new long[100];
		for (int i = 0; i < 100; i++) {
			nanos[i] = (100 - i) * 1_000_000L;
		}
		Stats.Latency l = Stats.Latency.ofNanos(nanos);
		assertThat(l.count()).isEqualTo(100);
		assertThat(l.p50()).isEqualTo(50.0);
		assertThat(l.p99()).isEqualTo(99.0);
		assertThat(l.max()).isEqualTo(100.0);
	}

	@Test
	void emptyInputIsRefusedWithAMessage() {
		assertThatThrownBy(() -> Stats.Spread.of(List.of())).hasMessageContaining("at least one value");
		assertThatThrownBy(() -> Stats.Latency.ofNanos(new long[0])).hasMessageContaining("at least one sample");
	}

	@Test
	void zipfFavoursTheFirstRanks() {
		SyntheticGraph.Zipf zipf = new SyntheticGraph.Zipf(250, 1.3);
		SplittableRandom rnd = new SplittableRandom(1);
		int[] counts = new int[250];
		for (int i = 0; i < 100_000; i++) {
			counts[zipf.sample(rnd)]++;
		}
		assertThat(counts[0]).isGreaterThan(counts[1]).isGreaterThan(counts[10]);
		assertThat(counts[0] + counts[1] + counts[2]).isGreaterThan(40_000);
	}
}
