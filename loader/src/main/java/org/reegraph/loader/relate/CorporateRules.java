package org.reegraph.loader.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.loader.quantity.Amount;
import org.reegraph.loader.recognize.Gazetteer;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.loader.text.GuardedPattern;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/** Rules for investments, takeovers, operators, locations and who develops a programme. */
final class CorporateRules {

	private CorporateRules() {
	}

	static List<RelationRule> all() {
		return List.of(new InvestsIn(), new FundingRound(), new Acquires(), new Operates(), new LocatedIn(), new Develops());
	}

	/**
	 * "Tamar Metals raised $162 million in a Series C round led by Karawara Capital, with participation from Sojitz":
	 * whoever leads or joins a round invests in the firm that raises it (the clause's subject).
	 */
	static final class FundingRound implements RelationRule {

		private static final Set<Label> INVESTORS = Set.of(Label.COMPANY, Label.ORGANIZATION, Label.COUNTRY);
		private static final GuardedPattern CUE = GuardedPattern.of(Pattern.compile("(?i)\\b(?:round|financing|raise|"
				+ "offering|placement|investment)\\b[^.;]{0,60}?\\b(?:(?:co-)?led|anchored)\\s+by\\s+(?:the\\s+)?"
				+ "|\\bwith\\s+participation\\s+(?:from|by)\\s+(?:the\\s+)?"), "led", "anchored", "participation");

