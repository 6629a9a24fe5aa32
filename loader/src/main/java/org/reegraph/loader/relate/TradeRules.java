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

/** Rules for trade flows: exports, imports, Chinese export phrasing, refining for others, supply. */
final class TradeRules {

	static final Set<Label> PARTIES = Set.of(Label.COUNTRY, Label.COMPANY, Label.ORGANIZATION);
	static final Set<Label> TRADERS = Set.of(Label.COUNTRY, Label.COMPANY);
	private static final Pattern CHANGE = Pattern.compile("(?i)(increas|rise|rose|grew|growth|surg|jump|soar|up\\b|"
			+ "declin|decreas|fell|fall|drop|down\\b|plung|暴增|增长|增加|下降|减少|下滑)");
	private static final Pattern HALTED = Pattern.compile("(?i)\\b(ban(?:s|ned)? on|halt(?:s|ed)?|suspend(?:s|ed)?|"
			+ "cut off|stopp(?:ed|ing)|terminat(?:ed|ion))\\b|(暂停|停止|禁止)");
	private static final Pattern DOWN = Pattern.compile("(?i)(declin|decreas|fell|fall|drop|down\\b|plung|下降|减少|下滑)");

	private TradeRules() {
	}

	static List<RelationRule> all() {
		return List.of(new ExportsTo(), new ImportsFrom(), new ChineseExports(), new RefinesFor(), new Supplies(),
				new AdjectiveImports());
	}

	/** Shared property reading for a trade fact inside a clause. */
	static Props tradeProperties(SentenceContext c, SentenceContext.Span clause, int cueAt) {
		Props p = new Props();
		p.commodity(c.commodity(clause));
		if (c.matches(HALTED, clause)) {
			p.put("status", "SUSPENDED");
		}
		p.quantity(c.amount(Amount.Kind.QUANTITY, cueAt, clause));
		p.number("valueUsd", c.amount(Amount.Kind.MONEY, cueAt, clause));
		p.put("period", c.period(clause));
		for (Amount pct : c.amounts(Amount.Kind.PERCENT, clause)) {
			String before = c.text().substring(Math.max(clause.start(), pct.start() - 30), pct.start());
			String after = c.text().substring(pct.end(), Math.min(clause.end(), pct.end() + 25));
			if (CHANGE.matcher(before + " " + after).find()) {
				p.put("changePct", SentenceContext.number(DOWN.matcher(before + after).find() ? pct.value().negate()
						: pct.value()));
			}
			else if (after.matches("(?s)^\\s*(of|的).*") || before.matches("(?s).*(share|accounting for|占)\\s*$")) {
				p.put("sharePct", SentenceContext.number(pct.value()));
			}
		}
		return p;
	}

	/** "China's rare earth exports to the U.S. rose to 353 tons in June"; "X exported … to Y". */
	static final class ExportsTo implements RelationRule {

		/**
		 * A ban just before an export noun: "banned rare earth exports to" is a sanction, not a flow (a halt or a
		 * suspension stays a flow, with its status: "halted rare earth exports to Japan"). Only words without a
		 * name between the ban and the noun: "Despite curbs China sold gallium to Japan" is a flow.
		 */
		private static final Pattern BANNED_BEFORE = Pattern.compile("(?i)\\b(?:ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|"
				+ "block(?:s|ed|ing)?|embargo(?:es|ed)?|curb(?:s|ed|ing)?|forb(?:id|ids|ade|idden))\\b"
				+ "(?:\\s+(?:on|of|all|the|its|their|further))*(?:\\s+[\\w-]+){0,3}\\s*$");
		private static final Pattern EXPORT_NOUN = Pattern.compile("(?i)exports|shipments?|sales");

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(export(?:s|ed|ing)?|shipments?|shipped|ships|"
				+ "sells?|selling|sold|sales|supplies|flow(?:s|ed|ing)?)\\b(?:(?!\\bfrom\\b)[^;])*?\\bto\\b"),
				"export", "shipment", "shipped", "ships", "sell", "sold", "sales", "supplies", "flow");
		private static final GuardedPattern FROM_TO = GuardedPattern.of(
				Pattern.compile("(?i)\\b(?:export(?:s|ed)?|shipments?|supplies)\\s+"
				+ "(?:of\\s+[^,;]{0,40}?\\s+)?from\\s+(?:the\\s+)?"),
				"export", "shipment", "supplies");

