package org.reegraph.loader.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/** Rules for production, refining, reserves and stockpiles, with shares and tonnages. */
final class ShareRules {

	private static final Set<Label> HOLDERS = Set.of(Label.COUNTRY, Label.COMPANY, Label.MINE);

	private ShareRules() {
	}

	static List<RelationRule> all() {
		return List.of(new ShareOf(), new Produces(), new Reserves(), new Stockpiles(), new ProducerList(),
				new ProducerNoun(), new Refines());
	}

	/** Which relationship a share of a noun phrase states: reserves, mining/production, refining/processing. */
	static RelType typeOf(String nounPhrase) {
		String n = nounPhrase.toLowerCase(Locale.ROOT);
		if (n.matches("(?s).*(reserve|储量|资源量).*")) {
			return RelType.HOLDS_RESERVES;
		}
		if (n.matches("(?s).*(refin|process|separat|smelt|加工|冶炼|分离|精炼|提炼).*")) {
			return RelType.REFINES;
		}
		if (n.matches("(?s).*(mining|mined|production|output|produc|supply|开采|产量|生产|供应).*")) {
			return RelType.PRODUCES;
		}
		return null;
	}

	static EntityRef elementOr(SentenceContext c, SentenceContext.Span primary, SentenceContext.Span fallback) {
		return c.commodity(primary).or(() -> c.commodity(fallback)).orElse(null);
	}

	/**
	 * "China holds 60% of global rare earth mining and 90% of refining capacity", "accounting for 70% of global
	 * output", "中国掌握着全球90%的稀土加工能力": every share with the noun it is a share of.
	 */
	static final class ShareOf implements RelationRule {

		private static final Pattern NP_END = Pattern.compile("(?i)\\band\\b|\\d+(?:\\.\\d+)?\\s*%|\\bwhile\\b|"
				+ "\\bcoming\\b|\\bwith\\b|\\b(?:is|are|was|were|has|have|comes?|controlled|held|accounted|sourced)\\b|"
				+ "和|以及");
		private static final Pattern OF = Pattern.compile("(?i)^\\s*(?:of|的)\\s*((?:[^,;.，。]){0,60})");

		@Override
		public String name() {
			return "share.of";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			SentenceContext.Span whole = new SentenceContext.Span(0, c.text().length());
			for (Amount pct : c.amounts(Amount.Kind.PERCENT, whole)) {
				Matcher m = OF.matcher(c.text().substring(pct.end()));
				if (!m.find()) {
					continue;
				}
				String np = NP_END.split(m.group(1))[0];
				int npEnd = pct.end() + m.start(1) + np.length();
				String head = np.length() > 40 ? np.substring(0, 40) : np;
				if (head.matches("(?is).*\\b(its|their|his|her|operations|companies|firms|patents|enterprises|"
						+ "applications|jobs)\\b.*")) {
					continue; // "90% of its rare earths" is the importer's supply share, read by imports.from
				}
				RelType type = typeOf(head.replaceAll("(?i)\\bmarket\\b.*", ""));
				if (type == null) {
					// "China's processing capacity accounts for 92% of the global market", "monopoly on refining 60%-90% of"
					String before = c.text().substring(Math.max(0, pct.start() - 45), pct.start());
					if (before.matches("(?is).*\\b(refin\\w*|process\\w*|production|output|mining|reserves)(\\s+capacity)?"
							+ "(\\s+(accounts? for|represents?|makes? up|of|at))?\\s*(about|approximately|around|nearly|over|"
							+ "more than|some)?\\s*$")) {
						type = typeOf(before.substring(Math.max(0, before.length() - 40)));
					}
				}
				if (type == null) {
					continue;
				}
				SentenceContext.Span clause = c.clauseOf(pct.start());
				Optional<Mention> holder = c.before(pct.start(), HOLDERS, clause, false);
				double confidence = 0.85;
				if (holder.isEmpty()) {
					holder = c.after(npEnd, Set.of(Label.COUNTRY, Label.COMPANY), new SentenceContext.Span(npEnd,
							Math.min(c.text().length(), npEnd + 40)), false);
					confidence = 0.75;
				}
				if (holder.isEmpty()) {
					holder = c.before(pct.start(), HOLDERS, whole, false);
					confidence = 0.7;
				}
				if (holder.isEmpty() || (type == RelType.HOLDS_RESERVES && holder.get().entity().label() != Label.COUNTRY)) {
					continue;
				}
				EntityRef element = c.commodity(new SentenceContext.Span(pct.start(), npEnd))
					.or(() -> c.before(pct.start(), Set.of(Label.ELEMENT), whole, false).map(Mention::entity))
					.orElse(null);
				if (element == null) {
					element = c.commodity(whole).orElse(c.discourse().mainElement());
					confidence -= 0.1;
				}
				if (element == null) {
					continue;
				}
				Props p = new Props().put("sharePct", SentenceContext.number(pct.value()));
				String period = c.period(clause);
				if (type == RelType.PRODUCES && period != null && period.length() == 4) {
					p.put("year", Integer.parseInt(period));
				}
				out.add(new RawFact(type, holder.get().entity(), element, p.build(), name(), confidence));
			}
			return out;
		}
	}

