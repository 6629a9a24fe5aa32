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
import org.reegraph.loader.text.GuardedPattern;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/** Rules for dependencies and composition. */
final class DependencyRules {

	private static final Pattern ORIGIN_GAP = Pattern.compile("(?i)(-origin |-sourced |-made |['’]s | |"
			+ "-origin heavy |-produced |)");

	private DependencyRules() {
	}

	static List<RelationRule> all() {
		return List.of(new DependsOn(), new MaterialForProgram(), new Contains(), new Shortage(), new ChineseDependence());
	}

	/** The country named just before an element ("Chinese-origin dysprosium alloy", "Chinese rare earths"). */
	static String originOf(SentenceContext c, Mention element) {
		if (element == null) {
			return null;
		}
		for (Mention m : c.entities()) {
			if (m.entity().label() == Label.COUNTRY && m.end() <= element.start()
					&& ORIGIN_GAP.matcher(c.between(m.end(), element.start())).matches()) {
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

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(rel(?:y|ies|ied|ying|iance|iant) (?:heavily )?on|"
				+ "depend(?:s|ed|ing|ence|ency|ent)? (?:heavily )?on|requir(?:e|es|ed|ing)|needs?|"
				+ "us(?:e|es|ing) )\\b|(依赖|依靠|离不开|都要用到)"),
				"rely", "reli", "depend", "requir", "need", "use ", "uses ", "using ", "依赖", "依靠", "离不开", "都要用到");
		private static final Set<Label> DEPENDENTS = Set.of(Label.PROGRAM, Label.COMPANY, Label.COUNTRY);
		static final Set<Label> DEPENDENTS_ALL = DEPENDENTS;

		@Override
		public String name() {
			return "depends.on";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				if (m.group(2) != null) {
					continue; // Chinese phrasing: ChineseDependence
				}
				if (c.text().substring(m.end()).matches("(?is)^\\s*for\\b.*")
						&& m.group(1).matches("(?i)requir.*|need.*")) {
					continue; // "the long timeline required for Australia to …": passive, nobody depends on anything
				}
				// a participle ("jets requiring …") attaches to the noun before it, even inside a prepositional phrase
				boolean participle = m.group(1).strip().matches("(?i)\\w+ing\\b.*");
				Optional<Mention> dependent = c.inside(new SentenceContext.Span(clause.start(), m.start()), DEPENDENTS).stream()
					.filter(x -> !x.adjective() && (participle || !c.isPrepositionalObject(x))).reduce((a, b) -> b);
				String lead = c.text().substring(clause.start(), m.start());
				if (dependent.isEmpty() && lead.matches("(?is).*\\b(its|their|it|they)\\b[^,]{0,40}$")) {
					// "…for the U.S. to reduce its dependence on China", "…keeps it dependent on China": the pronoun's owner
					dependent = c.inside(new SentenceContext.Span(clause.start(), m.start()), DEPENDENTS).stream()
						.filter(x -> !x.adjective()).reduce((a, b) -> b).or(() -> c.firstBefore(m.start(), DEPENDENTS));
				}
				if (dependent.isEmpty()) {
					continue;
				}
				SentenceContext.Span near = new SentenceContext.Span(m.end(), Math.min(clause.end(), m.end() + 35));
				SentenceContext.Span rest = new SentenceContext.Span(m.end(), Math.min(clause.end(), m.end() + 70));
				Optional<Mention> supplier = c.after(m.end(), Set.of(Label.COUNTRY, Label.COMPANY), near, false);
				Optional<Mention> element = c.after(m.end(), Set.of(Label.ELEMENT), rest, false);
				for (Mention each : c.coordinated(dependent.get())) {
				EntityRef who = each.entity();
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
					if (c.text().substring(supplier.get().end(), clause.end()).matches("(?is).*\\bimports\\b.*")
							&& who.label() == Label.COUNTRY
							&& supplier.get().entity().label() == Label.COUNTRY) {
						// "Japan's dependency on India for 13% of its rare earth imports": India exports to Japan
						Props trade = new Props();
						trade.commodity(c.commodity(clause));
						c.amounts(Amount.Kind.PERCENT, clause).stream().findFirst()
							.ifPresent(a -> trade.put("sharePct", SentenceContext.number(a.value())));
						out.add(new RawFact(RelType.EXPORTS_TO, supplier.get().entity(), who, trade.build(),
								"exports.dependency-on-imports", 0.75));
					}
				}
				}
			}
			return out;
		}
	}

	/**
	 * "companies like Ford and Tesla facing production halts due to a lack of …", "shortages of rare earth
	 * materials, with … Volkswagen and BMW forced to reduce output": those named depend on the material.
	 */
	static final class Shortage implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(production halts?|halt(?:ed|s)? production|"
				+ "shortages? of|lack of|forced to (?:reduce|cut|halt) (?:output|production)|production challenges|"
				+ "run(?:ning)? low on|supply disruptions?)\\b"),
				"halt", "shortage", "lack of", "forced to", "production challenges", "low on", "supply disruption");
		private static final Pattern LIST = Pattern.compile("(?i)\\b(?:like|such as|including)\\s+(?:the\\s+)?");

		@Override
		public String name() {
			return "depends.shortage";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			if (!CUE.matcher(c.text(), c.lowerText()).find()) {
				return out;
			}
			SentenceContext.Span whole = new SentenceContext.Span(0, c.text().length());
			EntityRef element = c.commodity(whole).orElse(c.discourse().mainElement());
			if (element == null) {
				return out;
			}
			Matcher list = LIST.matcher(c.text());
			while (list.find()) {
				Optional<Mention> first = c.after(list.end(), Set.of(Label.COMPANY, Label.PROGRAM),
						new SentenceContext.Span(list.end(), Math.min(c.text().length(), list.end() + 12)), false);
				if (first.isEmpty()) {
					continue;
				}
				List<Mention> named = new ArrayList<>();
				List<Mention> after = c.inside(new SentenceContext.Span(first.get().start(), c.text().length()),
						Set.of(Label.COMPANY, Label.PROGRAM));
				for (int i = 0; i < after.size(); i++) {
					Mention m = after.get(i);
					if (i > 0 && !c.between(after.get(i - 1).end(), m.start()).matches("(?i)\\s*(?:,|and|or|、|\\s)*\\s*")) {
						break;
					}
					named.add(m);
				}
				for (int i = 0; i < named.size(); i++) {
					Mention m = named.get(i);
					boolean developerOfNext = i + 1 < named.size() && m.entity().label() == Label.COMPANY
							&& named.get(i + 1).entity().label() == Label.PROGRAM
							&& c.between(m.end(), named.get(i + 1).start()).isBlank();
					if (!developerOfNext) {
						Props p = new Props().put("originCountry", originOf(c, c.inside(whole, Set.of(Label.ELEMENT)).stream()
							.findFirst().orElse(null)));
						out.add(new RawFact(RelType.DEPENDS_ON, m.entity(), element, p.build(), name(), 0.65));
					}
				}
			}
			return out;
		}
	}

	/** "美国对中国稀土的依赖" (the US's dependence on Chinese rare earths); "从F-35战斗机到特斯拉电动车…全都要用到中国稀土". */
	static final class ChineseDependence implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(Pattern.compile("(依赖|依靠|离不开|都要用到|需要用到|用到)"),
				"依赖", "依靠", "离不开", "用到");

		@Override
		public String name() {
			return "depends.zh";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span whole = new SentenceContext.Span(0, c.text().length());
				List<Mention> before = c.inside(new SentenceContext.Span(0, m.start()), DependsOn.DEPENDENTS_ALL);
				Optional<Mention> elementAfter = c.after(m.end(), Set.of(Label.ELEMENT), whole, false);
				Optional<Mention> elementBefore = c.before(m.start(), Set.of(Label.ELEMENT), whole, false);
				// "A对B稀土的依赖": A depends on B's rare earths
				int dui = c.text().lastIndexOf('对', m.start());
				if (dui > 0 && elementBefore.isPresent()) {
					Optional<Mention> a = c.before(dui, Set.of(Label.COUNTRY, Label.COMPANY), whole, true);
					Optional<Mention> b = c.after(dui + 1, Set.of(Label.COUNTRY), new SentenceContext.Span(dui + 1,
							elementBefore.get().start()), true);
					if (a.isPresent()) {
						Props p = new Props().put("originCountry", b.map(x -> x.entity().countryCode()).orElse(null));
						out.add(new RawFact(RelType.DEPENDS_ON, a.get().entity(), elementBefore.get().entity(), p.build(),
								name(), 0.8));
						continue;
					}
				}
				if (elementAfter.isPresent()) {
					String origin = originOf(c, elementAfter.get());
					for (Mention d : before) {
						if (d.entity().label() == Label.PROGRAM || d.entity().label() == Label.COMPANY) {
							out.add(new RawFact(RelType.DEPENDS_ON, d.entity(), elementAfter.get().entity(),
									new Props().put("originCountry", origin).build(), name(), 0.75));
						}
					}
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
						&& c.between(a.end(), b.start()).matches("(?i) (?:for|in|used in|needed for) (?:the )?"
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

		private static final Pattern LIKE = Pattern.compile("(?i)^\\s*(?:elements\\s+)?(?:like|such as|including|e\\.g\\.)\\s+");
		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(contain(?:s|ing)?|made (?:with|of|from)|"
				+ "consist(?:s)? of|composed of)\\b|(含有|含)"),
				"contain", "made ", "consist", "composed of", "含");

		@Override
		public String name() {
			return "contains";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher like = LIKE.matcher("");
			for (Mention group : c.entities()) {
				if (group.entity().label() != Label.ELEMENT || !"GROUP".equals(group.entity().properties().get("kind"))) {
					continue;
				}
				like.reset(c.text().substring(group.end()));
				if (like.find()) {
					int at = group.end() + like.end();
					Optional<Mention> first = c.after(at, Set.of(Label.ELEMENT), new SentenceContext.Span(at,
							Math.min(c.text().length(), at + 15)), false);
					first.ifPresent(f -> c.coordinated(f).forEach(member -> out.add(new RawFact(RelType.CONTAINS,
							group.entity(), member.entity(), null, name() + ".group-members", 0.8))));
				}
			}
			Matcher m = CUE.matcher(c.text(), c.lowerText());
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
