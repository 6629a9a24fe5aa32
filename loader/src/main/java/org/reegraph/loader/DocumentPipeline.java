package org.reegraph.loader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedEntity;
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
import org.reegraph.loader.relate.table.ListReader;
import org.reegraph.loader.relate.table.TableReader;
import org.reegraph.loader.relate.table.TableReading;
import org.reegraph.loader.resolve.EntityResolver;
import org.reegraph.loader.text.Sentence;
import org.reegraph.loader.text.SentenceSplitter;
import org.reegraph.model.EntityId;
import org.reegraph.model.Evidence;
import org.reegraph.model.RelType;
import org.reegraph.model.catalog.Catalog;
import org.reegraph.model.catalog.CatalogEntity;

/**
 * Runs the stages over one document: parse → sentences → entities → relations → resolution. Not
 * thread-safe (the sentence splitter keeps state); the loader uses one per thread.
 */
final class DocumentPipeline {

	/** The document name catalog facts carry as evidence. */
	static final String CATALOG_DOCUMENT = "reegraph reference catalog";

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentPipeline.class);

	private final Catalog catalog;
	private final SentenceSplitter splitter = new SentenceSplitter();
	private final QuantityParser quantities = new QuantityParser();
	private final RelationExtractor relations = new RelationExtractor();

	DocumentPipeline(Catalog catalog) {
		this.catalog = catalog;
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
		TableReader tables = new TableReader(recognizer);
		ListReader lists = new ListReader(recognizer);
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
						code -> catalog.byId("country:" + code).map(c -> new EntityRef(c.id(), c.name(), c.properties())));
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
					String from = resolver.add(raw.from(), null);
					String to = resolver.add(raw.to(), null);
					Evidence evidence = new Evidence(document, article.title(), article.publisher(), article.publishedDate(),
							sentence.text(), raw.rule(), raw.confidence());
					ExtractedFact fact = fact(raw.type(), from, to, raw.properties(), evidence, articleId, resolver);
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
			List<TableReading.Fact> rows = new ArrayList<>(tableReading.facts());
			rows.addAll(listReading.facts());
			List<TableReading.Rejection> notRead = new ArrayList<>(tableReading.rejections());
			notRead.addAll(listReading.rejections());
			for (TableReading.Fact tableFact : rows) {
				RawFact raw = tableFact.fact();
				String from = resolver.add(raw.from(), null);
				String to = resolver.add(raw.to(), null);
				Evidence evidence = new Evidence(document, article.title(), article.publisher(), article.publishedDate(),
						tableFact.row(), raw.rule(), raw.confidence());
				ExtractedFact fact = fact(raw.type(), from, to, raw.properties(), evidence, articleId, resolver);
				facts.putIfAbsent(fact.factId(), fact);
			}
			for (TableReading.Rejection rejection : notRead) {
				LOG.debug("{}: table or list row not read ({})", document, rejection);
			}
		}
		addCatalogFacts(resolver, facts);
		return new DocumentExtraction(document, sha256(text), articles, resolver.entities(), List.copyOf(facts.values()),
				List.copyOf(mentions.values()), null);
	}

	/**
	 * Adds what the catalog knows about the entities the document named and that a path query needs: which
	 * element a material contains, who operates a mine, who develops a programme, where things are.
	 */
	private void addCatalogFacts(EntityResolver resolver, Map<String, ExtractedFact> facts) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> queue = new ArrayList<>(resolver.entities().stream().map(ExtractedEntity::id).toList());
		while (!queue.isEmpty()) {
			String id = queue.remove(0);
			if (!seen.add(id)) {
				continue;
			}
			Optional<CatalogEntity> entity = catalog.byId(id);
			if (entity.isEmpty()) {
				continue;
			}
			CatalogEntity e = entity.get();
			for (var link : e.links().entrySet()) {
				for (String otherId : link.getValue()) {
					Optional<CatalogEntity> other = catalog.byId(otherId);
					if (other.isEmpty()) {
						continue;
					}
					CatalogEntity o = other.get();
					String type = link.getKey();
					RelType rel;
					CatalogEntity from;
					CatalogEntity to;
					switch (type) {
						case "CONTAINS" -> {
							rel = RelType.CONTAINS;
							from = e;
							to = o;
							if ("GROUP".equals(e.properties().get("kind"))) {
								continue; // "rare earths" contains all 17: too broad to add to every document
							}
						}
						case "LOCATED_IN" -> {
							rel = RelType.LOCATED_IN;
							from = e;
							to = o;
							if (!resolver.contains(o.id().toString())) {
								continue;
							}
						}
						case "OPERATED_BY" -> {
							rel = RelType.OPERATES;
							from = o;
							to = e;
						}
						case "DEVELOPED_BY" -> {
							rel = RelType.DEVELOPS;
							from = o;
							to = e;
						}
						default -> {
							continue;
						}
					}
					if (!rel.allows(from.label(), to.label())) {
						continue;
					}
					resolver.add(new EntityRef(from.id(), from.name(), from.properties()), null);
					resolver.add(new EntityRef(to.id(), to.name(), to.properties()), null);
					queue.add(o.id().toString());
					String sentence = switch (rel) {
						case CONTAINS -> from.name() + " contains " + to.name() + ".";
						case LOCATED_IN -> from.name() + " is located in " + to.name() + ".";
						case OPERATES -> from.name() + " operates " + to.name() + ".";
						default -> from.name() + " develops " + to.name() + ".";
					};
					Evidence evidence = new Evidence(CATALOG_DOCUMENT, "reegraph reference catalog", "reegraph", null,
							sentence, "catalog." + rel.name().toLowerCase(java.util.Locale.ROOT), 1.0);
					ExtractedFact f = fact(rel, from.id().toString(), to.id().toString(), Map.of(), evidence, "catalog",
							resolver);
					facts.putIfAbsent(f.factId(), f);
				}
			}
		}
	}

	private static ExtractedFact fact(RelType type, String fromId, String toId, Map<String, Object> properties,
			Evidence evidence, String articleId, EntityResolver resolver) {
		String key = type + "|" + fromId + "|" + toId + "|" + articleId + "|" + evidence.sentence() + "|"
				+ new TreeMap<>(properties);
		String factId = "fact:" + sha256(key).substring(0, 24);
		return new ExtractedFact(factId, type, view(fromId, resolver), view(toId, resolver), properties, evidence);
	}

	private static ExtractedFact.EntityRefView view(String id, EntityResolver resolver) {
		EntityId parsed = EntityId.parse(id);
		String name = resolver.nameOf(id);
		if (name == null) {
			name = parsed.key();
		}
		return new ExtractedFact.EntityRefView(id, parsed.label().cypherName(), name);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK.", ex);
		}
	}

}
