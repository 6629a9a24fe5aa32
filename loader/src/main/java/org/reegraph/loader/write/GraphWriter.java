package org.reegraph.loader.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.reegraph.cypher.Statements;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedEntity;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.parse.Article;
import org.reegraph.model.Evidence;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/**
 * Writes documents' extractions, each document whole: one document, or a batch of whole documents, per write
 * transaction. Labels and relationship types are checked against the graph contract before they reach Cypher.
 * Thread-safe (the driver is).
 */
public final class GraphWriter {

	private final Driver driver;
	private final SessionConfig sessionConfig;

	/**
	 * Creates a writer.
	 *
	 * @param driver the driver; not closed by the writer
	 * @param database the database, or null for the default
	 */
	public GraphWriter(Driver driver, String database) {
		this.driver = Objects.requireNonNull(driver, "The graph writer needs a driver.");
		this.sessionConfig = database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
	}

	/**
	 * Writes a document: its articles, entities, mentions and facts, atomically.
	 *
	 * @param doc a document that was not rejected
	 */
	public void write(DocumentExtraction doc) {
		write(List.of(doc));
	}

	/**
	 * Writes several documents in one transaction: all of them or none. Four statements whatever the number of
	 * documents (their rows are concatenated; an entity several documents name is sent once, its aliases and
	 * properties combined in document order), which is what makes a batch much faster than a transaction per
	 * document.
	 *
	 * @param docs documents that were not rejected
	 */
	public void write(List<DocumentExtraction> docs) {
		if (docs.isEmpty()) {
			return;
		}
		List<Map<String, Object>> documents = new ArrayList<>();
		Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
		List<Map<String, Object>> mentions = new ArrayList<>();
		List<Map<String, Object>> facts = new ArrayList<>();
		for (DocumentExtraction doc : docs) {
			Rows rows = Rows.of(doc);
			documents.add(rows.documentRow());
			for (Map<String, Object> e : rows.entities()) {
				entities.merge(e.get("id") + "|" + e.get("label"), e, GraphWriter::combine);
			}
			mentions.addAll(rows.mentions());
			facts.addAll(rows.facts());
		}
		try (var session = driver.session(sessionConfig)) {
			session.executeWriteWithoutResult(tx -> {
				tx.run(Statements.write("document"), Values.parameters("documents", documents)).consume();
				tx.run(Statements.write("entities"), Values.parameters("rows", List.copyOf(entities.values())))
					.consume();
				tx.run(Statements.write("mentions"), Values.parameters("rows", mentions)).consume();
				tx.run(Statements.write("facts"), Values.parameters("rows", facts)).consume();
			});
		}
	}

	/**
	 * One entity row from two documents of a batch: what {@code write/entities} would leave after the first row
	 * and then the second (the first name and label, aliases in order of appearance, later properties winning).
	 */
	private static Map<String, Object> combine(Map<String, Object> first, Map<String, Object> second) {
		Map<String, Object> row = new HashMap<>(first);
		@SuppressWarnings("unchecked")
		List<String> aliases = new ArrayList<>((List<String>) first.get("aliases"));
		@SuppressWarnings("unchecked")
		List<String> more = (List<String>) second.get("aliases");
		for (String a : more) {
			if (!aliases.contains(a)) {
				aliases.add(a);
			}
		}
		row.put("aliases", aliases);
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = new HashMap<>((Map<String, Object>) first.get("properties"));
		@SuppressWarnings("unchecked")
		Map<String, Object> later = (Map<String, Object>) second.get("properties");
		properties.putAll(later);
		row.put("properties", properties);
		return row;
	}

