package org.reegraph.loader.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedEntity;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.parse.Article;

/**
 * Writes extractions as JSON Lines. Each entity is written once per writer (the first time a document
 * names it). Not thread-safe; call from one thread.
 */
public final class JsonLinesWriter {

	private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
	private final Writer out;
	private final Set<String> entitiesWritten = new HashSet<>();
	private final Set<String> articlesWritten = new HashSet<>();

	/**
	 * Creates a writer.
	 *
	 * @param out where to write; flushed after each document, not closed
	 */
	public JsonLinesWriter(Writer out) {
		this.out = out;
	}

	/**
	 * Writes one document's lines.
	 *
	 * @param doc the extraction (rejected documents write nothing)
	 */
	public void write(DocumentExtraction doc) {
		if (doc.isRejected()) {
			return;
		}
		try {
			for (Article a : doc.articles()) {
				if (articlesWritten.add(a.id())) {
					Map<String, Object> line = new LinkedHashMap<>();
					line.put("type", "article");
					line.put("id", a.id());
					line.put("document", a.document());
					line.put("title", a.title());
					line.put("publisher", a.publisher());
					line.put("published", a.publishedDate());
					line.put("url", a.url());
					writeLine(line);
				}
			}
			for (ExtractedEntity e : doc.entities()) {
				if (entitiesWritten.add(e.id())) {
					writeLine(entityLine(e));
				}
			}
			for (ExtractedFact f : doc.facts()) {
				writeLine(factLine(f));
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the extract output: " + ex.getMessage(), ex);
		}
	}

	/**
	 * {@return the JSON object of an entity line}
	 *
	 * @param e the entity
	 */
	public static Map<String, Object> entityLine(ExtractedEntity e) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("type", "entity");
		line.put("id", e.id());
		line.put("label", e.label());
		line.put("name", e.name());
		line.put("aliases", e.aliases());
		line.put("properties", new java.util.TreeMap<>(e.properties()));
		return line;
	}

	/**
	 * {@return the JSON object of a fact line}
	 *
	 * @param f the fact
	 */
	public static Map<String, Object> factLine(ExtractedFact f) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("type", "fact");
		line.put("factId", f.factId());
		line.put("relationship", f.relationship().name());
		line.put("from", end(f.from()));
		line.put("to", end(f.to()));
		line.put("properties", new java.util.TreeMap<>(f.properties()));
		Map<String, Object> ev = new LinkedHashMap<>();
		ev.put("document", f.evidence().document());
		ev.put("article", f.evidence().article());
		ev.put("publisher", f.evidence().publisher());
		ev.put("published", f.evidence().published());
		ev.put("sentence", f.evidence().sentence());
		ev.put("rule", f.evidence().rule());
		line.put("evidence", List.of(ev));
		line.put("confidence", f.confidence());
		return line;
	}

	private static Map<String, Object> end(ExtractedFact.EntityRefView ref) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", ref.id());
		m.put("label", ref.label());
		m.put("name", ref.name());
		return m;
	}

	private void writeLine(Map<String, Object> line) throws IOException {
		out.write(mapper.writeValueAsString(line));
		out.write('\n');
	}
}
