package org.reegraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.reegraph.loader.LoadListener;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.synthetic.SyntheticCorpus;

/**
 * Extraction without a database ({@code extract}): articles/s and MB of text/s, per core (the extraction
 * runs on one thread: its CPU time is the divisor), and the peak heap, for each corpus size.
 */
final class ExtractionBench {

	private ExtractionBench() {
	}

	/**
	 * One corpus size.
	 *
	 * @param articles articles in the corpus
	 * @param files files
	 * @param megabytes MB of text
	 * @param facts facts extracted
	 * @param articlesPerSecond wall-clock articles/s, per repetition
	 * @param articlesPerCpuSecond articles per CPU-second of the extracting thread (per core), per repetition
	 * @param mbPerCpuSecond MB per CPU-second, per repetition
	 * @param peakHeapMb the peak heap in use during the run (all heap pools, garbage included), per repetition
	 * @param liveHeapMb the most heap still in use after a full GC, sampled ten times through one more run
	 */
	record Row(int articles, int files, double megabytes, long facts, Stats.Spread articlesPerSecond,
			Stats.Spread articlesPerCpuSecond, Stats.Spread mbPerCpuSecond, Stats.Spread peakHeapMb,
			double liveHeapMb) {
	}

	static Row run(Path scratch, long seed, int articles, int reps) {
		Path dir = scratch.resolve("corpus-" + articles);
		List<Path> files = corpus(dir, seed, articles);
		double mb = SyntheticCorpus.bytes(files) / 1e6;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Double> wall = new ArrayList<>();
		List<Double> perCpu = new ArrayList<>();
		List<Double> mbPerCpu = new ArrayList<>();
		List<Double> heap = new ArrayList<>();
		long facts = 0;
		for (int r = 0; r < reps; r++) {
			System.gc();
			List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
			pools.forEach(MemoryPoolMXBean::resetPeakUsage);
			AtomicLong factCount = new AtomicLong();
			long cpu0 = threads.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			LoadReport report = ReegraphLoader.create().extract(files, d -> {
				if (!d.isRejected()) {
					factCount.addAndGet(d.facts().size());
				}
			}, LoadListener.NONE);
			double seconds = (System.nanoTime() - t0) / 1e9;
			double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
			long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
			int read = report.articles();
			facts = factCount.get();
			wall.add(read / seconds);
			perCpu.add(read / cpu);
			mbPerCpu.add(mb / cpu);
			heap.add(peak / 1048576.0);
			Bench.log("  extract %d articles: %.1f s wall, %.1f s CPU, %.0f articles/s, peak heap %.0f MB", read,
					seconds, cpu, read / seconds, peak / 1048576.0);
		}
		double live = liveHeap(files) / 1048576.0;
		Bench.log("  extract %d articles: at most %.0f MB live (after a full GC, ten samples)", articles, live);
		BenchDatabase.deleteTree(dir);
		return new Row(articles, files.size(), mb, facts, Stats.Spread.of(wall), Stats.Spread.of(perCpu),
				Stats.Spread.of(mbPerCpu), Stats.Spread.of(heap), live);
	}

	/**
	 * What the extraction holds on to, in one more run (not timed): a full GC every tenth of the files, then the heap
	 * still in use; the most of those samples. The peak in use during a timed run includes garbage not yet
	 * collected, which grows with the JVM's heap size rather than with what the extraction keeps.
	 */
	private static long liveHeap(List<Path> files) {
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP).toList();
		int every = Math.max(1, files.size() / 10);
		AtomicLong seen = new AtomicLong();
		AtomicLong most = new AtomicLong();
		ReegraphLoader.create().extract(files, d -> {
			if (seen.incrementAndGet() % every == 0) {
				System.gc();
				most.accumulateAndGet(pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum(), Math::max);
			}
		}, LoadListener.NONE);
		return most.get();
	}

	static List<Path> corpus(Path dir, long seed, int articles) {
		BenchDatabase.deleteTree(dir);
		return SyntheticCorpus.seeded(seed).write(dir, articles);
	}
}
