package org.reegraph.loader.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 3 as one call: runs every {@link RelationRule} over a sentence and drops repeats (the same type,
 * ends and properties read by two rules keep the more confident reading), then the linguistic rules of the
 * rule files ({@link RuleEngine}), which add the facts whose type and ends no earlier rule read. Thread-safe.
 */
public final class RelationExtractor {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RelationExtractor.class);

	private final List<RelationRule> rules;
	private final RuleEngine engine;

	/** Creates an extractor with every built-in rule and the bundled rule files. */
	public RelationExtractor() {
		List<RelationRule> all = new ArrayList<>();
		all.addAll(TradeRules.all());
		all.addAll(ShareRules.all());
		all.addAll(CorporateRules.all());
		all.addAll(DependencyRules.all());
		all.addAll(PolicyRules.all());
		all.addAll(PriceRules.all());
		this.rules = List.copyOf(all);
		this.engine = RuleEngine.bundled();
	}

	/** {@return the engine of the rule files} */
	public RuleEngine engine() {
		return engine;
	}

	/** {@return the rules, in the order they run} */
	public List<RelationRule> rules() {
		return rules;
	}

	/**
	 * {@return the facts a sentence states}
	 *
	 * @param context the sentence
	 */
	public List<RawFact> extract(SentenceContext context) {
		return extract(context, null);
	}

	/**
	 * {@return the facts a sentence states}, telling what the rule files' rules did
	 *
	 * @param context the sentence
	 * @param trace receives what each linguistic rule did with each trigger it found, or null
	 */
	public List<RawFact> extract(SentenceContext context, java.util.function.Consumer<RuleEngine.Trace> trace) {
		Map<String, RawFact> unique = new LinkedHashMap<>();
		for (RelationRule rule : rules) {
			List<RawFact> found;
			try {
				found = rule.apply(context);
			}
			catch (RuntimeException ex) {
				// one faulty rule must not cost the sentence the other rules' facts
				LOG.warn("Rule {} failed on \"{}\": {}", rule.name(), abbreviate(context.text()), ex.toString());
				continue;
			}
			for (RawFact f : found) {
				String key = f.type() + "|" + f.from().id() + "|" + f.to().id() + "|" + new java.util.TreeMap<>(
						f.properties());
				RawFact previous = unique.get(key);
				if (previous == null || previous.confidence() < f.confidence()) {
					unique.put(key, f);
				}
			}
		}
		java.util.Set<String> read = new java.util.HashSet<>();
		unique.values().forEach(f -> read.add(f.type() + "|" + f.from().id() + "|" + f.to().id()));
		try {
			for (RawFact f : engine.extract(context, trace)) {
				if (read.add(f.type() + "|" + f.from().id() + "|" + f.to().id())) {
					unique.put("engine|" + f.type() + "|" + f.from().id() + "|" + f.to().id(), f);
				}
			}
		}
		catch (RuntimeException ex) {
			LOG.warn("The rule engine failed on \"{}\": {}", abbreviate(context.text()), ex.toString());
		}
		// one firm shipping, selling or buying to or from another is a supply relationship, whichever rule read it
		for (Map.Entry<String, RawFact> e : unique.entrySet()) {
			RawFact f = e.getValue();
			if (f.type() == org.reegraph.model.RelType.EXPORTS_TO && f.from().label() == org.reegraph.model.Label.COMPANY
					&& f.to().label() == org.reegraph.model.Label.COMPANY) {
				Map<String, Object> props = new LinkedHashMap<>();
				if (f.properties().get("commodity") != null) {
					props.put("commodity", f.properties().get("commodity"));
				}
				e.setValue(new RawFact(org.reegraph.model.RelType.SUPPLIES, f.from(), f.to(), props, f.rule(), f.confidence()));
			}
		}
		java.util.Set<String> supplied = new java.util.HashSet<>();
		unique.values().removeIf(f -> f.type() == org.reegraph.model.RelType.SUPPLIES
				&& !supplied.add(f.from().id() + "|" + f.to().id()));
		// "JOGMEC will provide $150 million in financing to X": money provided is an investment, not a supply; a
		// SUPPLIES fact that names no commodity beside an investment in the same party is that investment misread
		java.util.Set<String> financed = new java.util.HashSet<>();
		unique.values().stream().filter(f -> f.type() == org.reegraph.model.RelType.INVESTS_IN)
			.forEach(f -> financed.add(f.to().id().toString()));
		unique.values().removeIf(f -> f.type() == org.reegraph.model.RelType.SUPPLIES && f.properties().get("commodity") == null
				&& financed.contains(f.to().id().toString()));
		return List.copyOf(unique.values());
	}

	private static String abbreviate(String s) {
		return s.length() <= 100 ? s : s.substring(0, 97) + "...";
	}

}
