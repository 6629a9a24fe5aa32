package org.reegraph.loader.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedEntity;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.extraction.Rejection;
import org.reegraph.loader.parse.Article;
import org.reegraph.model.Label;

/**
 * Writes documents' extractions as the files of Neo4j's offline bulk importer ({@code neo4j-admin database import
 * full}), for a first load into an empty database: the graph those files make is the graph {@link GraphWriter}
 * makes from the same extractions in the same order, node for node and property for property.
 * <p>
 * Each write statement's rule is applied here instead of in Neo4j: an entity's name is its first document's, its
 * aliases accumulate in order, later properties win ({@code write/entities}); an article keeps its first
 * document's properties ({@code write/document}); a document node its last; a mention and a fact keep their first
 * properties ({@code MERGE … ON CREATE}); a document the graph contract refuses is left out whole, as the loader
 * leaves it out. Articles, mentions and facts are written as they come (a fact's id names its article, which a
 * load reads once, so only facts from other sources, such as the reference catalog's, repeated by every document
 * that names their entities, are checked for repeats); documents and entities are held until {@link #finish()}, as their last values count.
 * <p>
 * Labels and relationship types in the files come from the graph contract's enums and this class's constants,
 * never from document text. Not thread-safe; feed documents in load order from one thread.
 */
public final class BulkImportFiles implements Consumer<DocumentExtraction> {

	/** The label {@code write/document} gives source documents. */
	public static final String DOCUMENT = "Document";
	/** The label {@code write/document} gives articles. */
	public static final String ARTICLE = "Article";
	/** The relationship {@code write/document} draws from a document to its articles. */
	public static final String HAS_ARTICLE = "HAS_ARTICLE";
	/** The relationship {@code write/mentions} draws from an article to an entity it names. */
	public static final String MENTIONS = "MENTIONS";

	private final Path dir;
	private final Map<String, ImportCsv> files = new LinkedHashMap<>();
	private final Map<String, String> groupOf = new LinkedHashMap<>();
	private final Map<String, Entity> entities = new LinkedHashMap<>();
	private final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
	private final Set<String> articles = new HashSet<>();
	private final Set<String> hasArticle = new HashSet<>();
	private final Set<String> catalogFacts = new HashSet<>();
	private final List<Rejection> refused = new ArrayList<>();
	private long facts;
	private boolean finished;

	private BulkImportFiles(Path dir) {
		this.dir = dir;
	}

	/**
	 * Starts writing into a folder.
	 *
	 * @param dir a folder that does not exist or is empty
	 * @return the writer
	 * @throws IllegalArgumentException when the folder holds files
	 */
	public static BulkImportFiles in(Path dir) {
		Objects.requireNonNull(dir, "The bulk import files need a folder.");
		try {
			Files.createDirectories(dir);
			try (Stream<Path> entries = Files.list(dir)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalArgumentException("The folder " + dir + " for the bulk import files is not empty.");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder " + dir + ": " + ex.getMessage(), ex);
		}
		return new BulkImportFiles(dir);
	}

	/** Takes the next document in load order; a rejected one is skipped, one the contract refuses is counted. */
	@Override
	public void accept(DocumentExtraction doc) {
		if (finished) {
			throw new IllegalStateException("The bulk import files are finished.");
		}
		if (doc.isRejected()) {
			return;
		}
		try {
			GraphWriter.checkContract(doc);
			for (ExtractedEntity e : doc.entities()) {
				Label.fromName(e.label()).orElseThrow(() -> new ContractViolationException("The entity " + e.id()
						+ " has the label '" + e.label() + "', which the graph contract does not know."));
			}
		}
		catch (ContractViolationException ex) {
			refused.add(new Rejection(doc.document(), "refused by the graph contract: " + ex.getMessage()));
			return;
		}
		String documentId = "document:" + doc.document();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("id", documentId);
		document.put("name", doc.document());
		document.put("sha256", doc.contentHash());
		documents.put(documentId, document);
		for (Article a : doc.articles()) {
			if (articles.add(a.id())) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", a.id());
				row.put("title", a.title());
				row.put("publisher", a.publisher());
				row.put("published", a.publishedDate());
				row.put("url", a.url());
				row.put("document", doc.document());
				node(ARTICLE, row);
			}
			if (hasArticle.add(documentId + '\n' + a.id())) {
				relationship(HAS_ARTICLE, documentId, a.id(), Map.of());
			}
		}
		for (ExtractedEntity e : doc.entities()) {
			entities.computeIfAbsent(e.id(), id -> new Entity(id, e.name())).add(e);
		}
		for (DocumentExtraction.MentionRecord m : doc.mentions()) {
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("text", m.text());
			props.put("sentence", m.sentence());
			relationship(MENTIONS, m.articleId(), m.entityId(), props);
		}
		for (ExtractedFact f : doc.facts()) {
			// a fact read from one of the document's articles is read once per load; one whose evidence is another
			// source (the reference catalog's) comes again with every document that names its entities
			if (!doc.document().equals(f.evidence().document()) && !catalogFacts.add(f.factId())) {
				continue;
			}
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("factId", f.factId());
			assign(props, f.properties());
			assign(props, GraphWriter.evidence(f.evidence()));
			relationship(f.relationship().name(), f.from().id(), f.to().id(), props);
			facts++;
		}
	}