		@Override
		public String name() {
			return "exports.to";
		}

		/** The export noun at {@code at} is what a ban just before it bans, no party named between them. */
		private static boolean banned(SentenceContext c, SentenceContext.Span clause, int at, String cue) {
			if (!EXPORT_NOUN.matcher(cue).matches()) {
				return false;
			}
			int from = Math.max(clause.start(), at - 40);
			Matcher ban = BANNED_BEFORE.matcher(c.text().substring(from, at));
			if (!ban.find()) {
				return false;
			}
			int start = from + ban.start();
			return c.entities().stream().noneMatch(e -> e.start() >= start && e.end() <= at && !e.adjective()
					&& e.entity().label() != Label.ELEMENT);
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher ft = FROM_TO.matcher(c.text(), c.lowerText());
			while (ft.find()) {
				// "exports from India to Japan"
				SentenceContext.Span clause = c.clauseOf(ft.start());
				Optional<Mention> a = c.after(ft.end(), TRADERS, new SentenceContext.Span(ft.end(), Math.min(clause.end(),
						ft.end() + 25)), false);
				if (a.isEmpty()) {
					continue;
				}
				Matcher to = Pattern.compile("^\\s*to\\s+(?:the\\s+)?").matcher(c.text().substring(a.get().end()));
				if (!to.find()) {
					continue;
				}
				int at = a.get().end() + to.end();
				Optional<Mention> b = c.after(at, TRADERS, new SentenceContext.Span(at, Math.min(clause.end(), at + 25)), false)
					.filter(x -> x.start() == at);
				if (b.isPresent() && !a.get().entity().id().equals(b.get().entity().id())) {
					out.add(new RawFact(RelType.EXPORTS_TO, a.get().entity(), b.get().entity(),
							tradeProperties(c, clause, ft.start()).build(), name() + ".from-to", 0.85));
				}
			}
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				if (banned(c, clause, m.start(), m.group(1))) {
					continue; // "China banned rare earth exports to Japan": a ban (SANCTIONS), no flow
				}
				Optional<Mention> to = c.after(m.end(), PARTIES, new SentenceContext.Span(m.end(), Math.min(clause.end(),
						m.end() + 12)), false).filter(x -> c.between(m.end(), x.start()).matches("\\s*(?:the\\s+)?"));
				Optional<Mention> from = c.before(m.start(), PARTIES, clause, true).filter(x -> !c.isPrepositionalObject(x));
				double confidence = 0.85;
				if (from.isEmpty()) {
					from = c.firstBefore(m.start(), PARTIES);
					confidence = 0.7;
				}
				SentenceContext.Span sentence = new SentenceContext.Span(0, c.text().length());
				if (to.isEmpty() || from.isEmpty() || !c.commodity(sentence).isPresent() && !c.amount(Amount.Kind.QUANTITY,
						m.start(), clause).isPresent()) {
					continue;
				}
				for (Mention exporter : c.coordinated(from.get())) {
					EntityRef a = c.asTradeParty(exporter.entity());
					EntityRef b = c.asTradeParty(to.get().entity());
					if (!TRADERS.contains(a.label()) || !TRADERS.contains(b.label()) || a.id().equals(b.id())) {
						continue;
					}
					SentenceContext.Span span = new SentenceContext.Span(Math.min(from.get().start(), clause.start()),
							clause.end());
					Props props = tradeProperties(c, span, m.start());
					if (!props.build().containsKey("commodity")) {
						props.commodity(c.commodity(sentence));
					}
					out.add(new RawFact(RelType.EXPORTS_TO, a, b, props.build(), name(), confidence));
				}
			}
			return out;
		}
	}

	/** "The US imported 90% of its rare earths from China" is stored as China EXPORTS_TO the US. */
	static final class ImportsFrom implements RelationRule {

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(import(?:s|ed|ing)?|purchas(?:e|es|ed|ing)|"
				+ "bought|buy(?:s|ing)?|sourc(?:ed|es|ing)|coming|came|comes|obtain(?:s|ed)?|reliant on imports)\\b"
				+ "[^;]{0,90}?\\bfrom\\b"),
				"import", "purchas", "bought", "buy", "sourc", "coming", "came", "comes", "obtain");

		@Override
		public String name() {
			return "imports.from";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> exporter = c.after(m.end(), PARTIES, clause, false);
				Optional<Mention> importer = c.subjectBefore(m.start(), PARTIES);
				double confidence = 0.85;
				if (importer.isEmpty()) {
					importer = c.firstBefore(m.start(), PARTIES);
					confidence = 0.7;
				}
				SentenceContext.Span whole = new SentenceContext.Span(0, c.text().length());
				if (exporter.isEmpty() || importer.isEmpty() || c.commodity(whole).isEmpty()
						|| c.matches(Pattern.compile("(?i)\\b(stock|shares|equity|equipment|software)\\b"), clause)) {
					continue;
				}
				EntityRef a = c.asTradeParty(exporter.get().entity());
				EntityRef b = c.asTradeParty(importer.get().entity());
				if (!TRADERS.contains(a.label()) || !TRADERS.contains(b.label()) || a.id().equals(b.id())) {
					continue;
				}
				// Figures belong to the importing clause: "X is projected to produce 45,000 tons, but still imports
				// heavily from China" must not give the import X's own production.
				int from = Math.max(importer.get().start(), clause.start());
				SentenceContext.Span span = new SentenceContext.Span(from, clause.end());
				Props p = tradeProperties(c, span, m.start());
				if (!p.build().containsKey("commodity")) {
					p.commodity(c.commodity(whole));
				}
				// "imported 90% of its rare earths from China": the share is of the importer's supply
				c.amounts(Amount.Kind.PERCENT, new SentenceContext.Span(Math.max(importer.get().end(), clause.start()),
						Math.max(exporter.get().start(), Math.max(importer.get().end(), clause.start()))))
					.stream().findFirst().ifPresent(pct -> p.put("sharePct", SentenceContext.number(pct.value())));
				// one firm buying from another becomes SUPPLIES in RelationExtractor, as every firm-to-firm flow does
				out.add(new RawFact(RelType.EXPORTS_TO, a, b, p.build(), name(), confidence));
			}
			return out;
		}
	}

	/**
	 * "compared to $45 for Chinese imports", "a reliance on Chinese imports despite the U.S. …": the adjective's
	 * country exports to the other country of the sentence.
	 */
	static final class AdjectiveImports implements RelationRule {

		@Override
		public String name() {
			return "imports.adjective";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			SentenceContext.Span whole = new SentenceContext.Span(0, c.text().length());
			for (Mention m : c.mentions()) {
				if (!m.adjective() || m.entity().label() != Label.COUNTRY
						|| !c.text().substring(m.end()).matches("(?is)^\\s+imports\\b.*")) {
					continue;
				}
				Optional<Mention> importer = c.inside(whole, Set.of(Label.COUNTRY)).stream()
					.filter(x -> !x.adjective() || x.text().matches("U\\.S\\.|US"))
					.filter(x -> !x.entity().id().equals(m.entity().id())).findFirst();
				Optional<EntityRef> commodity = c.commodity(whole);
				if (importer.isEmpty() || commodity.isEmpty()) {
					continue;
				}
				Props p = new Props().commodity(commodity);
				c.amount(Amount.Kind.PRICE_PER_KG, m.start(), whole).or(() -> c.amounts(Amount.Kind.MONEY, whole).stream()
					.filter(a -> a.end() <= m.start() && m.start() - a.end() < 12).findFirst())
					.ifPresent(a -> p.put("usdPerKg", a.asNumber()));
				out.add(new RawFact(RelType.EXPORTS_TO, m.entity(), importer.get().entity(), p.build(), name(), 0.7));
			}
			return out;
		}
	}

	/**
	 * Chinese phrasing: "中国对美稀土出口…46吨、353吨、619吨" (with "从5月到7月" spreading the figures over the
	 * months) and "5577吨稀土磁铁涌向美国" (exporter from the discourse).
	 */
	static final class ChineseExports implements RelationRule {

		private static final GuardedPattern TOWARDS = GuardedPattern.of(
				Pattern.compile("对(.{1,3}?)(?:的)?(?:[\\p{IsHan}]{0,6})出口"),
				"出口");
		private static final GuardedPattern FLOW = GuardedPattern.of(Pattern.compile("(涌向|出口到|出口至|出口给|运往|运到|销往|流向|输往)"),
				"涌向", "出口到", "出口至", "出口给", "运往", "运到", "销往", "流向", "输往");
		private static final GuardedPattern BUYERS = GuardedPattern.of(Pattern.compile("(主要买家|买家|进口国|买方)(?:是|为|包括)?"),
				"买家", "进口国", "买方");
		private static final Pattern MONTH_RANGE = Pattern.compile("从?(\\d{1,2})月(?:到|至|-|—)(\\d{1,2})月");

		@Override
		public String name() {
			return "exports.zh";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher t = TOWARDS.matcher(c.text(), c.lowerText());
			while (t.find()) {
				Optional<Mention> to = c.after(t.start(), Set.of(Label.COUNTRY), new SentenceContext.Span(t.start(),
						t.start() + 4), true);
				Optional<Mention> from = c.before(t.start(), TRADERS, new SentenceContext.Span(0, t.start()), true);
				double confidence = 0.85;
				EntityRef exporter = from.map(Mention::entity).orElse(null);
				if (exporter == null) {
					exporter = discourseExporter(c, to.map(Mention::entity).orElse(null));
					confidence = 0.65;
				}
				if (to.isPresent() && exporter != null && !exporter.id().equals(to.get().entity().id())) {
					emit(c, out, exporter, to.get().entity(), t.start(), confidence);
				}
			}
			Matcher buyers = BUYERS.matcher(c.text(), c.lowerText());
			while (buyers.find()) {
				// "这批稀土的主要买家德国、美国和越南": the article's exporter sells to each buyer
				Optional<Mention> first = c.after(buyers.end(), Set.of(Label.COUNTRY), new SentenceContext.Span(buyers.end(),
						Math.min(c.text().length(), buyers.end() + 4)), false);
				if (first.isEmpty()) {
					continue;
				}
				List<Mention> list = c.coordinated(first.get());
				EntityRef exporter = c.before(buyers.start(), TRADERS, new SentenceContext.Span(0, buyers.start()), true)
					.map(Mention::entity).orElse(null);
				if (exporter == null) {
					exporter = c.discourse().articleCountries().stream()
						.filter(x -> list.stream().noneMatch(b -> b.entity().id().equals(x.id()))).findFirst().orElse(null);
				}
				if (exporter == null) {
					continue;
				}
				for (Mention b : list) {
					Props p = new Props();
					p.commodity(c.commodity(new SentenceContext.Span(0, c.text().length()))
						.or(() -> Optional.ofNullable(c.discourse().mainElement())));
					out.add(new RawFact(RelType.EXPORTS_TO, exporter, b.entity(), p.build(), name() + ".buyers", 0.65));
				}
			}
			Matcher f = FLOW.matcher(c.text(), c.lowerText());
			while (f.find()) {
				SentenceContext.Span clause = c.clauseOf(f.start());
				Optional<Mention> to = c.after(f.end(), TRADERS, new SentenceContext.Span(f.end(), Math.min(clause.end(),
						f.end() + 6)), true);
				if (to.isEmpty()) {
					continue;
				}
				Optional<Mention> from = c.before(f.start(), TRADERS, clause, true);
				double confidence = 0.8;
				EntityRef exporter = from.map(Mention::entity).orElse(null);
				if (exporter == null) {
					exporter = discourseExporter(c, to.get().entity());
					confidence = 0.65;
				}
				if (exporter != null && !exporter.id().equals(to.get().entity().id())) {
					emit(c, out, exporter, to.get().entity(), f.start(), confidence);
				}
			}
			return out;
		}

		private static EntityRef discourseExporter(SentenceContext c, EntityRef destination) {
			for (EntityRef country : c.discourse().articleCountries()) {
				if (destination == null || !country.id().equals(destination.id())) {
					return country;
				}
			}
			return null;
		}

		private void emit(SentenceContext c, List<RawFact> out, EntityRef from, EntityRef to, int at, double conf) {
			SentenceContext.Span whole = new SentenceContext.Span(0, c.text().length());
			List<Amount> tonnages = c.amounts(Amount.Kind.QUANTITY, whole);
			Matcher range = MONTH_RANGE.matcher(c.text());
			if (range.find() && tonnages.size() > 1) {
				int first = Integer.parseInt(range.group(1));
				int last = Integer.parseInt(range.group(2));
				if (last - first + 1 == tonnages.size()) {
					for (int i = 0; i < tonnages.size(); i++) {
						Props p = new Props();
						p.commodity(c.commodity(whole));
						p.quantity(Optional.of(tonnages.get(i)));
						p.put("period", org.reegraph.loader.quantity.QuantityParser.resolveMonth(first + i, c.yearNamed(),
								c.published()));
						out.add(new RawFact(RelType.EXPORTS_TO, from, to, p.build(), name() + ".monthly", conf));
					}
					return;
				}
			}
			Props p = tradeProperties(c, whole, at);
			if (!p.build().containsKey("period") && p.build().containsKey("quantity")) {
				p.put("period", c.discoursePeriod());
			}
			out.add(new RawFact(RelType.EXPORTS_TO, from, to, p.build(), name(), conf));
		}
	}

	/** "the mined ore is still being sent to China for refining": China REFINES_FOR the mine's country. */
	static final class RefinesFor implements RelationRule {

		private static final GuardedPattern SENT = GuardedPattern.of(
				Pattern.compile("(?i)\\b(?:sent|shipped|send|ship|sends|ships|exported|"
				+ "export(?:s|ing)?(?: of)?|flow(?:s|ing)?|transported)\\b[^;]{0,30}?\\bto\\b"),
				"sent", "send", "ship", "export", "flow", "transported");
		private static final Pattern PURPOSE = Pattern.compile("(?i)^[^;]{0,40}?\\bfor\\s+(?:further\\s+)?"
				+ "(refining|processing|separation|purification)");
		private static final GuardedPattern PROCESS_IN = GuardedPattern.of(
				Pattern.compile("(?i)\\b(process(?:es|ed|ing)?|refin(?:e|es|ed|ing)|separat(?:e|es|ed|ing))\\b"
				+ "(?!\\s+(?:plants?|facilit\\w+|capacit\\w+|capabilit\\w+|technolog\\w+))[^;]{0,40}?\\bin\\b"),
				"process", "refin", "separat");

		@Override
		public String name() {
			return "refines.for";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = SENT.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> refiner = c.after(m.end(), TRADERS, clause, false);
				if (refiner.isEmpty() || !PURPOSE.matcher(c.text().substring(refiner.get().end())).find()) {
					continue;
				}
				Optional<Mention> owner = c.before(m.start(), Set.of(Label.COUNTRY, Label.COMPANY, Label.MINE,
						Label.ORGANIZATION), new SentenceContext.Span(0, m.start()), true);
				if (owner.isEmpty()) {
					continue;
				}
				for (Mention o : c.coordinated(owner.get())) {
					EntityRef client = c.asTradeParty(o.entity());
					emit(c, out, refiner.get().entity(), client, clause);
					// ore sent abroad for refining is also an export of the ore
					if (TRADERS.contains(client.label()) && !client.id().equals(refiner.get().entity().id())) {
						Props props = new Props();
						props.commodity(c.commodity(new SentenceContext.Span(0, c.text().length())));
						out.add(new RawFact(RelType.EXPORTS_TO, client, refiner.get().entity(), props.build(),
								"exports.for-refining", 0.75));
					}
				}
			}
			Matcher p = PROCESS_IN.matcher(c.text(), c.lowerText());
			while (p.find()) {
				SentenceContext.Span clause = c.clauseOf(p.start());
				Optional<Mention> where = c.after(p.end(), Set.of(Label.COUNTRY), new SentenceContext.Span(p.end(),
						Math.min(clause.end(), p.end() + 16)), false);
				Optional<Mention> who = c.before(p.start(), TRADERS, clause, false);
				if (where.isPresent() && who.isPresent()) {
					emit(c, out, where.get().entity(), who.get().entity(), clause);
				}
			}
			return out;
		}

		private void emit(SentenceContext c, List<RawFact> out, EntityRef refiner, EntityRef client,
				SentenceContext.Span clause) {
			if (TRADERS.contains(client.label()) && TRADERS.contains(refiner.label()) && !refiner.id().equals(client.id())) {
				Props props = new Props();
				props.commodity(c.commodity(clause));
				out.add(new RawFact(RelType.REFINES_FOR, refiner, client, props.build(), name(), 0.8));
			}
		}
	}

	/** "X supplies Y to Z", "X is the main supplier of Y to Z", "Y supplied by X" (to whoever the clause names first). */
	static final class Supplies implements RelationRule {

		private static final Pattern PASSIVE_BY = Pattern.compile("\\s+by\\s+");
		private static final Pattern CLIENT_VERB = Pattern.compile("(?i)\\b(?:buy|bought|purchas|us(?:e|es|ed|ing)\\b|"
				+ "mak(?:e|es|ing)|made|process|receiv|source|import|order|tak(?:e|es|ing)|took|turn|convert)");

		private static final GuardedPattern CUE = GuardedPattern.of(
				Pattern.compile("(?i)\\b(supplies|supplied|supplying|supplier(?:s)? (?:of|to|for)|"
				+ "main supplier|sole supplier)\\b"),
				"suppl");

		@Override
		public String name() {
			return "supplies";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			Matcher m = CUE.matcher(c.text(), c.lowerText());
			while (m.find()) {
				SentenceContext.Span clause = c.clauseOf(m.start());
				Optional<Mention> from;
				Optional<Mention> to;
				Matcher by = PASSIVE_BY.matcher(c.text()).region(m.end(), clause.end());
				if (m.group(1).equalsIgnoreCase("supplied") && by.lookingAt()) {
					// "material supplied by MP Materials": the supplier follows "by", the client comes before
					from = c.after(by.end(), Set.of(Label.COUNTRY, Label.COMPANY, Label.MINE), new SentenceContext.Span(
							by.end(), Math.min(clause.end(), by.end() + 40)), false);
					// only a client that buys, uses or makes something of what was supplied: "Lynas warned that ore
					// supplied by Myanmar fell" names no client
					to = c.before(m.start(), Set.of(Label.COMPANY, Label.PROGRAM), clause, false)
						.filter(x -> !c.isPrepositionalObject(x) && CLIENT_VERB.matcher(c.between(x.end(), m.start())).find());
				}
				else {
					from = c.before(m.start(), Set.of(Label.COUNTRY, Label.COMPANY, Label.MINE), clause, false);
					to = c.after(m.end(), Set.of(Label.COMPANY, Label.PROGRAM), new SentenceContext.Span(m.end(),
							Math.min(clause.end(), m.end() + 50)), false);
				}
				if (from.isPresent() && to.isPresent() && !from.get().entity().id().equals(to.get().entity().id())
						&& !c.isPrepositionalObject(from.get())) {
					Props p = new Props();
					p.commodity(c.commodity(clause));
					out.add(new RawFact(RelType.SUPPLIES, from.get().entity(), to.get().entity(), p.build(), name(), 0.75));
				}
			}
			return out;
		}
	}
}
