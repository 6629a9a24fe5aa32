package org.reegraph.loader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.neo4j.driver.Driver;
import org.reegraph.cypher.SchemaInstaller;
import org.reegraph.cypher.query.GraphUnavailableException;
import org.reegraph.loader.explain.Explanation;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedEntity;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.extraction.Rejection;
import org.reegraph.loader.parse.Article;
import org.reegraph.loader.parse.DocumentFiles;
import org.reegraph.loader.parse.DocumentRejectedException;
import org.reegraph.loader.parse.TextDecoder;
import org.reegraph.loader.relate.RuleEngine;
import org.reegraph.loader.resolve.NameLearner;
import org.reegraph.loader.write.ContractViolationException;
import org.reegraph.loader.write.GraphWriter;
import org.reegraph.model.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loader's public entry point for applications.
 * <pre>{@code
 * ReegraphLoader loader = ReegraphLoader.create();
 * LoadReport report = loader.load(driver, List.of(Path.of("data/documents")), LoadListener.NONE);
 * DocumentExtraction facts = loader.extractText("note.txt", "Title: …\n\nChina exported 353 tons …");
 * Explanation why = loader.explain("note.txt", "Title: …\n\nApple did not invest in MP Materials.");
 * }</pre>
 * Documents are read one at a time (memory stays flat however large the corpus) and written whole, several to a
 * transaction, so a broken document never spoils the others and a crash leaves whole documents only.
 * An instance remembers the entities earlier documents taught it; use one instance per run, from one thread.
 */
public final class ReegraphLoader {

	private static final Logger LOG = LoggerFactory.getLogger(ReegraphLoader.class);

	private final LoaderConfig config;
	private final Catalog catalog;
	private final DocumentPipeline pipeline;
	private final NameLearner names;

	private ReegraphLoader(LoaderConfig config, Catalog catalog) {
		this.config = Objects.requireNonNull(config, "The loader needs a configuration.");
		this.catalog = catalog;
		this.pipeline = new DocumentPipeline(catalog);
		this.names = new NameLearner(catalog);
	}

	/** {@return a loader with the default configuration and the bundled catalog} */
	public static ReegraphLoader create() {
		return create(LoaderConfig.defaults());
	}

	/**
	 * {@return a loader with the given configuration and the bundled catalog}
	 *
	 * @param config the configuration
	 */
	public static ReegraphLoader create(LoaderConfig config) {
		return new ReegraphLoader(config, Catalog.load());
	}

	/** {@return the reference catalog in use} */
	public Catalog catalog() {
		return catalog;
	}

	/**
	 * Extracts one document given as text; no database needed.
	 *
	 * @param name the document's name (used as evidence)
	 * @param text the document
	 * @return the extraction, or a rejection saying why
	 */
	public DocumentExtraction extractText(String name, String text) {
		try {
			return extract(name, TextDecoder.normalise(name, text), a -> true, null);
		}
		catch (DocumentRejectedException ex) {
			return DocumentExtraction.rejected(new Rejection(ex.document(), ex.reason()));
		}
		catch (RuntimeException | StackOverflowError ex) {
			LOG.error("Extraction failed on {}", name, ex);
			return DocumentExtraction.rejected(new Rejection(name,
					"could not be extracted (an internal error, logged with details; please report it): " + ex));
		}
	}

	/**
	 * Explains the extraction of one document given as text, sentence by sentence; no database needed. For
	 * each sentence: the mentions found and how, the facts made and by which rule, what each rule of the rule
	 * files did with the trigger words it found, and, where two or more entities are named but no fact was made,
	 * the rules that came closest and why they did not fire. Reads exactly as {@link #extractText} does.
	 *
	 * @param name the document's name
	 * @param text the document
	 * @return the explanation, or a rejection saying why the document could not be read
	 */
	public Explanation explain(String name, String text) {
		Objects.requireNonNull(name, "explain needs the document's name.");
		Objects.requireNonNull(text, "explain needs the document's text.");
		Explainer explainer = new Explainer(RuleEngine.bundled());
		DocumentExtraction doc;
		try {
			doc = extract(name, TextDecoder.normalise(name, text), a -> true, explainer);
		}
		catch (DocumentRejectedException ex) {
			doc = DocumentExtraction.rejected(new Rejection(ex.document(), ex.reason()));
		}
		catch (RuntimeException | StackOverflowError ex) {
			LOG.error("Extraction failed on {}", name, ex);
			doc = DocumentExtraction.rejected(new Rejection(name,
					"could not be extracted (an internal error, logged with details; please report it): " + ex));
		}
		return explainer.explanation(doc);
	}

