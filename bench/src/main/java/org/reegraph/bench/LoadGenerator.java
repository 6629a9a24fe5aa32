package org.reegraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator: {@code clients} threads each send the next request as soon as the previous one
 * is answered, for a fixed time. Every latency is kept (no sampling), failures are counted, not retried.
 */
final class LoadGenerator {

	private LoadGenerator() {
	}

	/** One request; throws on failure. */
	@FunctionalInterface
	interface Call {
		void run() throws Exception;
	}

	/**
	 * The outcome of a run.
	 *
	 * @param clients concurrent clients
	 * @param requests answered requests
	 * @param errors failed requests
	 * @param seconds wall time
	 * @param latency percentiles of the answered requests
	 * @param firstError the first failure's message, or null
	 */
	record Result(int clients, long requests, long errors, double seconds, Stats.Latency latency, String firstError) {

		double throughput() {
			return requests / seconds;
		}
	}

	/**
	 * Runs the load.
	 *
	 * @param clients how many concurrent clients
	 * @param millis for how long
	 * @param call the request
	 * @return the result
	 */
	static Result run(int clients, long millis, Call call) {
		AtomicLong errors = new AtomicLong();
		String[] firstError = new String[1];
		List<long[]> perClient = new ArrayList<>();
		int[] counts = new int[clients];
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		long[] deadline = new long[1];
		for (int c = 0; c < clients; c++) {
			long[] samples = new long[1 << 16];
			perClient.add(samples);
			int me = c;
			Thread t = new Thread(() -> {
				long[] buf = perClient.get(me);
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					return;
				}
				while (System.nanoTime() < deadline[0]) {
					long t0 = System.nanoTime();
					try {
						call.run();
						long took = System.nanoTime() - t0;
						if (counts[me] == buf.length) {
							buf = Arrays.copyOf(buf, buf.length * 2);
							perClient.set(me, buf);
						}
						buf[counts[me]++] = took;
					}
					catch (Exception ex) {
						if (errors.getAndIncrement() == 0) {
							synchronized (firstError) {
								firstError[0] = String.valueOf(ex.getMessage());
							}
						}
					}
				}
			}, "bench-client-" + c);
			t.setDaemon(true);
			threads.add(t);
			t.start();
		}
		long began = System.nanoTime();
		deadline[0] = began + millis * 1_000_000L;
		start.countDown();
		for (Thread t : threads) {
			try {
				t.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the load ran.", ex);
			}
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int c = 0; c < clients; c++) {
			System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
			at += counts[c];
		}
		Stats.Latency latency = total == 0 ? new Stats.Latency(0, Double.NaN, Double.NaN, Double.NaN)
				: Stats.Latency.ofNanos(all);
		synchronized (firstError) {
			return new Result(clients, total, errors.get(), seconds, latency, firstError[0]);
		}
	}
}
