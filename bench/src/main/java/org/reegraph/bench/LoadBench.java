package org.reegraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.reegraph.cypher.Statements;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.LoadListener;
import org.reegraph.loader.LoaderConfig;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.loader.write.DocumentBatches;
import org.reegraph.loader.write.GraphWriter;

/**
 * Loading into Neo4j: facts/s of {@code load} (extraction and writing, as a user runs it), of its write path
 * alone (the same documents, already extracted, written through {@link GraphWriter}), and of the limit — the
 * same rows written by a bare {@code UNWIND $rows … MERGE} loop (the loader's own statements) in batches of
 * a given size, swept to find the best. Every measurement starts from an empty database.
 */
final class LoadBench {

	private LoadBench() {
	}

	/**
	 * The figures for one corpus.
	 *
	 * @param articles articles in the corpus
	 * @param facts facts written
	 * @param load facts/s of the whole load, per repetition
	 * @param writePath facts/s of the loader's write path, per repetition
	 * @param sweep facts/s of the bare loop by batch size (one run each)
	 * @param bestBatch the best batch size of the sweep
	 * @param bare facts/s of the bare loop at the best batch size, per repetition
	 * @param loadSeconds seconds the whole load took, per repetition
	 */
	record Result(int articles, long facts, Stats.Spread load, Stats.Spread writePath, Map<Integer, Double> sweep,
			int bestBatch, Stats.Spread bare, Stats.Spread loadSeconds) {
	}

	static Result run(Path scratch, long seed, int articles, List<Integer> batchSizes, int reps, long pageCacheMb) {
		Path dir = scratch.resolve("load-corpus-" + articles);
		List<Path> files = ExtractionBench.corpus(dir, seed, articles);
		// The same documents, extracted once, for the write-only measurements (this also warms the extractor up,
		// so the first timed load is not the JIT's).
		List<DocumentExtraction> docs = new ArrayList<>();
		ReegraphLoader.create().extract(files, d -> {
			if (!d.isRejected()) {
				docs.add(d);
			}
		}, LoadListener.NONE);
		long written = docs.stream().mapToLong(d -> d.facts().size()).sum();
		// The sweep first (one run per batch size; it also warms Neo4j's write path up), then the three writers
		// interleaved, repetition by repetition, so the machine's moods fall on all of them alike.
		Rows rows = Rows.of(docs);
		Map<Integer, Double> sweep = new LinkedHashMap<>();
		int best = batchSizes.get(0);
		for (int batch : batchSizes) {
			double rate = bare(scratch, pageCacheMb, rows, batch, written);
			sweep.put(batch, rate);
			if (rate > sweep.get(best)) {
				best = batch;
			}
		}
		List<Double> load = new ArrayList<>();
		List<Double> loadSeconds = new ArrayList<>();
		List<Double> writePath = new ArrayList<>();
		List<Double> bare = new ArrayList<>();
		long facts = 0;
		for (int r = 0; r < reps; r++) {
			try (BenchDatabase db = BenchDatabase.start(scratch, pageCacheMb)) {
				long t0 = System.nanoTime();
				LoadReport report = ReegraphLoader.create().load(db.driver(), files, LoadListener.NONE);
				double s = (System.nanoTime() - t0) / 1e9;
				facts = report.factsByType().values().stream().mapToLong(Integer::longValue).sum();
				load.add(facts / s);
				loadSeconds.add(s);
				Bench.log("  load %d articles: %d facts in %.1f s = %.0f facts/s", articles, facts, s, facts / s);
			}
			writePath.add(writePath(scratch, pageCacheMb, docs, written));
			bare.add(bare(scratch, pageCacheMb, rows, best, written));
		}
		BenchDatabase.deleteTree(dir);
		return new Result(articles, facts, Stats.Spread.of(load), Stats.Spread.of(writePath), sweep, best,
				Stats.Spread.of(bare), Stats.Spread.of(loadSeconds));
	}

