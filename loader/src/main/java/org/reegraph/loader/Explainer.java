package org.reegraph.loader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reegraph.loader.annotate.ChineseAnnotator;
import org.reegraph.loader.explain.ArticleExplanation;
import org.reegraph.loader.explain.ClosestRule;
import org.reegraph.loader.explain.Explanation;
import org.reegraph.loader.explain.FactExplanation;
import org.reegraph.loader.explain.MentionExplanation;
import org.reegraph.loader.explain.RuleTrace;
import org.reegraph.loader.explain.SentenceExplanation;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.parse.Article;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.loader.relate.LinguisticRule;
import org.reegraph.loader.relate.RuleEngine;
import org.reegraph.loader.relate.RuleFile;
import org.reegraph.loader.relate.SentenceContext;
import org.reegraph.model.RelType;

/**
 * Gathers what the pipeline did with one document's sentences into an {@link Explanation}, and finds the rules
 * that came closest where a sentence names two entities but made no fact. One per document.
 */
final class Explainer implements SentenceObserver {

	private final RuleEngine engine;
	private final Map<String, Article> articles = new LinkedHashMap<>();
	private final Map<String, List<SentenceExplanation>> sentences = new LinkedHashMap<>();

	Explainer(RuleEngine engine) {
		this.engine = engine;
	}

	@Override
	public void sentence(Article article, SentenceContext context, List<ExtractedFact> facts,
			List<RuleEngine.Trace> traces) {
		articles.putIfAbsent(article.id(), article);
		List<MentionExplanation> mentions = context.mentions().stream().map(Explainer::mention).toList();
		List<FactExplanation> made = facts.stream()
			.map(f -> new FactExplanation(f.relationship().name(), f.from().id(), f.from().name(), f.to().id(),
					f.to().name(), f.properties(), f.evidence().rule(), f.confidence()))
			.toList();
		List<RuleTrace> rules = traces.stream().map(t -> new RuleTrace(t.rule(), t.trigger(), t.fired(), t.detail()))
			.toList();
		List<ClosestRule> closest = context.entities().size() >= 2 && facts.isEmpty() ? closest(context, rules)
				: List.of();
		sentences.computeIfAbsent(article.id(), k -> new ArrayList<>())
			.add(new SentenceExplanation(context.text(), mentions, made, rules, closest));
	}

	/** {@return the explanation of the document read} */
	Explanation explanation(DocumentExtraction doc) {
		if (doc.isRejected()) {
			return new Explanation(doc.rejection().document(), List.of(), doc.rejection().reason());
		}
		List<ArticleExplanation> out = new ArrayList<>();
		articles.forEach((id, a) -> out.add(new ArticleExplanation(id, a.title(), a.publishedDate(), sentences.get(id))));
		return new Explanation(doc.document(), out, null);
	}

	private static MentionExplanation mention(Mention m) {
		return new MentionExplanation(m.text(), m.entity().label().cypherName(), m.entity().id().toString(), m.rule(),
				m.adjective());
	}

	/**
	 * The rules whose trigger occurs but that did not fire, with the reason; when no trigger occurs at all, the
	 * rules whose slots would take two of the mentions, one rule per relationship type first, so the list shows
	 * which kinds of fact the sentence could state.
	 */
	private List<ClosestRule> closest(SentenceContext context, List<RuleTrace> traces) {
		List<ClosestRule> out = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (RuleTrace t : traces) {
			if (!t.fired() && seen.add(t.rule()) && out.size() < SentenceExplanation.MAX_CLOSEST) {
				out.add(new ClosestRule.TriggerFound(t.rule(), t.trigger(), t.reason()));
			}
		}
		if (!traces.isEmpty()) {
			return out;
		}
		String language = ChineseAnnotator.isChinese(context.text()) ? "zh" : "en";
		List<ClosestRule.NoTrigger> fits = new ArrayList<>();
		for (RuleFile file : engine.files()) {
			if (file.language().equals(language)) {
				for (LinguisticRule rule : file.rules()) {
					ClosestRule.NoTrigger fit = fit(rule, context.entities());
					if (fit != null) {
						fits.add(fit);
					}
				}
			}
		}
		Set<String> types = new LinkedHashSet<>();
		for (ClosestRule.NoTrigger fit : fits) {
			if (out.size() < SentenceExplanation.MAX_CLOSEST && types.add(fit.type())) {
				out.add(fit);
			}
		}
		for (ClosestRule.NoTrigger fit : fits) {
			if (out.size() < SentenceExplanation.MAX_CLOSEST && !out.contains(fit)) {
				out.add(fit);
			}
		}
		return out;
	}

	/** The first two mentions of distinct entities, in text order, that the rule's start and end slots accept. */
	private static ClosestRule.NoTrigger fit(LinguisticRule rule, List<Mention> entities) {
		for (Mention a : entities) {
			for (Mention b : entities) {
				if (!a.entity().id().equals(b.entity().id()) && accepts(rule.from(), a) && accepts(rule.to(), b)
						&& allows(rule.type(), a, b)) {
					return new ClosestRule.NoTrigger(rule.id(), rule.type().name(), List.copyOf(rule.trigger().lemmas()),
							mention(a), mention(b));
				}
			}
		}
		return null;
	}

	private static boolean accepts(LinguisticRule.Slot slot, Mention m) {
		boolean adjectiveOk = !m.adjective() || slot.demonyms() || slot.role() == LinguisticRule.Role.MODIFIER;
		return adjectiveOk && slot.labels().contains(m.entity().label());
	}

	private static boolean allows(RelType type, Mention a, Mention b) {
		return type.allows(a.entity().label(), b.entity().label());
	}
}
