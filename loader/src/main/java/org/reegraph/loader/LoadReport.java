package org.reegraph.loader;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reegraph.loader.extraction.Rejection;

/**
 * The outcome of an extract or a load.
 *
 * @param documentsRead documents looked at
 * @param documentsLoaded documents extracted (and written, for a load)
 * @param rejected the documents that were not, with the reason for each
 * @param articles articles read
 * @param duplicateArticles articles that had already been read from another file in this run (same title
 *        and date), counted once
 * @param entitiesByLabel distinct entities per label
 * @param factsByType facts per relationship type
 * @param warnings things a user should know that did not stop the load
 * @param duration how long it took
 */
public record LoadReport(int documentsRead, int documentsLoaded, List<Rejection> rejected, int articles,
		int duplicateArticles, Map<String, Integer> entitiesByLabel, Map<String, Integer> factsByType,
		List<String> warnings, Duration duration) {

	/**
	 * Copies.
	 *
	 * @param documentsRead documents looked at
	 * @param documentsLoaded documents extracted (and written, for a load)
	 * @param rejected the documents that were not, with the reason for each
	 * @param articles articles read
	 * @param duplicateArticles articles that had already been read from another file in this run (same title
	 *        and date), counted once
	 * @param entitiesByLabel distinct entities per label
	 * @param factsByType facts per relationship type
	 * @param warnings things a user should know that did not stop the load
	 * @param duration how long it took
	 */
	public LoadReport {
		rejected = List.copyOf(rejected);
		entitiesByLabel = Map.copyOf(entitiesByLabel);
		factsByType = Map.copyOf(factsByType);
		warnings = List.copyOf(warnings);
	}

	/** {@return all facts} */
	public int facts() {
		return factsByType.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** {@return all entities} */
	public int entities() {
		return entitiesByLabel.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** {@return a multi-line summary for people} */
	public String summary() {
		StringBuilder sb = new StringBuilder();
		sb.append(String.format(java.util.Locale.ROOT,
				"Documents: %d read, %d loaded, %d rejected. Articles: %d (%d duplicates skipped). %d entities, %d facts in %.1f s.%n",
				documentsRead, documentsLoaded, rejected.size(), articles, duplicateArticles, entities(), facts(),
				duration.toMillis() / 1000.0));
		sb.append("Entities by label: ").append(new TreeMap<>(entitiesByLabel)).append(System.lineSeparator());
		sb.append("Facts by type:     ").append(new TreeMap<>(factsByType)).append(System.lineSeparator());
		for (Rejection r : rejected) {
			sb.append("Rejected ").append(r).append(System.lineSeparator());
		}
		for (String w : warnings) {
			sb.append("Warning: ").append(w).append(System.lineSeparator());
		}
		return sb.toString();
	}
}
