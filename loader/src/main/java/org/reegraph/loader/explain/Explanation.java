package org.reegraph.loader.explain;

import java.util.List;
import java.util.Objects;

/**
 * What extraction did with one document, sentence by sentence.
 *
 * @param document the document's name
 * @param articles its articles in document order (an article already read from another file is left out)
 * @param rejection why the document could not be read, or null
 */
public record Explanation(String document, List<ArticleExplanation> articles, String rejection) {

	/**
	 * Validates and copies.
	 *
	 * @param document the document's name
	 * @param articles its articles in document order (an article already read from another file is left out)
	 * @param rejection why the document could not be read, or null
	 */
	public Explanation {
		Objects.requireNonNull(document, "An explanation needs the document's name.");
		articles = List.copyOf(articles);
	}

	/** {@return whether the document was rejected} */
	public boolean isRejected() {
		return rejection != null;
	}
}