	/** The loader's write path alone: the documents, already extracted, through {@link GraphWriter}. */
	private static double writePath(Path scratch, long pageCacheMb, List<DocumentExtraction> docs, long written) {
		try (BenchDatabase db = BenchDatabase.start(scratch, pageCacheMb)) {
			GraphWriter writer = new GraphWriter(db.driver(), null);
			long t0 = System.nanoTime();
			// grouped into transactions as the loader groups them, with its default size
			DocumentBatches batches = new DocumentBatches(LoaderConfig.DEFAULT_FACTS_PER_TRANSACTION);
			for (DocumentExtraction d : docs) {
				writer.write(batches.add(d));
			}
			writer.write(batches.rest());
			double s = (System.nanoTime() - t0) / 1e9;
			Bench.log("  write path: %d facts in %.1f s = %.0f facts/s", written, s, written / s);
			return written / s;
		}
	}

	/** One {@code load} of a larger corpus, end to end (no repetitions: it shows the scale, not a ratio). */
	static Result scale(Path scratch, long seed, int articles, long pageCacheMb) {
		Path dir = scratch.resolve("load-corpus-" + articles);
		List<Path> files = ExtractionBench.corpus(dir, seed, articles);
		try (BenchDatabase db = BenchDatabase.start(scratch, pageCacheMb)) {
			long t0 = System.nanoTime();
			LoadReport report = ReegraphLoader.create().load(db.driver(), files, LoadListener.NONE);
			double s = (System.nanoTime() - t0) / 1e9;
			long facts = report.factsByType().values().stream().mapToLong(Integer::longValue).sum();
			Bench.log("  load %d articles: %d facts in %.1f s = %.0f facts/s", articles, facts, s, facts / s);
			Stats.Spread rate = Stats.Spread.of(List.of(facts / s));
			return new Result(articles, facts, rate, rate, Map.of(), 0, rate, Stats.Spread.of(List.of(s)));
		}
		finally {
			BenchDatabase.deleteTree(dir);
		}
	}

	private static double bare(Path scratch, long pageCacheMb, Rows rows, int batch, long facts) {
		try (BenchDatabase db = BenchDatabase.start(scratch, pageCacheMb)) {
			Driver driver = db.driver();
			long t0 = System.nanoTime();
			// document.cypher takes one document with its articles: one call per document, batched per transaction.
			unwind(driver, "document", "documents", rows.documents, batch);
			unwind(driver, "entities", "rows", rows.entities, batch);
			unwind(driver, "mentions", "rows", rows.mentions, batch);
			unwind(driver, "facts", "rows", rows.facts, batch);
			double s = (System.nanoTime() - t0) / 1e9;
			Bench.log("  bare UNWIND, batch %d: %d facts in %.1f s = %.0f facts/s", batch, facts, s, facts / s);
			return facts / s;
		}
	}

	private static void unwind(Driver driver, String statement, String parameter, List<Map<String, Object>> rows,
			int batch) {
		for (int i = 0; i < rows.size(); i += batch) {
			List<Map<String, Object>> chunk = rows.subList(i, Math.min(rows.size(), i + batch));
			try (var session = driver.session()) {
				session.executeWriteWithoutResult(tx -> tx.run(Statements.write(statement), Values.parameters(parameter,
						chunk)).consume());
			}
		}
	}

	/** The rows {@link GraphWriter} sends, flattened over all documents. */
	private record Rows(List<Map<String, Object>> documents, List<Map<String, Object>> entities,
			List<Map<String, Object>> mentions, List<Map<String, Object>> facts) {

		static Rows of(List<DocumentExtraction> docs) {
			Rows rows = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			for (DocumentExtraction doc : docs) {
				GraphWriter.Rows r = GraphWriter.Rows.of(doc);
				rows.documents.add(r.documentRow());
				rows.entities.addAll(r.entities());
				rows.mentions.addAll(r.mentions());
				rows.facts.addAll(r.facts());
			}
			return rows;
		}
	}
}