		@Override
		public String name() {
			return "invests.round";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> raiser = c.entities().stream().filter(x -> x.entity().label() == Label.COMPANY
						&& x.end() <= m.start() && x.start() >= clause.start() && !c.isPrepositionalObject(x)
						&& !x.adjective()).findFirst();
				Optional<Mention> first = c.after(m.end(), INVESTORS, new SentenceContext.Span(m.end(), clause.end()), false)
					.filter(x -> x.start() == m.end());
				if (raiser.isEmpty() || first.isEmpty()) {
					continue;
				}
				Optional<Amount> raised = c.amount(Amount.Kind.MONEY, raiser.get().end(), new SentenceContext.Span(
						raiser.get().end(), m.start()));
				List<Mention> investors = c.coordinated(first.get());
				for (Mention investor : investors) {
					if (!investor.entity().id().equals(raiser.get().entity().id())) {
						// the round's total is not what each investor put in: only a sole lead gets the amount
						Props p = new Props().put("instrument", "equity");
						if (investors.size() == 1 && m.group().toLowerCase(java.util.Locale.ROOT).contains("led")) {
							raised.ifPresent(a -> p.put("amountUsd", a.asNumber()));
						}
						out.add(new RawFact(RelType.INVESTS_IN, investor.entity(), raiser.get().entity(), p.build(), name(),
								0.75));
					}
				}
			}
			return out;
		}
	}

	/** "The DoD invested $400 million to acquire preferred shares in MP Materials"; "$4 billion acquisition of …". */
	static final class InvestsIn implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(invest(?:s|ed|ing|ment|ments)?|stakes?|"
				+ "(?:preferred |convertible preferred )(?:shares|stock)|shares|acquisition of|equity|subsid(?:y|ies|ize[sd]?)|"
				+ "fund(?:s|ed|ing)?|grants?|loans?|financ(?:e|ed|ing))\\b|(投资|入股|注资|补贴)"),
				"invest", "stake", "preferred", "shares", "acquisition of", "equity", "subsid", "fund", "grant",
				"loan", "financ", "投资", "入股", "注资", "补贴");
		/** "did not invest", "has never funded", "no investment", "没有投资": up to one word between. */
		private static final Pattern NEGATED = Pattern.compile("(?i)(?:(?:\\b(?:not|never|no|without)|n['’]t)\\s+(?:\\w+\\s+)?|没有|未|不)$");
		/**
		 * A verb of receiving between the subject and the cue: "Serra Verde secures up to $465 million DFC financing",
		 * "Vulcan won a $620 million loan": the subject is the one financed, not the investor.
		 */
		private static final Pattern RECEIVED = Pattern.compile("(?i)\\b(?:secur|receiv|won\\b|wins?\\b|obtain|land|"
				+ "rais|got\\b|gets?\\b|attract|accept|clos)\\w*\\b[^,;]{0,50}$");
		private static final Pattern INSTRUMENT = Pattern.compile("(?i)(convertible preferred stock|preferred shares|"
				+ "preferred stock|equity stake|stake|shares|loan|grant|subsidy|equity)");

		@Override
		public String name() {
			return "invests.in";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			Set<String> seen = new java.util.HashSet<>();
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				if (NEGATED.matcher(c.text().substring(Math.max(clause.start(), m.start() - 24), m.start())).find()) {
					continue;
				}
				Optional<Mention> investor = c.subjectBefore(m.start(), Set.of(Label.COUNTRY, Label.ORGANIZATION, Label.COMPANY));
				Optional<Mention> target = c.after(m.end(), Set.of(Label.COMPANY, Label.MINE, Label.PROGRAM),
						new SentenceContext.Span(m.end(), Math.min(clause.end(), m.end() + 90)), false);
				Matcher received = RECEIVED.matcher(c.text()).region(clause.start(), m.start());
				Optional<Mention> recipient = received.find() ? c.subjectBefore(received.start(), Set.of(Label.COMPANY,
						Label.MINE, Label.PROGRAM, Label.ORGANIZATION)) : Optional.empty();
				if (recipient.isPresent()) {
					// the subject received the money: its source is a name written right before the cue ("DFC
					// financing") or left to the rule files ("… financing from the DFC": invests.receive)
					Optional<Mention> source = investor.filter(i -> c.between(i.end(), m.start()).isBlank()
							&& !i.entity().id().equals(recipient.get().entity().id()));
					if (source.isEmpty()) {
						continue;
					}
					investor = source;
					target = recipient;
				}
				if (investor.isEmpty() || target.isEmpty() || investor.get().entity().id().equals(target.get().entity().id())) {
					continue;
				}
				if (!seen.add(investor.get().entity().id() + ">" + target.get().entity().id())) {
					continue;
				}
				SentenceContext.Span span = new SentenceContext.Span(Math.min(investor.get().start(), target.get().start()),
						Math.max(investor.get().end(), target.get().end()));
				Props p = new Props().number("amountUsd", c.amount(Amount.Kind.MONEY, m.start(), span));
				Matcher instrument = INSTRUMENT.matcher(c.text()).region(span.start(), span.end());
				if (instrument.find()) {
					p.put("instrument", instrument.group(1).toLowerCase(java.util.Locale.ROOT));
				}
				c.amounts(Amount.Kind.PERCENT, span).stream()
					.filter(a -> c.text().substring(a.end(), Math.min(c.text().length(), a.end() + 12)).contains("stake"))
					.findFirst().ifPresent(a -> p.put("stakePct", SentenceContext.number(a.value())));
				out.add(new RawFact(RelType.INVESTS_IN, investor.get().entity(), target.get().entity(), p.build(), name(),
						p.build().containsKey("amountUsd") ? 0.85 : 0.7));
			}
			return out;
		}
	}

	/** "USA Rare Earth acquiring UK-based LCM". */
	static final class Acquires implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(acquir(?:e|es|ed|ing)|acquisition of|takeover of|"
				+ "took over|takes over|bought|buys|merg(?:e|es|ed|ing) with)\\b|(收购|并购)"),
				"acquir", "acquisition of", "takeover of", "took over", "takes over", "bought", "buys", "merg", "收购",
				"并购");

		private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\b");

		@Override
		public String name() {
			return "acquires";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> buyer = c.before(m.start(), Set.of(Label.COMPANY), clause, false);
				Optional<Mention> target = c.after(m.end(), Set.of(Label.COMPANY), clause, false);
				if (buyer.isEmpty() || target.isEmpty() || buyer.get().entity().id().equals(target.get().entity().id())) {
					continue;
				}
				if (FROM.matcher(c.between(m.end(), target.get().start())).find()) {
					continue; // "ore acquired from Vital Metals", "bought magnets from TDK": goods bought, not a company
				}
				SentenceContext.Span span = new SentenceContext.Span(buyer.get().start(), target.get().end());
				Props p = new Props().number("amountUsd", c.amount(Amount.Kind.MONEY, m.start(), clause));
				c.amounts(Amount.Kind.PERCENT, span).stream().findFirst()
					.ifPresent(a -> p.put("stakePct", SentenceContext.number(a.value())));
				out.add(new RawFact(RelType.ACQUIRES, buyer.get().entity(), target.get().entity(), p.build(), name(), 0.85));
			}
			return out;
		}
	}

	/** "MP Materials … is extracting yttrium at its Mountain Pass project"; "Mount Weld, operated by Lynas". */
	static final class Operates implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(operat(?:es|ed|ing|or of)|runs|owns|at its|its|"
				+ "owner of|is building|builds|is developing|develops|constructs|is constructing)\\b"),
				"operat", "runs", "owns", "its", "owner of", "building", "builds", "developing", "develops",
				"constructs", "constructing");
		private static final GuardedPattern BY = GuardedPattern.of(
				Pattern.compile("(?i)\\b(operated|owned|run)\\s+by\\b"),
				"operated", "owned", "run");

		@Override
		public String name() {
			return "operates";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> company = c.before(m.start(), Set.of(Label.COMPANY), clause, false);
				Optional<Mention> mine = c.after(m.end(), Set.of(Label.MINE), new SentenceContext.Span(m.end(),
						Math.min(clause.end(), m.end() + 40)), false);
				if (company.isPresent() && mine.isPresent() && out.stream().noneMatch(f -> f.to().id()
					.equals(mine.get().entity().id()))) {
					out.add(new RawFact(RelType.OPERATES, company.get().entity(), mine.get().entity(), null, name(), 0.8));
				}
			}
			m = BY.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> mine = c.before(m.start(), Set.of(Label.MINE), clause, false);
				Optional<Mention> company = c.after(m.end(), Set.of(Label.COMPANY), clause, false);
				if (company.isPresent() && mine.isPresent()) {
					out.add(new RawFact(RelType.OPERATES, company.get().entity(), mine.get().entity(), null, name(), 0.85));
				}
			}
			return out;
		}
	}

	/** "UK-based LCM", "Australia's Lynas Corporation", "Lynas Rare Earths Ltd. in Australia". */
	static final class LocatedIn implements RelationRule {

		private static final Set<Label> LOCATABLE = Set.of(Label.COMPANY, Label.MINE, Label.ORGANIZATION);
		private static final Pattern PREFIX_GAP = Pattern.compile("(?i)(-based |['’]s |-headquartered )");
		private static final Pattern SUFFIX_GAP = Pattern.compile("(?i),? (?:is )?(?:based in|located in|headquartered in|"
				+ "in) (?:the )?|, the (?:largest |biggest |leading |only |main )?[a-z -]{0,40} in (?:the )?"
				+ "|,\\s*(?:the\\s+)?[Gg]overnment of\\s+(?:the\\s+)?");
		/** A press release's seat in brackets: "Aclara Resources Inc. (Vancouver, B.C., Canada)". */
		private static final Pattern SEAT_OPEN = Pattern.compile("\\.?\\s*(?:(?:Inc|Corp|Ltd|Limited|LLC|plc|NL)\\.?,?\\s*)?"
				+ "\\((?:[^():;\\d]{1,50},\\s*)?");
		private static final Pattern SEAT_CLOSE = Pattern.compile("^\\s*\\)");
		/** ", a UK-based …", ", a leading US-based …": one word at most between the article and the seat. */
		private static final Pattern APPOSED_SEAT = Pattern.compile("(?i),\\s+(?:a|an|the)\\s+(?:[a-z]+\\s+)?");
		/**
		 * A demonym, a description of the trade and the firm's name: "Brazilian rare earths producer Serra Verde",
		 * "Australian miner Lynas", "Japanese trading house Sojitz". The description is lower-case words ending in
		 * a word for a firm.
		 */
		private static final Pattern DESCRIBED = Pattern.compile("\\s+(?:[a-zA-Z][a-z-]*\\s+){0,3}(?:producer|miner|maker|"
				+ "manufacturer|company|firm|group|refiner|processor|developer|house|giant|supplier|explorer|start-?up|"
				+ "automaker|carmaker|conglomerate|operator|smelter|recycler|conglomerate|major|trader)\\s+");
		/** What may follow a place that ends an apposition: a comma, a full stop, a bracket, the end. */
		private static final Pattern PLACE_END = Pattern.compile("\\s*(?:[,.;)]|$)");
		/** "Mountain Pass, California", "Cyclic Materials, Kingston, Ontario": a place after a comma, a town between. */
		private static final Pattern PLACE_GAP = Pattern.compile("(?:\\s*(?:Inc|Corp|Ltd|Limited|LLC|plc|NL)\\.?)?"
				+ "(?:,\\s+|\\s+(?:of|in)\\s+(?=\\p{Lu}[\\p{L}.’'-]+(?:\\s+\\p{Lu}[\\p{L}.’'-]+)?,))"
				+ "(?:\\p{Lu}[\\p{L}.’'-]+(?:\\s+\\p{Lu}[\\p{L}.’'-]+)?,\\s+)?");

		@Override
		public String name() {
			return "located.in";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			// names and countries as before places were known: "Shenghe Resources (Shanghai, China)" pairs the firm
			// with China whatever the city is
			List<Mention> ms = c.entities();
			for (int i = 0; i + 1 < ms.size(); i++) {
				Mention a = ms.get(i);
				Mention b = ms.get(i + 1);
				String gap = c.between(a.end(), b.start());
				if (a.entity().label() == Label.COUNTRY && LOCATABLE.contains(b.entity().label())
						&& PREFIX_GAP.matcher(gap).matches()) {
					out.add(new RawFact(RelType.LOCATED_IN, b.entity(), a.entity(), null, name() + ".prefix", 0.85));
				}
				else if (a.entity().label() == Label.COUNTRY && a.adjective()) {
					// the firm may come after a material the description names: "Brazilian rare earths producer X"
					int k = i + 1;
					while (k < ms.size() && ms.get(k).entity().label() == Label.ELEMENT) {
						k++;
					}
					if (k < ms.size() && ms.get(k).entity().label() == Label.COMPANY
							&& DESCRIBED.matcher(c.between(a.end(), ms.get(k).start())).matches()) {
						out.add(new RawFact(RelType.LOCATED_IN, ms.get(k).entity(), a.entity(), null, name() + ".described",
								0.8));
					}
				}
				if (LOCATABLE.contains(a.entity().label()) && b.entity().label() == Label.COUNTRY && c.isSeat(b)
						&& APPOSED_SEAT.matcher(gap).matches()) {
					// "Less Common Metals, a UK-based producer of …"
					out.add(new RawFact(RelType.LOCATED_IN, a.entity(), b.entity(), null, name() + ".apposition", 0.8));
				}
				else if (LOCATABLE.contains(a.entity().label()) && b.entity().label() == Label.COUNTRY
						&& SUFFIX_GAP.matcher(gap).matches()) {
					out.add(new RawFact(RelType.LOCATED_IN, a.entity(), b.entity(), null, name() + ".suffix", 0.8));
				}
				else if (a.entity().label() != Label.MINE && LOCATABLE.contains(a.entity().label())
						&& b.entity().label() == Label.COUNTRY && SEAT_OPEN.matcher(gap).matches()
						&& SEAT_CLOSE.matcher(c.text().substring(b.end())).find()) {
					out.add(new RawFact(RelType.LOCATED_IN, a.entity(), b.entity(), null, name() + ".seat", 0.8));
				}
			}
			// places: "the White Mesa Mill in Utah", "Mountain Pass, California", "Texas-based Noveon"
			List<Mention> all = c.withPlaces();
			for (int i = 0; i + 1 < all.size(); i++) {
				Mention a = all.get(i);
				Mention b = all.get(i + 1);
				String gap = c.between(a.end(), b.start());
				if (SentenceContext.isPlace(a) && LOCATABLE.contains(b.entity().label()) && PREFIX_GAP.matcher(gap).matches()) {
					out.add(new RawFact(RelType.LOCATED_IN, b.entity(), a.entity(), null, name() + ".prefix", 0.85));
					continue;
				}
				if (!LOCATABLE.contains(a.entity().label()) || !SentenceContext.isPlace(b)) {
					continue;
				}
				// "Ontario, California": of two places in a row the last says where
				int k = i + 1;
				while (k + 1 < all.size() && SentenceContext.isPlace(all.get(k + 1))
						&& c.between(all.get(k).end(), all.get(k + 1).start()).matches(",\\s+")) {
					k++;
				}
				Mention place = all.get(k);
				// a place ends its phrase: "Lynas, Ontario's Ucore …" and "Lynas, Quebec and Ottawa" list, not place
				boolean ends = PLACE_END.matcher(c.text()).region(place.end(), c.text().length()).lookingAt();
				if (SUFFIX_GAP.matcher(gap).matches() || PLACE_GAP.matcher(gap).matches() && ends) {
					out.add(new RawFact(RelType.LOCATED_IN, a.entity(), place.entity(), null, name() + ".place", 0.8));
				}
			}
			return out;
		}
	}

	/** "Raytheon Tomahawk missile", "Lockheed Martin builds the F-35", "Apple's iPhone". */
	static final class Develops implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(develop(?:s|ed|ing)?|build(?:s|ing)?|built|"
				+ "manufactur(?:e|es|ed|ing)|makes?|made|maker of|produc(?:es|ed) the)\\b"),
				"develop", "build", "built", "manufactur", "make", "made", "produc");

		@Override
		public String name() {
			return "develops";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			List<Mention> ms = c.entities();
			for (int i = 0; i + 1 < ms.size(); i++) {
				Mention a = ms.get(i);
				Mention b = ms.get(i + 1);
				String gap = c.between(a.end(), b.start());
				if (a.entity().label() == Label.COMPANY && b.entity().label() == Label.PROGRAM
						&& gap.matches("(?i)(\\s|['’]s\\s|['’]s new\\s)")) {
					out.add(new RawFact(RelType.DEVELOPS, a.entity(), b.entity(), null, name() + ".adjacent", 0.8));
				}
			}
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> maker = c.before(m.start(), Set.of(Label.COMPANY, Label.ORGANIZATION, Label.COUNTRY),
						clause, false);
				Optional<Mention> program = c.after(m.end(), Set.of(Label.PROGRAM), new SentenceContext.Span(m.end(),
						Math.min(clause.end(), m.end() + 30)), false);
				if (maker.isPresent() && program.isPresent() && out.stream()
					.noneMatch(f -> f.to().id().equals(program.get().entity().id()))) {
					out.add(new RawFact(RelType.DEVELOPS, maker.get().entity(), program.get().entity(), null, name(), 0.8));
				}
			}
			return out;
		}
	}
}