	/**
	 * Explains the extraction of files and folders (recursively), as {@link #explain(String, String)} does for
	 * one text, handing each document's explanation to a sink; no database needed. Documents are read as
	 * {@link #extract(List, Consumer, LoadListener)} reads them, names learned from earlier documents included.
	 *
	 * @param paths files or folders
	 * @param sink receives each document's explanation, rejected ones included
	 * @param listener hears about progress
	 * @return the report of the extraction explained
	 */
	public LoadReport explain(List<Path> paths, Consumer<Explanation> sink, LoadListener listener) {
		Objects.requireNonNull(sink, "explain needs a sink for the explanations.");
		return run(paths, null, sink, listener);
	}

	/**
	 * Extracts files and folders (recursively), handing each document's result to a sink; no database needed.
	 *
	 * @param paths files or folders
	 * @param sink receives each document's extraction, rejected ones included
	 * @param listener hears about progress
	 * @return the report
	 */
	public LoadReport extract(List<Path> paths, Consumer<DocumentExtraction> sink, LoadListener listener) {
		return run(paths, sink, null, listener);
	}

	/**
	 * Extracts files and folders and writes them into Neo4j. Applies the schema first (idempotent).
	 * <p>
	 * Extraction and writing overlap: documents are written on a thread of their own, whole documents gathered
	 * into transactions of about {@link LoaderConfig#factsPerTransaction()} facts, while the next ones are
	 * extracted. A transaction never holds part of a document; a batch Neo4j refuses is written again document by
	 * document, and only the refused document is reported. The listener hears of each document once it is in
	 * the graph, from the writing thread.
	 *
	 * @param driver the driver to write through
	 * @param paths files or folders
	 * @param listener hears about progress
	 * @return the report
	 * @throws GraphUnavailableException when Neo4j cannot be reached; documents written so far are complete
	 */
	public LoadReport load(Driver driver, List<Path> paths, LoadListener listener) {
		long start = System.nanoTime();
		new SchemaInstaller(driver, config.database()).apply();
		GraphWriter writer = new GraphWriter(driver, config.database());
		LoadReport report;
		List<Rejection> writeFailures;
		try (PipelinedWriter pipeline = new PipelinedWriter(writer, config.factsPerTransaction(), listener)) {
			LoadListener startOnly = new LoadListener() {
				@Override
				public void started(int documents) {
					listener.started(documents);
				}
			};
			report = run(paths, pipeline, null, startOnly);
			writeFailures = pipeline.finish();
		}
		List<Rejection> rejected = new ArrayList<>(report.rejected());
		rejected.addAll(writeFailures);
		return new LoadReport(report.documentsRead(), report.documentsLoaded() - writeFailures.size(), rejected,
				report.articles(), report.duplicateArticles(), report.entitiesByLabel(), report.factsByType(),
				report.warnings(), Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Loads one document given as text into Neo4j.
	 *
	 * @param driver the driver
	 * @param name the document's name
	 * @param text the document
	 * @return the report (one document read; rejected with the reason if it could not be read)
	 */
	public LoadReport loadText(Driver driver, String name, String text) {
		long start = System.nanoTime();
		new SchemaInstaller(driver, config.database()).apply();
		DocumentExtraction doc = extractText(name, text);
		if (!doc.isRejected()) {
			try {
				new GraphWriter(driver, config.database()).write(doc);
			}
			catch (ContractViolationException refused) {
				doc = DocumentExtraction.rejected(new Rejection(name, "refused by the graph contract: "
						+ refused.getMessage()));
			}
		}
		Tally tally = new Tally();
		tally.add(doc, 0);
		return tally.report(1, Duration.ofNanos(System.nanoTime() - start));
	}

	/** Reads the documents, handing each to {@code sink}, or its explanation to {@code explained} when given. */
	private LoadReport run(List<Path> paths, Consumer<DocumentExtraction> sink, Consumer<Explanation> explained,
			LoadListener listener) {
		long start = System.nanoTime();
		List<Rejection> unreadable = new ArrayList<>();
		List<Path> files = expand(paths, unreadable);
		listener.started(files.size() + unreadable.size());
		Tally tally = new Tally();
		Set<String> seenArticles = new HashSet<>();
		for (Rejection r : unreadable) {
			DocumentExtraction rejected = DocumentExtraction.rejected(r);
			tally.add(rejected, 0);
			if (explained != null) {
				explained.accept(new Explainer(RuleEngine.bundled()).explanation(rejected));
			}
			else {
				sink.accept(rejected);
			}
			listener.documentDone(rejected);
		}
		for (Path file : files) {
			Explainer explainer = explained == null ? null : new Explainer(RuleEngine.bundled());
			DocumentExtraction doc = read(file, seenArticles, explainer);
			int duplicates = 0;
			if (!doc.isRejected()) {
				for (var a : doc.articles()) {
					if (!seenArticles.add(a.id())) {
						duplicates++;
					}
				}
			}
			tally.add(doc, duplicates);
			if (explainer != null) {
				explained.accept(explainer.explanation(doc));
			}
			else {
				sink.accept(doc);
			}
			listener.documentDone(doc);
			names.learn(doc);
		}
		return tally.report(files.size() + unreadable.size(), Duration.ofNanos(System.nanoTime() - start));
	}

	private DocumentExtraction read(Path file, Set<String> seenArticles, SentenceObserver observer) {
		String name = file.getFileName().toString();
		try {
			String text = DocumentFiles.read(file, config.maxDocumentBytes());
			return extract(name, text, a -> !seenArticles.contains(a.id()), observer);
		}
		catch (DocumentRejectedException ex) {
			return DocumentExtraction.rejected(new Rejection(file.toString(), ex.reason()));
		}
		catch (RuntimeException | StackOverflowError ex) {
			LOG.error("Extraction failed on {}", file, ex);
			return DocumentExtraction.rejected(new Rejection(file.toString(),
					"could not be extracted (an internal error, logged with details; please report it): " + ex));
		}
	}

	private DocumentExtraction extract(String name, String text, Predicate<Article> fresh,
			SentenceObserver observer) throws DocumentRejectedException {
		return pipeline.run(name, text, names.gazetteer(), fresh, observer);
	}

	/**
	 * Lists the documents under the given paths: files as given, folders recursively (hidden files skipped,
	 * symbolic-link loops reported, not followed twice).
	 *
	 * @param paths files or folders
	 * @param problems receives a rejection for each path that cannot be listed or read
	 * @return the files, sorted within each folder
	 * @see DocumentFiles#expand(List, List)
	 */
	public static List<Path> expand(List<Path> paths, List<Rejection> problems) {
		List<DocumentFiles.Unreadable> unreadable = new ArrayList<>();
		List<Path> files = DocumentFiles.expand(paths, unreadable);
		unreadable.forEach(u -> problems.add(new Rejection(u.document(), u.reason())));
		return files;
	}

	/** Counts for the report. */
	private static final class Tally {

		private int loaded;
		private int articles;
		private int duplicates;
		private final List<Rejection> rejected = new ArrayList<>();
		private final Map<String, Set<String>> entities = new LinkedHashMap<>();
		private final Map<String, Integer> facts = new LinkedHashMap<>();

		void add(DocumentExtraction doc, int duplicateArticles) {
			if (doc.isRejected()) {
				rejected.add(doc.rejection());
				LOG.warn("Rejected {}", doc.rejection());
				return;
			}
			loaded++;
			articles += doc.articles().size();
			duplicates += duplicateArticles;
			for (ExtractedEntity e : doc.entities()) {
				entities.computeIfAbsent(e.label(), k -> new HashSet<>()).add(e.id());
			}
			for (ExtractedFact f : doc.facts()) {
				facts.merge(f.relationship().name(), 1, Integer::sum);
			}
		}

		LoadReport report(int read, Duration took) {
			Map<String, Integer> byLabel = new LinkedHashMap<>();
			entities.forEach((k, v) -> byLabel.put(k, v.size()));
			return new LoadReport(read, loaded, rejected, articles, duplicates, byLabel, facts, List.of(), took);
		}
	}
}
