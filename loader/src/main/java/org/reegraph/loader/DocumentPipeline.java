package org.reegraph.loader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.parse.Article;
import org.reegraph.loader.parse.DocumentParser;
import org.reegraph.loader.parse.DocumentRejectedException;
import org.reegraph.loader.quantity.QuantityParser;
import org.reegraph.loader.recognize.DocumentAliases;
import org.reegraph.loader.recognize.EntityRecognizer;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Gazetteer;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.loader.relate.Discourse;
import org.reegraph.loader.relate.RawFact;
import org.reegraph.loader.relate.RelationExtractor;
import org.reegraph.loader.relate.RuleEngine;
import org.reegraph.loader.relate.SentenceContext;
import org.reegraph.loader.relate.table.ImportSourcesReader;
import org.reegraph.loader.relate.table.ListReader;
import org.reegraph.loader.relate.table.TableReader;
import org.reegraph.loader.relate.table.TableReading;
import org.reegraph.loader.resolve.CatalogFacts;
import org.reegraph.loader.resolve.EntityResolver;
import org.reegraph.loader.resolve.FactBuilder;
import org.reegraph.loader.text.Sentence;
import org.reegraph.loader.text.SentenceSplitter;
import org.reegraph.model.Evidence;
import org.reegraph.model.catalog.Catalog;

/**
 * Runs the stages over one document and does nothing else: parse ({@code parse}, {@code text}) → recognise
 * ({@code recognize}) → relate ({@code relate}, which annotates the sentences its rules read) → resolve
 * ({@code resolve}: ids, fact ids, catalog facts). Writing is the caller's. Not thread-safe (the sentence splitter
 * keeps state); the loader uses one per thread.
 */
final class DocumentPipeline {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentPipeline.class);

	private final Catalog catalog;
	private final CatalogFacts catalogFacts;
	private final SentenceSplitter splitter = new SentenceSplitter();
	private final QuantityParser quantities = new QuantityParser();
	private final RelationExtractor relations = new RelationExtractor();

	/** Finds a country entity by ISO code (institutions that stand for their country, a publisher's country). */
	private final java.util.function.Function<String, java.util.Optional<EntityRef>> countries;

	DocumentPipeline(Catalog catalog) {
		this.catalog = catalog;
		this.catalogFacts = new CatalogFacts(catalog);
		this.countries = code -> catalog.byId("country:" + code).map(c -> new EntityRef(c.id(), c.name(), c.properties()));
	}

	DocumentExtraction run(String document, String text, Gazetteer gazetteer, java.util.function.Predicate<Article> fresh)
			throws DocumentRejectedException {
		return run(document, text, gazetteer, fresh, null);
	}

	/**
	 * Reads a document, telling an observer what each sentence gave.
	 *
	 * @param observer hears each sentence with its facts and the rule files' traces, or null (then no trace is
	 *        collected)
	 */
	DocumentExtraction run(String document, String text, Gazetteer gazetteer, java.util.function.Predicate<Article> fresh,
			SentenceObserver observer) throws DocumentRejectedException {
		List<Article> articles = DocumentParser.parse(document, text);
		EntityRecognizer recognizer = new EntityRecognizer(catalog, gazetteer);
		EntityResolver resolver = new EntityResolver(catalog);
		FactBuilder factBuilder = new FactBuilder(resolver);
		TableReader tables = new TableReader(recognizer);
		ListReader lists = new ListReader(recognizer);
		ImportSourcesReader importSources = new ImportSourcesReader(recognizer, countries);
		Map<String, ExtractedFact> facts = new LinkedHashMap<>();
		Map<String, DocumentExtraction.MentionRecord> mentions = new LinkedHashMap<>();
		for (Article article : articles) {
			if (!fresh.test(article)) {
				continue; // the same article (title and date) was read from another file already
			}
			String articleId = article.id(); // a SHA-256: once per article, not once per mention and fact
			Discourse discourse = new Discourse();
			DocumentAliases aliases = new DocumentAliases();
			List<Sentence> sentences = new ArrayList<>();
			sentences.add(new Sentence(article.title(), -1, "title"));
			sentences.addAll(splitter.split(article.body()));
			for (Sentence sentence : sentences) {
				List<Mention> found = aliases.extend(sentence.text(), recognizer.recognize(sentence.text()));
				var context = new SentenceContext(sentence.text(), found, quantities.parse(sentence.text()),
						article.publishedDate(), discourse,
						countries);
				for (Mention m : found) {
					if (!m.rule().startsWith("cue.")) {
						// "It", "the Company" refer to an entity without being one of its names
						String id = resolver.add(m.entity(), DocumentAliases.isName(m) ? m.text() : null);
						mentions.putIfAbsent(articleId + "|" + id,
								new DocumentExtraction.MentionRecord(articleId, id, m.text(), sentence.text()));
					}
				}
				List<RuleEngine.Trace> traces = observer == null ? null : new ArrayList<>();
				List<ExtractedFact> made = observer == null ? null : new ArrayList<>();
				for (RawFact raw : relations.extract(context, observer == null ? null : traces::add)) {
					Evidence evidence = new Evidence(document, article.title(), article.publisher(), article.publishedDate(),
							sentence.text(), raw.rule(), raw.confidence());
					ExtractedFact fact = factBuilder.fact(raw, evidence, articleId);
					facts.putIfAbsent(fact.factId(), fact);
					if (made != null) {
						made.add(fact);
					}
				}
				if (observer != null) {
					observer.sentence(article, context, made, traces);
				}
				discourse.advance(found, context.monthNamed(), context.yearNamed());
			}
			TableReading tableReading = tables.read(article.title(), article.body());
			TableReading listReading = lists.read(article.title(), article.body());
			TableReading importReading = importSources.read(article.title(), article.publisher(), article.body());
			List<TableReading.Fact> rows = new ArrayList<>(tableReading.facts());
			rows.addAll(listReading.facts());
			rows.addAll(importReading.facts());
			List<TableReading.Rejection> notRead = new ArrayList<>(tableReading.rejections());
			notRead.addAll(listReading.rejections());
			notRead.addAll(importReading.rejections());
			for (TableReading.Fact tableFact : rows) {
				RawFact raw = tableFact.fact();
				Evidence evidence = new Evidence(document, article.title(), article.publisher(), article.publishedDate(),
						tableFact.row(), raw.rule(), raw.confidence());
				ExtractedFact fact = factBuilder.fact(raw, evidence, articleId);
				facts.putIfAbsent(fact.factId(), fact);
			}
			for (TableReading.Rejection rejection : notRead) {
				LOG.debug("{}: table or list row not read ({})", document, rejection);
			}
		}
		catalogFacts.addTo(resolver, facts, factBuilder);
		return new DocumentExtraction(document, FactBuilder.sha256(text), articles, resolver.entities(), List.copyOf(facts.values()),
				List.copyOf(mentions.values()), null);
	}
}