	/**
	 * The parameter rows of one document for the write statements ({@code write/document}, {@code entities},
	 * {@code mentions}, {@code facts}), labels and relationship types checked against the graph contract.
	 *
	 * @param document the document node's properties
	 * @param articles its articles
	 * @param entities the entities it names
	 * @param mentions which article mentions which entity, in which sentence
	 * @param facts one row per fact, with its evidence
	 */
	public record Rows(Map<String, Object> document, List<Map<String, Object>> articles,
			List<Map<String, Object>> entities, List<Map<String, Object>> mentions, List<Map<String, Object>> facts) {

		/**
		 * Builds the rows of a document.
		 *
		 * @param doc a document that was not rejected
		 * @return its rows
		 * @throws IllegalArgumentException when the document was rejected or names a label the graph contract does
		 *         not know
		 * @throws ContractViolationException when a fact joins labels its type may not, or has a property its type
		 *         does not declare
		 */
		public static Rows of(DocumentExtraction doc) {
			if (doc.isRejected()) {
				throw new IllegalArgumentException("The rejected document " + doc.document() + " cannot be written.");
			}
			Map<String, Object> document = Map.of("id", "document:" + doc.document(), "name", doc.document(), "sha256",
					doc.contentHash());
			List<Map<String, Object>> articles = new ArrayList<>();
			for (Article a : doc.articles()) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", a.id());
				row.put("title", a.title());
				row.put("publisher", a.publisher());
				row.put("published", a.publishedDate());
				row.put("url", a.url());
				articles.add(row);
			}
			List<Map<String, Object>> entities = new ArrayList<>();
			for (ExtractedEntity e : doc.entities()) {
				Label label = Label.fromName(e.label()).orElseThrow(() -> new IllegalArgumentException("The entity "
						+ e.id() + " has the label '" + e.label() + "', which the graph contract does not know."));
				entities.add(Map.of("id", e.id(), "label", label.cypherName(), "name", e.name(), "aliases", e.aliases(),
						"properties", e.properties()));
			}
			List<Map<String, Object>> mentions = new ArrayList<>();
			for (DocumentExtraction.MentionRecord m : doc.mentions()) {
				mentions.add(Map.of("articleId", m.articleId(), "entityId", m.entityId(), "text", m.text(), "sentence",
						m.sentence()));
			}
			checkContract(doc);
			List<Map<String, Object>> facts = new ArrayList<>();
			for (ExtractedFact f : doc.facts()) {
				facts.add(Map.of("factId", f.factId(), "type", f.relationship().name(), "from", f.from().id(), "to",
						f.to().id(), "properties", f.properties(), "evidence", evidence(f.evidence())));
			}
			return new Rows(document, articles, entities, mentions, facts);
		}

		/** {@return the row {@code write/document} takes for this document: its properties and its articles} */
		public Map<String, Object> documentRow() {
			Map<String, Object> row = new HashMap<>(document);
			row.put("articles", articles);
			return row;
		}
	}

	/**
	 * Checks every fact of a document against the graph contract: its ends must be labels its type may join, and
	 * each of its properties one the contract declares for its type. The writer refuses a document that fails,
	 * before anything of it is written.
	 *
	 * @param doc a document that was not rejected
	 * @throws ContractViolationException naming the document, the fact, the rule that made it, the type and the
	 *         property or labels
	 */
	public static void checkContract(DocumentExtraction doc) {
		for (ExtractedFact f : doc.facts()) {
			RelType type = f.relationship();
			Label from = Label.fromName(f.from().label()).orElse(null);
			Label to = Label.fromName(f.to().label()).orElse(null);
			if (from == null || to == null || !type.allows(from, to)) {
				throw new ContractViolationException(doc.document() + ": rule " + f.evidence().rule() + " made " + type
						+ " from " + f.from().label() + " " + f.from().id() + " to " + f.to().label() + " " + f.to().id()
						+ ", which the graph contract does not allow; " + type + " goes from " + type.from() + " to "
						+ type.to() + ".");
			}
			for (String property : f.properties().keySet()) {
				if (!type.properties().contains(property)) {
					throw new ContractViolationException(doc.document() + ": rule " + f.evidence().rule() + " gave " + type
							+ " " + f.from().id() + " -> " + f.to().id() + " the property '" + property
							+ "', which the graph contract does not declare for " + type + " (it declares "
							+ type.properties() + ").");
				}
			}
		}
	}

	static Map<String, Object> evidence(Evidence e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("document", e.document());
		m.put("article", e.article());
		m.put("publisher", e.publisher());
		LocalDate published = e.published();
		m.put("published", published);
		m.put("sentence", e.sentence());
		m.put("rule", e.rule());
		m.put("confidence", e.confidence());
		return m;
	}

}
