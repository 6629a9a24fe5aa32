package org.reegraph.loader.explain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article: its title (read as the first sentence) and body, sentence by sentence.
 *
 * @param id the article id ({@code article:…}, the same as in {@code extract}'s output)
 * @param title the title
 * @param published the publication date, or null
 * @param sentences the title, then the body's sentences, in text order
 */
public record ArticleExplanation(String id, String title, LocalDate published, List<SentenceExplanation> sentences) {

	/**
	 * Validates and copies.
	 *
	 * @param id the article id ({@code article:…}, the same as in {@code extract}'s output)
	 * @param title the title
	 * @param published the publication date, or null
	 * @param sentences the title, then the body's sentences, in text order
	 */
	public ArticleExplanation {
		Objects.requireNonNull(id, "An article explanation needs the article id.");
		sentences = List.copyOf(sentences);
	}
}
