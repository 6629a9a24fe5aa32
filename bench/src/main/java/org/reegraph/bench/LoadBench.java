package org.reegraph.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;
import org.reegraph.cypher.Neo4jSettings;
import org.reegraph.cypher.SchemaInstaller;
import org.reegraph.cypher.Statements;
import org.reegraph.embedded.EmbeddedImport;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.LoadListener;
import org.reegraph.loader.LoaderConfig;
import org.reegraph.loader.LoadReport;
import org.reegraph.loader.ReegraphLoader;
import org.reegraph.loader.write.BulkImportFiles;
import org.reegraph.loader.write.DocumentBatches;
import org.reegraph.loader.write.GraphWriter;

/**
 * Loading into Neo4j: facts/s of {@code load} (extraction and writing, as a user runs it), of its write path
 * alone (the same documents, already extracted, written through {@link GraphWriter}), and of the limit — the
 * same rows written by a bare {@code UNWIND $rows … MERGE} loop (the loader's own statements) in batches of
 * a given size, swept to find the best; and of the bulk path ({@code reegraph import}: extraction into the bulk
 * importer's files, Neo4j's offline importer, the schema) beside its ceiling, the importer alone on the same files.
 * Every measurement starts from an empty database.
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
	 * @param bulk the bulk path's figures from the documents, per repetition
	 * @param bulkWrite the bulk path's figures from the documents already extracted (its write side), per
	 *        repetition, or null when not measured
	 */
	record Result(int articles, long facts, Stats.Spread load, Stats.Spread writePath, Map<Integer, Double> sweep,
			int bestBatch, Stats.Spread bare, Stats.Spread loadSeconds, Bulk bulk, Bulk bulkWrite) {
	}

	/**
	 * The bulk path ({@code reegraph import}) on one corpus.
	 *
	 * @param facts facts imported
	 * @param endToEnd facts/s from the documents to an opened database with its schema
	 * @param importer facts/s of Neo4j's importer alone on the files (the ceiling)
	 * @param extractSeconds seconds to extract and write the files
	 * @param importSeconds seconds the importer took
	 * @param schemaSeconds seconds to start the database and build the constraints and indexes on the imported graph
	 * @param totalSeconds seconds end to end
	 * @param distinct distinct facts in the files (the graph's)
	 */
	record Bulk(long facts, Stats.Spread endToEnd, Stats.Spread importer, Stats.Spread extractSeconds,
			Stats.Spread importSeconds, Stats.Spread schemaSeconds, Stats.Spread totalSeconds, long distinct) {

		static Bulk of(List<double[]> runs, long facts) {
			return new Bulk(facts, spread(runs, r -> facts / r[3]), spread(runs, r -> facts / r[1]),
					spread(runs, r -> r[0]), spread(runs, r -> r[1]), spread(runs, r -> r[2]), spread(runs, r -> r[3]),
					Math.round(runs.get(0)[4]));
		}

		private static Stats.Spread spread(List<double[]> runs, java.util.function.ToDoubleFunction<double[]> f) {
			return Stats.Spread.of(runs.stream().map(r -> f.applyAsDouble(r)).toList());
		}
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
		List<double[]> bulk = new ArrayList<>();
		List<double[]> bulkWrite = new ArrayList<>();
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
			bulk.add(bulk(scratch, pageCacheMb, facts, "import",
					w -> ReegraphLoader.create().extract(files, w, LoadListener.NONE)));
			bulkWrite.add(bulk(scratch, pageCacheMb, facts, "import's write side", w -> docs.forEach(w)));
		}
		BenchDatabase.deleteTree(dir);
		return new Result(articles, facts, Stats.Spread.of(load), Stats.Spread.of(writePath), sweep, best,
				Stats.Spread.of(bare), Stats.Spread.of(loadSeconds), Bulk.of(bulk, facts), Bulk.of(bulkWrite, facts));
	}

	/**
	 * The bulk path as {@code reegraph import} runs it, timed in its three phases: extraction into the importer's
	 * files, the importer, then opening the database and building the schema on the imported graph.
	 *
	 * @return seconds of {extraction and files, importer, schema, total}, then the distinct facts in the files
	 */
	private static double[] bulk(Path scratch, long pageCacheMb, long facts, String what,
			java.util.function.Consumer<BulkImportFiles> documents) {
		Path dir = scratch.resolve("bulk-" + System.nanoTime());
		try {
			long t0 = System.nanoTime();
			BulkImportFiles writer = BulkImportFiles.in(dir.resolve("files"));
			documents.accept(writer);
			BulkImportFiles.Manifest manifest = writer.finish();
			long t1 = System.nanoTime();
			Path home = dir.resolve("neo4j");
			EmbeddedImport.importFull(home, manifest.arguments(), dir.resolve("import.report"),
					new PrintStream(OutputStream.nullOutputStream()));
			long t2 = System.nanoTime();
			try (EmbeddedNeo4j db = EmbeddedNeo4j.start(new EmbeddedSettings(home, "127.0.0.1", 0, false, 0,
					pageCacheMb)); Driver driver = Neo4jSettings.unauthenticated(db.boltUri()).openDriver()) {
				new SchemaInstaller(driver, null).apply();
			}
			long t3 = System.nanoTime();
			double[] s = { (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9, manifest.facts() };
			Bench.log("  %s: %d facts (%d distinct, in the files) in %.1f s = %.0f facts/s (files %.1f s, importer "
					+ "%.1f s = %.0f facts/s, schema %.1f s)", what, facts, manifest.facts(), s[3], facts / s[3], s[0], s[1],
					facts / s[1], s[2]);
			return s;
		}
		finally {
			BenchDatabase.deleteTree(dir);
		}
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

	/**
	 * One {@code load} of a larger corpus, end to end, then the bulk path on the same corpus (no repetitions: it
	 * shows the scale, not a ratio).
	 */
	static Result scale(Path scratch, long seed, int articles, long pageCacheMb) {
		Path dir = scratch.resolve("load-corpus-" + articles);
		List<Path> files = ExtractionBench.corpus(dir, seed, articles);
		long facts;
		Stats.Spread rate;
		Stats.Spread seconds;
		try (BenchDatabase db = BenchDatabase.start(scratch, pageCacheMb)) {
			long t0 = System.nanoTime();
			LoadReport report = ReegraphLoader.create().load(db.driver(), files, LoadListener.NONE);
			double s = (System.nanoTime() - t0) / 1e9;
			facts = report.factsByType().values().stream().mapToLong(Integer::longValue).sum();
			Bench.log("  load %d articles: %d facts in %.1f s = %.0f facts/s", articles, facts, s, facts / s);
			rate = Stats.Spread.of(List.of(facts / s));
			seconds = Stats.Spread.of(List.of(s));
		}
		try {
			Bulk bulk = Bulk.of(List.of(bulk(scratch, pageCacheMb, facts, "import",
					w -> ReegraphLoader.create().extract(files, w, LoadListener.NONE))), facts);
			return new Result(articles, facts, rate, rate, Map.of(), 0, rate, seconds, bulk, null);
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
