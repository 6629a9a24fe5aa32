package org.reegraph.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.LoadListener;
import org.reegraph.loader.ReegraphLoader;

/**
 * How many facts each document contributes: what a clean load writes (from the extraction alone, no database)
 * and what a graph holds right now. A document whose count in the graph is neither 0 nor its full count was
 * written by halves.
 *
 * @param expected facts per document name, for the documents that load
 */
public record DocumentFacts(Map<String, Long> expected) {

	/** Copies. */
	public DocumentFacts {
		expected = Map.copyOf(expected);
	}

	/**
	 * Extracts the documents (as a load would, in the same order) and counts each one's facts.
	 *
	 * @param paths files or folders, as given to the load
	 * @return the expected counts
	 */
	public static DocumentFacts of(List<Path> paths) {
		Map<String, Long> counts = new TreeMap<>();
		ReegraphLoader.create().extract(paths, doc -> {
			if (!doc.isRejected()) {
				long own = doc.facts().stream().map(ExtractedFact::evidence)
					.filter(e -> e.document().equals(doc.document())).count();
				counts.put(doc.document(), own);
			}
		}, LoadListener.NONE);
		return new DocumentFacts(counts);
	}

	/**
	 * {@return facts per document as the graph holds them now, read in one query}
	 *
	 * @param driver the graph
	 */
	public Map<String, Long> seen(Driver driver) {
		try (var session = driver.session()) {
			List<Record> rows = session.executeRead(tx -> tx.run("MATCH ()-[r]->() WHERE r.document IN $docs "
					+ "RETURN r.document AS d, count(r) AS n", Values.parameters("docs", List.copyOf(expected.keySet())))
				.list());
			Map<String, Long> seen = new TreeMap<>();
			rows.forEach(r -> seen.put(r.get("d").asString(), r.get("n").asLong()));
			return seen;
		}
	}

	/**
	 * {@return the documents a view holds only part of: more than 0 and fewer than all their facts}
	 *
	 * @param seen facts per document in one view of the graph
	 */
	public List<String> partial(Map<String, Long> seen) {
		return seen.entrySet().stream().filter(e -> e.getValue() != 0 && !e.getValue().equals(expected.get(e.getKey())))
			.map(e -> e.getKey() + " (" + e.getValue() + " of " + expected.get(e.getKey()) + " facts)").toList();
	}

	/** {@return all facts of all documents} */
	public long total() {
		return expected.values().stream().mapToLong(Long::longValue).sum();
	}
}
