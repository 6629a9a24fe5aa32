package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where a fact or an entity comes from: one source statement.
 *
 * @param document the source document's file name, or {@code reegraph reference catalog}
 * @param article the article title
 * @param publisher the publisher, when known
 * @param published the publication date, when known
 * @param sentence the verbatim sentence
 * @param rule the extraction rule that produced the fact ({@code mention} for entity evidence)
 * @param confidence the extractor's confidence in [0, 1], when known
 * @param factId the id of the fact (relationship) this evidence belongs to; null for entity evidence
 * @param figures the figures this source gives (share, quantity, unit, year…), nulls left out
 */
public record EvidenceView(String document, String article, String publisher, LocalDate published, String sentence,
		String rule, Double confidence, String factId, Map<String, Object> figures) {

	/**
	 * Fills in the values a client may rely on being present.
	 *
	 * @param document the source document's file name, or {@code reegraph reference catalog}
	 * @param article the article title
	 * @param publisher the publisher, when known
	 * @param published the publication date, when known
	 * @param sentence the verbatim sentence
	 * @param rule the extraction rule that produced the fact ({@code mention} for entity evidence)
	 * @param confidence the extractor's confidence in [0, 1], when known
	 * @param factId the id of the fact (relationship) this evidence belongs to; null for entity evidence
	 * @param figures the figures this source gives (share, quantity, unit, year…), nulls left out
	 */
	public EvidenceView {
		document = document == null ? "" : document;
		article = article == null ? "" : article;
		sentence = sentence == null ? "" : sentence;
		figures = figures == null ? Map.of() : Map.copyOf(figures);
	}
}