	/** "The U.S. is projected to produce 45,000 tons of rare earths in 2024"; "is extracting yttrium at …". */
	static final class Produces implements RelationRule {

		private static final Pattern AT_SITE = Pattern.compile("(?i)^[^,;]{0,40}?\\bat (?:its|the|their)\\s+");
		private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i),?\\s*\\b(?:which|who|that)\\s+"
				+ "(?:also\\s+|now\\s+|still\\s+|already\\s+|currently\\s+)?$");
		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(produc(?:e|es|ed|ing)|extract(?:s|ed|ing)?|"
				+ "min(?:es|ed|ing))\\b|(产量|开采)"),
				"produc", "extract", "mine", "mining", "产量", "开采");

		@Override
		public String name() {
			return "produces";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> producer = c.before(m.start(), HOLDERS, clause, false);
				Matcher relative = RELATIVE_BEFORE.matcher(c.text()).region(clause.start(), m.start());
				if (relative.find()) {
					// "a plant in Texas, which produces …": the clause speaks of what the pronoun follows, or of no one
					int at = relative.start();
					producer = c.withPlaces().stream().filter(x -> x.end() == at && HOLDERS.contains(x.entity().label())
							&& !SentenceContext.isPlace(x)).findFirst();
				}
				Optional<Mention> element = c.after(m.end(), Set.of(Label.ELEMENT), new SentenceContext.Span(m.end(),
						Math.min(clause.end(), m.end() + 60)), false);
				Optional<Amount> quantity = c.amount(Amount.Kind.QUANTITY, m.end(), clause)
					.filter(q -> q.start() >= m.end() && q.start() - m.end() < 40);
				EntityRef what = element.map(Mention::entity).orElse(null);
				double confidence = quantity.isPresent() ? 0.85 : 0.75;
				if (what == null && quantity.isPresent()) {
					// "the U.S. only produces 8,000 tons annually": the article's commodity
					what = c.commodity(clause).orElse(c.discourse().mainElement());
					confidence = 0.7;
				}
				if (producer.isEmpty() || what == null) {
					continue;
				}
				String between = c.between(producer.get().end(), m.start());
				if (between.length() > 80 || between.matches("(?is).*\\b(halt|shortage|struggl|lack)\\w*.*")) {
					continue;
				}
				Props p = new Props().quantity(quantity);
				String period = c.period(clause);
				if (period != null && period.length() == 4) {
					p.put("year", Integer.parseInt(period));
				}
				p.number("valueUsd", c.amount(Amount.Kind.MONEY, m.end(), clause));
				out.add(new RawFact(RelType.PRODUCES, producer.get().entity(), what, p.build(), name(), confidence));
				Matcher at = AT_SITE.matcher(c.text().substring(m.end()));
				if (at.find()) {
					int from = m.end() + at.end();
					Optional<Mention> mine = c.after(from, Set.of(Label.MINE), new SentenceContext.Span(from,
							Math.min(clause.end(), from + 40)), false);
					if (mine.isPresent()) {
						out.add(new RawFact(RelType.PRODUCES, mine.get().entity(), what, p.build(), name(), confidence - 0.05));
					}
				}
			}
			return out;
		}
	}

	/** "Brazil holds 21 million tons of rare earth reserves", "possesses 2.8 million tons of resources". */
	static final class Reserves implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(reserves?|resources|deposits)\\b|(储量)"),
				"reserve", "resources", "deposits", "储量");

		@Override
		public String name() {
			return "reserves";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Amount> quantity = c.amount(Amount.Kind.QUANTITY, m.start(), clause);
				if (quantity.isEmpty() || Math.abs(quantity.get().end() - m.start()) > 40) {
					// "its rich rare earth resources", "Despite having rare earth resources, the U.S. …"
					Optional<Mention> element = c.before(m.start(), Set.of(Label.ELEMENT), new SentenceContext.Span(
							Math.max(clause.start(), m.start() - 30), m.start()), false)
						.filter(e -> c.between(e.end(), m.start()).isBlank());
					if (element.isEmpty() || !c.amounts(Amount.Kind.PERCENT, new SentenceContext.Span(
							Math.max(clause.start(), element.get().start() - 40), element.get().start())).isEmpty()) {
						continue; // "30% of global nickel reserves" is a share: ShareOf reads it
					}
					Optional<Mention> holder = c.inside(new SentenceContext.Span(clause.start(), element.get().start()),
							Set.of(Label.COUNTRY)).stream().filter(x -> !x.adjective() && !c.isPrepositionalObject(x))
						.reduce((a, b) -> b).or(() -> c.frontedSubject(clause, Set.of(Label.COUNTRY)));
					if (holder.isEmpty() && c.between(clause.start(), element.get().start()).matches("(?is).*\\b(its|their)\\b.*")) {
						holder = c.firstBefore(element.get().start(), Set.of(Label.COUNTRY));
					}
					if (holder.isEmpty()) {
						Matcher such = Pattern.compile("(?i)^,?\\s*(?:such as|like|including)\\s+").matcher(c.text().substring(m.end()));
						if (such.find()) {
							holder = c.after(m.end() + such.end(), Set.of(Label.COUNTRY), new SentenceContext.Span(m.end(),
									Math.min(clause.end(), m.end() + such.end() + 20)), false);
						}
					}
					if (holder.isPresent()) {
						out.add(new RawFact(RelType.HOLDS_RESERVES, holder.get().entity(), element.get().entity(), null,
								name() + ".resources", 0.7));
					}
					continue;
				}
				Optional<Mention> holder = c.before(Math.min(m.start(), quantity.get().start()), Set.of(Label.COUNTRY),
						clause, false);
				if (holder.isEmpty()) {
					continue;
				}
				EntityRef element = elementOr(c, new SentenceContext.Span(quantity.get().start(), m.end()), clause);
				double confidence = 0.85;
				if (element == null) {
					element = c.discourse().mainElement();
					confidence = 0.7;
				}
				if (element == null) {
					continue;
				}
				Props p = new Props().quantity(quantity);
				out.add(new RawFact(RelType.HOLDS_RESERVES, holder.get().entity(), element, p.build(), name(), confidence));
			}
			return out;
		}
	}

	/**
	 * Lists of countries: "producers like Brazil and Vietnam" (PRODUCES), "found in several countries, including
	 * the U.S., Brazil, Canada, and Russia" and "countries like the US, Australia, and India possess substantial
	 * reserves" (HOLDS_RESERVES).
	 */
	static final class ProducerList implements RelationRule {

		private static final GuardedPattern PRODUCERS = GuardedPattern.of(
				Pattern.compile("(?i)\\b(producers?|producing countries|"
				+ "suppliers)\\s+(?:like|such as|including)\\b"),
				"producer", "producing countries", "suppliers");
		private static final GuardedPattern FOUND_IN = GuardedPattern.of(
				Pattern.compile("(?i)\\b(?:found|located|deposits exist)\\s+in\\s+"
				+ "(?:[a-z]+\\s+){0,2}countries,?\\s+(?:like|such as|including)\\b"),
				"countries");
		private static final GuardedPattern COUNTRIES_LIKE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(?:countries|nations)\\s+"
				+ "(?:like|such as|including)\\b"),
				"countries", "nations");
		private static final Pattern LIST_GAP = Pattern.compile("(?i)\\s*(?:,|and|or|&|、|和)?\\s*(?:and\\s+)?"
				+ "(?:the\\s+)?");
		private static final Pattern POSSESS = Pattern.compile("(?i)^\\s*(?:also\\s+)?(?:possess|hold|have|own)\\s+"
				+ "(?:[a-z]+\\s+){0,3}(?:reserves|deposits|resources)\\b");

		@Override
		public String name() {
			return "list.producers-reserves";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			SentenceContext.Span whole = new SentenceContext.Span(0, c.text().length());
			EntityRef element = c.commodity(whole).orElse(c.discourse().mainElement());
			if (element == null) {
				return out;
			}
			Matcher m = PRODUCERS.matcher(c.text(), c.lowerText());
			while (m.find()) {
				for (Mention country : list(c, m.end())) {
					out.add(new RawFact(RelType.PRODUCES, country.entity(), element, null, name(), 0.75));
				}
			}
			m = FOUND_IN.matcher(c.text(), c.lowerText());
			while (m.find()) {
				for (Mention country : list(c, m.end())) {
					out.add(new RawFact(RelType.HOLDS_RESERVES, country.entity(), element, null, name(), 0.7));
				}
			}
			Matcher like = COUNTRIES_LIKE.matcher(c.text(), c.lowerText());
			while (like.find()) {
				List<Mention> members = list(c, like.end());
				if (!members.isEmpty() && POSSESS.matcher(c.text().substring(members.get(members.size() - 1).end())).find()) {
					for (Mention country : members) {
						out.add(new RawFact(RelType.HOLDS_RESERVES, country.entity(), element, null, name(), 0.75));
					}
				}
			}
			return out;
		}

		/** The countries of a coordinated list starting at an offset: "the U.S., Brazil, Canada, and Russia". */
		static List<Mention> list(SentenceContext c, int from) {
			List<Mention> members = new ArrayList<>();
			int at = from;
			for (Mention m : c.entities()) {
				if (m.start() < at) {
					continue;
				}
				String gap = c.text().substring(at, m.start());
				if (!LIST_GAP.matcher(gap).matches() || m.entity().label() != Label.COUNTRY) {
					break;
				}
				members.add(m);
				at = m.end();
			}
			return members;
		}
	}

	/**
	 * Production stated as a noun: "MP Materials, the largest domestic rare earth producer", "Myanmar is a
	 * significant rare earth producer", "India's actual production being only 2,900 tons in 2022", "with
	 * significant production capabilities", "to boost yttrium output", "dominates global production".
	 */
	static final class ProducerNoun implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(producers?|production capabilit(?:y|ies)|"
				+ "mining capabilit(?:y|ies)|(?:its|their) (?:actual |annual )?(?:production|output)|"
				+ "['’]s (?:actual |annual )?(?:production|output)|dominates? (?:global |world )?production|output)\\b"),
				"producer", "production", "mining capabilit", "output");

		@Override
		public String name() {
			return "produces.noun";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			SentenceContext.Span whole = new SentenceContext.Span(0, c.text().length());
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				String cue = m.group(1).toLowerCase(java.util.Locale.ROOT);
				SentenceContext.Span clause = c.clauseOf(m.start());
				String after = c.text().substring(m.end());
				if (cue.startsWith("producer") && after.matches("(?is)^\\s*(?:like|such as|including)\\b.*")) {
					continue; // a list: ProducerList
				}
				Optional<Mention> element = c.before(m.start(), Set.of(Label.ELEMENT), new SentenceContext.Span(
						Math.max(clause.start(), m.start() - 40), m.start()), false);
				if (cue.equals("output") && (element.isEmpty() || !c.between(element.get().end(), m.start()).isBlank())) {
					continue; // bare "output" only as "<element> output"
				}
				List<Mention> candidates = c.inside(new SentenceContext.Span(clause.start(), m.start()), HOLDERS);
				Optional<Mention> producer = candidates.stream().filter(x -> !c.isPrepositionalObject(x) && !c.isSeat(x))
					.reduce((a, b) -> b);
				if (producer.isEmpty()) {
					producer = c.frontedSubject(clause, HOLDERS);
				}
				// "Brazilian rare earths producer Serra Verde": the firm named right after the noun is the producer
				Optional<Mention> named = c.entities().stream().filter(x -> x.entity().label() == Label.COMPANY
						&& x.start() >= m.end() && x.start() <= m.end() + 1).findFirst();
				if (cue.startsWith("producer") && named.isPresent()) {
					producer = named;
				}
				if (!candidates.isEmpty() && c.between(candidates.get(candidates.size() - 1).end(), m.start())
					.matches("^,\\s+(?:the|a|an)\\s+[^,]{0,40}$")) {
					producer = Optional.of(candidates.get(candidates.size() - 1)); // "MP Materials, the largest … producer"
				}
				if (producer.isEmpty()) {
					continue;
				}
				EntityRef what = element.map(Mention::entity).or(() -> c.after(m.end(), Set.of(Label.ELEMENT),
						new SentenceContext.Span(m.end(), Math.min(clause.end(), m.end() + 30)), false).map(Mention::entity))
					.orElse(c.discourse().mainElement());
				if (what == null) {
					continue;
				}
				Props p = new Props();
				Optional<Amount> quantity = c.amount(Amount.Kind.QUANTITY, m.end(), clause)
					.filter(q -> q.start() >= m.end() && q.start() - m.end() < 25);
				p.quantity(quantity);
				String period = c.period(new SentenceContext.Span(m.start(), clause.end()));
				if (period != null && period.length() == 4 && quantity.isPresent()) {
					p.put("year", Integer.parseInt(period));
				}
				out.add(new RawFact(RelType.PRODUCES, producer.get().entity(), what, p.build(), name(), 0.7));
				c.after(m.end(), Set.of(Label.MINE), new SentenceContext.Span(m.end(), Math.min(clause.end(), m.end() + 40)),
						false).ifPresent(mine -> out.add(new RawFact(RelType.PRODUCES, mine.entity(), what, null, name(),
								0.65)));
			}
			return out;
		}
	}

	/** "Lynas is forced to process rare earths in Malaysia", "Solvay refines gallium": refining as a verb. */
	static final class Refines implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(process|processes|processed|refine|refines|refined|"
				+ "separate|separates|separated|purif(?:y|ies|ied))\\b|(加工|冶炼|提纯)"),
				"process", "refine", "separate", "purif", "加工", "冶炼", "提纯");
		private static final GuardedPattern DOMINANCE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(?:dominan(?:ce|t)|monopoly|leadership|lead)\\s+"
				+ "(?:in|on|over)\\s+(?:[a-z -]{0,20})?(?:refining|processing|separation)|\\bdominates?\\s+(?:global |world )?"
				+ "(?:production and )?(?:processing|refining)"),
				"domina", "monopoly", "lead");

		@Override
		public String name() {
			return "refines";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> element = c.after(m.end(), Set.of(Label.ELEMENT), new SentenceContext.Span(m.end(),
						Math.min(clause.end(), m.end() + 25)), false);
				Optional<Mention> refiner = c.inside(new SentenceContext.Span(clause.start(), m.start()), HOLDERS).stream()
					.filter(x -> !c.isPrepositionalObject(x) && !x.adjective()).reduce((a, b) -> b);
				if (element.isEmpty() || refiner.isEmpty() || c.between(refiner.get().end(), m.start()).length() > 60) {
					continue;
				}
				if (m.group(1) != null && m.group(1).endsWith("ed") && c.between(m.end(), element.get().start()).equals(" ")) {
					continue; // "refined rare earth elements": an adjective, not a verb
				}
				out.add(new RawFact(RelType.REFINES, refiner.get().entity(), element.get().entity(), null, name(), 0.75));
			}
			Matcher d = DOMINANCE.matcher(c.text(), c.lowerText());
			while (d.find()) {
				SentenceContext.Span clause = c.clauseOf(d.start());
				Optional<Mention> who = c.subjectBefore(d.start(), HOLDERS);
				EntityRef what = c.commodity(new SentenceContext.Span(d.start(), clause.end()))
					.or(() -> c.commodity(new SentenceContext.Span(0, c.text().length())))
					.orElse(c.discourse().mainElement());
				if (who.isPresent() && what != null) {
					out.add(new RawFact(RelType.REFINES, who.get().entity(), what, null, name() + ".dominance", 0.7));
				}
			}
			return out;
		}
	}

	/** "The Pentagon's strategic reserves are only sufficient for 9 months", "Raytheon's stock of SmCo magnets". */
	static final class Stockpiles implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(stockpil(?:e|es|ed|ing)|strategic reserves?|"
				+ "stock(?:s)? of|inventor(?:y|ies) of|warehouse|stock is|stock was)\\b|(战略储备|收储)"),
				"stock", "strategic reserve", "inventor", "warehouse", "战略储备", "收储");

		@Override
		public String name() {
			return "stockpiles";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> holder = c.before(m.start(), Set.of(Label.COUNTRY, Label.ORGANIZATION, Label.COMPANY),
						clause, false);
				double confidence = 0.8;
				if (holder.isEmpty() && c.between(clause.start(), m.start()).matches("(?is)^\\s*(?:but\\s+)?(?:is|are|was|were)\\b.*")) {
					// "MP Materials … is extracting yttrium … but is currently stockpiling materials"
					holder = c.firstBefore(m.start(), Set.of(Label.COUNTRY, Label.ORGANIZATION, Label.COMPANY));
					confidence = 0.65;
				}
				if (holder.isEmpty()) {
					continue;
				}
				EntityRef element = c.commodity(new SentenceContext.Span(holder.get().end(), clause.end())).orElse(null);
				if (element == null) {
					element = c.discourse().mainElement();
					confidence = 0.6;
				}
				if (element == null) {
					continue;
				}
				Props p = new Props().quantity(c.amount(Amount.Kind.QUANTITY, m.end(), clause))
					.number("coverageMonths", c.amount(Amount.Kind.MONTHS_DURATION, m.end(), clause));
				out.add(new RawFact(RelType.STOCKPILES, holder.get().entity(), element, p.build(), name(), confidence));
			}
			return out;
		}
	}
}