	/**
	 * Writes the documents and entities, closes the files and says how to run the importer on them.
	 *
	 * @return the files and the importer's arguments
	 */
	public Manifest finish() {
		if (finished) {
			throw new IllegalStateException("The bulk import files are finished.");
		}
		finished = true;
		for (Map<String, Object> d : documents.values()) {
			node(DOCUMENT, d);
		}
		for (Entity e : entities.values()) {
			node(String.join(":", e.labels), e.props);
		}
		boolean multiline = false;
		long nodes = 0;
		long relationships = 0;
		List<String> groups = new ArrayList<>();
		for (Map.Entry<String, ImportCsv> f : files.entrySet()) {
			f.getValue().close();
			multiline |= f.getValue().multiline();
			boolean node = f.getKey().startsWith("N");
			if (node) {
				nodes += f.getValue().rows();
			}
			else {
				relationships += f.getValue().rows();
			}
			groups.add((node ? "--nodes=" : "--relationships=") + groupOf.get(f.getKey()) + "="
					+ f.getValue().file().toAbsolutePath());
		}
		List<String> arguments = new ArrayList<>();
		arguments.add("--id-type=string");
		arguments.add(String.format(Locale.ROOT, "--array-delimiter=U+%04X", (int) ImportCsv.ARRAY_DELIMITER));
		arguments.add("--multiline-fields=" + multiline);
		arguments.addAll(groups);
		return new Manifest(dir, arguments, nodes, relationships, facts, documents.size(), refused);
	}

	/** Sets properties as Cypher's {@code +=} does: a null value removes the key. */
	private static void assign(Map<String, Object> props, Map<String, ?> more) {
		more.forEach((k, v) -> {
			if (v == null) {
				props.remove(k);
			}
			else {
				props.put(k, v);
			}
		});
	}

	private void node(String labels, Map<String, Object> row) {
		List<String> header = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		for (Map.Entry<String, Object> e : new TreeMap<>(row).entrySet()) {
			if (e.getValue() == null) {
				continue;
			}
			header.add(e.getKey().equals("id") ? "id:ID" : ImportCsv.column(e.getKey(), e.getValue()));
			columns.add(e.getKey());
		}
		file("N", labels, header, columns).row(row);
	}

	private void relationship(String type, String from, String to, Map<String, Object> props) {
		List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID"));
		List<String> columns = new ArrayList<>(List.of("\u0000from", "\u0000to"));
		for (Map.Entry<String, Object> e : new TreeMap<>(props).entrySet()) {
			header.add(ImportCsv.column(e.getKey(), e.getValue()));
			columns.add(e.getKey());
		}
		Map<String, Object> row = new LinkedHashMap<>(props);
		row.put("\u0000from", from);
		row.put("\u0000to", to);
		file("R", type, header, columns).row(row);
	}

	/** The file of one label set or type and one header (rows differ in which properties they have, and types). */
	private ImportCsv file(String kind, String group, List<String> header, List<String> columns) {
		String key = kind + "|" + group + "|" + String.join(",", header);
		ImportCsv csv = files.get(key);
		if (csv == null) {
			String name = String.format(Locale.ROOT, "%s-%s-%03d.csv", kind.equals("N") ? "nodes" : "relationships",
					group.replace(':', '-'), files.size());
			csv = new ImportCsv(dir.resolve(name), header, columns);
			files.put(key, csv);
			groupOf.put(key, group);
		}
		return csv;
	}

	/** An entity as {@code write/entities} leaves it after each of its rows, in load order. */
	private static final class Entity {

		final Set<String> labels = new LinkedHashSet<>();
		final Map<String, Object> props = new LinkedHashMap<>();

		Entity(String id, String name) {
			labels.add(Label.ENTITY_LABEL);
			props.put("id", id);
			props.put("name", name);
			props.put("nameLower", name.toLowerCase(Locale.ROOT));
			props.put("aliases", List.of());
		}

		void add(ExtractedEntity e) {
			labels.add(Label.fromName(e.label()).orElseThrow().cypherName());
			assign(props, e.properties());
			@SuppressWarnings("unchecked")
			List<Object> aliases = props.get("aliases") instanceof List<?> l ? (List<Object>) l : List.of();
			List<Object> more = new ArrayList<>(aliases);
			for (String alias : e.aliases()) {
				if (!aliases.contains(alias)) {
					more.add(alias);
				}
			}
			props.put("aliases", more);
		}
	}

	/**
	 * The bulk import files of a load.
	 *
	 * @param directory where they are
	 * @param arguments the arguments of {@code neo4j-admin database import full} that import them (file paths
	 *        absolute), without the database name
	 * @param nodes node rows written
	 * @param relationships relationship rows written
	 * @param facts facts among the relationships
	 * @param documents documents written
	 * @param refused documents the graph contract refused (left out whole, as {@code load} leaves them out)
	 */
	public record Manifest(Path directory, List<String> arguments, long nodes, long relationships, long facts,
			int documents, List<Rejection> refused) {

		/**
		 * Copies.
		 *
		 * @param directory where they are
		 * @param arguments the importer's arguments
		 * @param nodes node rows
		 * @param relationships relationship rows
		 * @param facts facts
		 * @param documents documents
		 * @param refused documents refused
		 */
		public Manifest {
			arguments = List.copyOf(arguments);
			refused = List.copyOf(refused);
		}
	}
}
