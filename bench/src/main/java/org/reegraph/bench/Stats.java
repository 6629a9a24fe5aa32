package org.reegraph.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Summaries of repeated measurements: min / median / max of a few repetitions, and percentiles of many
 * latencies.
 */
final class Stats {

	private Stats() {
	}

	/**
	 * Min, median and max of repetitions.
	 *
	 * @param min the smallest
	 * @param median the median
	 * @param max the largest
	 */
	record Spread(double min, double median, double max) {

		static Spread of(List<Double> values) {
			if (values.isEmpty()) {
				throw new IllegalArgumentException("A spread needs at least one value.");
			}
			double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			return new Spread(v[0], percentile(v, 50), v[v.length - 1]);
		}

		/** {@return "median (min–max)" with the given number of decimals} */
		String format(int decimals) {
			String f = "%." + decimals + "f";
			return String.format(Locale.ROOT, f + " (" + f + "–" + f + ")", median, min, max);
		}
	}

	/**
	 * Latency percentiles, in milliseconds.
	 *
	 * @param count how many samples
	 * @param p50 the median
	 * @param p99 the 99th percentile
	 * @param max the largest
	 */
	record Latency(int count, double p50, double p99, double max) {

		static Latency ofNanos(long[] nanos) {
			if (nanos.length == 0) {
				throw new IllegalArgumentException("Latency percentiles need at least one sample.");
			}
			double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
			return new Latency(ms.length, percentile(ms, 50), percentile(ms, 99), ms[ms.length - 1]);
		}
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, double p) {
		if (sorted.length == 1) {
			return sorted[0];
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static String f(double v, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", v);
	}
}
