package org.reegraph.loader.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.loader.quantity.Amount;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/** Rules for dependencies and composition. */
final class DependencyRules {

	private DependencyRules() {
	}

	static List<RelationRule> all() {
		return List.of(new DependsOn(), new MaterialForProgram(), new Contains());
	}

	/** The country named just before an element ("Chinese-origin dysprosium alloy", "Chinese rare earths"). */
	static String originOf(SentenceContext c, Mention element) {
		for (Mention m : c.entities()) {
			if (m.entity().label() == Label.COUNTRY && m.end() <= element.start()
					&& c.text().substring(m.end(), element.start()).matches("(?i)(-origin |-sourced |-made |['’]s | |"
							+ "-origin heavy |-produced )")) {
				return m.entity().countryCode();
			}
		}
		return null;
	}

	/**
	 * "The U.S. relies on China for rare earths", "F-35 … requiring replacement of Chinese-origin dysprosium
	 * alloy", "78% of … munitions depend on heavy rare earths".
	 */
	static final class DependsOn implements RelationRule {

		private static final Pattern CUE = Pattern.compile("(?i)\\b(rel(?:y|ies|ied|ying|iance|iant) (?:heavily )?on|"
				+ "depend(?:s|ed|ing|ence|ency|ent)? (?:heavily )?on|requir(?:e|es|ed|ing)|needs?|"
				+ "us(?:e|es|ing) )\\b|(依赖|依靠|离不开|都要用到)");
		private static final Set<Label> DEPENDENTS = Set.of(Label.PROGRAM, Label.COMPANY, Label.COUNTRY);

		@Override
		public String name() {
			return "depends.on";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> dependent = c.before(m.start(), DEPENDENTS, clause, true);
				if (dependent.isEmpty()) {
					continue;
				}
				SentenceContext.Span rest = new SentenceContext.Span(m.end(), Math.min(clause.end(), m.end() + 80));
				Optional<Mention> supplier = c.after(m.end(), Set.of(Label.COUNTRY, Label.COMPANY), rest, false);
				Optional<Mention> element = c.after(m.end(), Set.of(Label.ELEMENT), rest, false);
				EntityRef who = dependent.get().entity();
				Props p = new Props();
				c.amounts(Amount.Kind.PERCENT, clause).stream().findFirst()
					.ifPresent(a -> p.put("sharePct", SentenceContext.number(a.value())));
				if (element.isPresent()) {
					String origin = originOf(c, element.get());
					if (origin == null && supplier.isPresent() && supplier.get().start() < element.get().start()
							&& supplier.get().entity().label() == Label.COUNTRY) {
						origin = supplier.get().entity().countryCode();
					}
					if (origin != null && origin.equals(who.countryCode()) && who.label() == Label.COUNTRY) {
						continue;
					}
					p.put("originCountry", origin);
					out.add(new RawFact(RelType.DEPENDS_ON, who, element.get().entity(), p.build(), name(), 0.8));
				}
				else if (supplier.isPresent() && !supplier.get().entity().id().equals(who.id())) {
					out.add(new RawFact(RelType.DEPENDS_ON, who, supplier.get().entity(), p.build(), name(), 0.8));
				}
			}
			return out;
		}
	}

	/** "neodymium-iron-boron magnets for the iPhone 16 MagSafe charger": the programme depends on the material. */
	static final class MaterialForProgram implements RelationRule {

		@Override
		public String name() {
			return "depends.material-for-program";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			List<Mention> ms = c.entities();
			for (int i = 0; i + 1 < ms.size(); i++) {
				Mention a = ms.get(i);
				Mention b = ms.get(i + 1);
				if (a.entity().label() == Label.ELEMENT && b.entity().label() == Label.PROGRAM
						&& c.text().substring(a.end(), b.start()).matches("(?i) (?:for|in|used in|needed for) (?:the )?"
								+ "(?:[A-Z][\\w-]*\\s+){0,2}")) {
					Props p = new Props().put("originCountry", originOf(c, a));
					out.add(new RawFact(RelType.DEPENDS_ON, b.entity(), a.entity(), p.build(), name(), 0.75));
				}
			}
			return out;
		}
	}

	/** "NdFeB magnets contain dysprosium", "magnets made with terbium". */
	static final class Contains implements RelationRule {

		private static final Pattern CUE = Pattern.compile("(?i)\\b(contain(?:s|ing)?|made (?:with|of|from)|"
				+ "consist(?:s)? of|composed of)\\b|(含有|含)");

		@Override
		public String name() {
			return "contains";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> material = c.before(m.start(), Set.of(Label.ELEMENT), clause, false);
				Optional<Mention> element = c.after(m.end(), Set.of(Label.ELEMENT), clause, false);
				if (material.isPresent() && element.isPresent()
						&& !"ELEMENT".equals(material.get().entity().properties().get("kind"))
						&& !material.get().entity().id().equals(element.get().entity().id())) {
					out.add(new RawFact(RelType.CONTAINS, material.get().entity(), element.get().entity(), null, name(),
							0.85));
				}
			}
			return out;
		}
	}
}
