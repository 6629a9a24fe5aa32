package org.reegraph.loader;

import java.util.List;

import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.parse.Article;
import org.reegraph.loader.relate.RuleEngine;
import org.reegraph.loader.relate.SentenceContext;

/** Hears what the pipeline did with each sentence of an article, for {@link ReegraphLoader#explain}. */
interface SentenceObserver {

	/**
	 * One sentence read.
	 *
	 * @param article the article it belongs to
	 * @param context the sentence with its mentions
	 * @param facts the facts it made, resolved
	 * @param traces what the rule files' rules did with the trigger words they found
	 */
	void sentence(Article article, SentenceContext context, List<ExtractedFact> facts, List<RuleEngine.Trace> traces);
}
