package org.reegraph.loader.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.loader.quantity.Amount;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Gazetteer;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.model.EntityId;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/** Rules for sanctions and tariffs, policies (issuer, target, coverage) and agreements (parties, coverage). */
final class PolicyRules {

	private static final Set<Label> ISSUERS = Set.of(Label.COUNTRY, Label.ORGANIZATION);
	private static final Pattern ISSUED_BY_AFTER = Pattern.compile("(?i)[^.;]{0,30}?\\b(?:announced|issued|imposed|"
			+ "introduced|adopted|published|released|enacted|unveiled|approved|set|drawn up|decided)\\s+by\\s+(?:the\\s+)?");
	/** Unnamed measures that become a Policy named after their issuer: "China export ban on gallium". */
	private static final Set<String> MEASURES_NAMED_BY_ISSUER = Set.of("EXPORT_CONTROL", "EXPORT_BAN", "PRICE_FLOOR",
			"QUOTA", "LIST");
	/** A verb by which a body issues a measure (not one that comments on it: "the USGS warned that a ban …"). */
	private static final Pattern ISSUES = Pattern.compile("(?i)\\b(?:issu|impos|introduc|announc|adopt|implement|enact|"
			+ "publish|releas|approv|launch|add|updat|set|tighten|expand|extend|allocat)\\w*\\b"
			+ "|发布|宣布|决定|实施|出台|公布|印发|下达");
	/**
	 * What introduces the members of a group a measure covers: "seven heavy rare earths, including samarium, …",
	 * "critical minerals such as gallium", "two metals: gallium and germanium".
	 */
	private static final Pattern EXEMPLIFIED = Pattern.compile("(?i)\\s*(?:,?\\s*(?:including|such as|namely|notably|"
			+ "specifically|comprising|i\\.e\\.,?)|，?(?:包括|如|即))\\s*(?:the\\s+)?");
	/** Punctuation that lists a group's members, after a group only: "seven heavy rare earths: samarium, …". */
	private static final Pattern LISTED = Pattern.compile("\\s*(?::|\\(|[–—])\\s*");
	/** Chinese "对 … 实施出口管制": what stands between 对 and the measure is what it is on. */
	private static final Pattern ZH_ON = Pattern.compile("对");
	/** A measure's complement: "controls on gallium", "a ban on exports of three minerals". */
	private static final Pattern COMPLEMENT = Pattern.compile("(?i)\\s*(?:on|of|over|for)\\b");
	private static final Pattern COMPLEMENT_WORDS = Pattern.compile("(?i)[\\s,–—-]*(?:(?:of|on|over|the|and|or|"
			+ "exports?|shipments?|sales?|all|some|certain|three|two|four|five|six|several|key|critical|strategic|rare|"
			+ "earths?|minerals?|metals?|materials?|elements?|products?|items?|technolog(?:y|ies)|ELEM|\\d+)[\\s,–—-]*)*");
	private static final Pattern NEW_CLAUSE = Pattern.compile("(?i)\\b(?:and|or|but)\\s+(?!ELEM\\b)\\S");
	/** A verb that puts things on a list, and the preposition before the list: "added X and Y to its …". */
	private static final Pattern ADDED_TO = Pattern.compile("(?i)\\b(add(?:s|ed|ing)?|includ(?:es|ed|ing)|put(?:s|ting)?|"
			+ "plac(?:es|ed|ing))\\b.*?\\b(to|on)\\s+(?:its|the|their|a|an|this|that)?\\s*(?:[a-z0-9-]+\\s+){0,2}$");
	/** Words that deny or undo a list's coverage in the clause. */
	private static final Pattern LIST_DENIED = Pattern.compile("(?i)(?:\\b(?:not|never|no longer)\\b|n['’]t\\b|"
			+ "\\b(?:declin|refus|remov|drop|delet|exclud|omit|strip)\\w*)");
	/** A list said to hold what follows: "… list includes 34 minerals such as lithium". */
	private static final Pattern LIST_INCLUDES = Pattern.compile("(?i)\\s*(?:now\\s+|also\\s+)?(?:includ|cover|compris|"
			+ "contain|list|nam|span)\\w*\\b");
	/** Where an export measure points: "a ban on exports of gallium … to the United States". */
	private static final Pattern DESTINATION = Pattern.compile("(?i)\\bto\\s+(?:the\\s+)?");

	private static final Pattern THREATENED = Pattern.compile("(?i)(threat|warn|could|would|may |might|威胁|扬言)");
	private static final Pattern PROPOSED = Pattern.compile("(?i)(prepar|plan|consider|propos|seek|push|advance|"
			+ "reactivat|announc(?:ed|es) plans|准备|拟|计划|酝酿)");
	private static final Pattern SUSPENDED = Pattern.compile("(?i)(suspend|pause|delay|freez|postpone|暂停|推迟|暂缓)");
	private static final Pattern LIFTED = Pattern.compile("(?i)(lift|remov|revok|scrap|end(?:ed|s) the|取消|解除)");
	private static final Pattern IN_FORCE = Pattern.compile("(?i)(impos|introduc|implement|enact|levied|slap|"
			+ "tighten|expand|took effect|in force|stringent|recent|current|实施|加征|出台|收紧)");

	private static final Pattern HYPHEN_GAP = Pattern.compile("\\s*[-–]\\s*");
	private static final Pattern ISSUER_GAP = Pattern.compile("(?i)(['’]s\\s+|\\s+)(?:[a-z-]+\\s+){0,2}");
	private static final Pattern TARGET = Pattern.compile("(?i)\\b(on|against|targeting|aimed at|for)\\s+"
			+ "(?:imports from\\s+)?(?:the\\s+)?");

	private PolicyRules() {
	}

	static List<RelationRule> all() {
		return List.of(new Sanctions(), new Policies(), new Agreements());
	}

	static String status(SentenceContext c, SentenceContext.Span clause) {
		String s = c.text().substring(clause.start(), clause.end());
		if (SUSPENDED.matcher(s).find()) {
			return "SUSPENDED";
		}
		if (LIFTED.matcher(s).find()) {
			return "LIFTED";
		}
		if (THREATENED.matcher(s).find()) {
			return "THREATENED";
		}
		if (PROPOSED.matcher(s).find()) {
			return "PROPOSED";
		}
		if (IN_FORCE.matcher(s).find()) {
			return "IN_FORCE";
		}
		return null;
	}

	/** The rate written next to a tariff cue: "a 500% tariff", "24% tariffs", "tariffs of 34%". */
	static Optional<Amount> rateNear(SentenceContext c, Mention cue) {
		return c.amounts(Amount.Kind.PERCENT, new SentenceContext.Span(Math.max(0, cue.start() - 22),
				Math.min(c.text().length(), cue.end() + 14))).stream()
			.min(Comparator.comparingInt(a -> Math.abs(a.start() - cue.start())));
	}

	/**
	 * Who issues a policy: the country or organization just before it ("China's export controls", "U.S. tariffs"),
	 * skipping objects of prepositions ("investigations against China and threats of tariffs"); in "US-China
	 * tariff war" the first of the pair.
	 */
	static Optional<Mention> issuerOf(SentenceContext c, Mention cue) {
		SentenceContext.Span clause = c.clauseOf(cue.start());
		// "the new export controls, announced by the Ministry of Commerce", "measures issued by MOFCOM": a passive
		// issuer right after the measure is its issuer, whatever stands before
		Matcher by = ISSUED_BY_AFTER.matcher(c.text()).region(cue.end(), clause.end());
		if (by.lookingAt()) {
			Optional<Mention> after = c.after(by.end(), ISSUERS, new SentenceContext.Span(by.end(), clause.end()), true)
				.filter(m -> m.start() == by.end());
			if (after.isPresent()) {
				return after;
			}
		}
		List<Mention> before = c.inside(new SentenceContext.Span(clause.start(), cue.start()), ISSUERS);
		if (before.size() >= 2 && HYPHEN_GAP.matcher(c.between(before.get(before.size() - 2).end(),
				before.get(before.size() - 1).start())).matches()) {
			return Optional.of(before.get(before.size() - 2)); // "the US-China tariff war"
		}
		if (!before.isEmpty()) {
			Mention last = before.get(before.size() - 1);
			String gap = c.between(last.end(), cue.start());
			if (ISSUER_GAP.matcher(gap).matches()) {
				return Optional.of(last); // "China's stringent export regulations", "U.S. tariffs"
			}
		}
		for (int i = before.size() - 1; i >= 0; i--) {
			Mention m = before.get(i);
			if (i > 0 && HYPHEN_GAP.matcher(c.between(before.get(i - 1).end(), m.start())).matches()) {
				return Optional.of(before.get(i - 1));
			}
			if (!c.isPrepositionalObject(m)) {
				return Optional.of(m);
			}
		}
		return Optional.empty();
	}

	/** Whom a measure targets: "on/against/targeting X" after the cue; Chinese "对X". */
	static Optional<Mention> targetOf(SentenceContext c, Mention cue, EntityRef issuer) {
		SentenceContext.Span clause = c.clauseOf(cue.start());
		Matcher on = TARGET.matcher(c.text()).region(cue.end(), Math.min(clause.end(), cue.end() + 40));
		if (on.find()) {
			Optional<Mention> t = c.after(on.end(), Set.of(Label.COUNTRY, Label.COMPANY),
					new SentenceContext.Span(on.end(), Math.min(clause.end(), on.end() + 25)), true);
			if (t.isPresent() && !t.get().entity().id().equals(issuer.id())) {
				return t;
			}
		}
		String kind = cue.entity().properties().getOrDefault("kind", "").toString();
		if (kind.equals("EXPORT_BAN") || kind.equals("EXPORT_CONTROL")) {
			// the destination of the exports the measure stops: "… on exports of gallium … to the United States"
			Matcher to = DESTINATION.matcher(c.text()).region(cue.end(), Math.min(clause.end(), cue.end() + 100));
			while (to.find()) {
				Optional<Mention> t = c.after(to.end(), Set.of(Label.COUNTRY), new SentenceContext.Span(to.end(),
						clause.end()), false);
				if (t.isPresent() && c.between(to.end(), t.get().start()).isBlank()
						&& !t.get().entity().id().equals(issuer.id()) && onlyTheComplement(c, cue.end(), to.start())) {
					return t;
				}
			}
		}
		return c.inside(new SentenceContext.Span(Math.max(clause.start(), cue.start() - 12), cue.start()),
				Set.of(Label.COUNTRY)).stream()
			.filter(m -> m.rule().equals("zh.compound") && !m.entity().id().equals(issuer.id()))
			.findFirst();
	}

	/**
	 * {@return whether the text between a measure and a later "to" holds only what the measure is on}: "a ban on
	 * exports of three minerals – gallium, germanium and antimony – to …", not "controls on gallium have cut
	 * shipments to Europe" (there "to" belongs to another verb).
	 */
	private static boolean onlyTheComplement(SentenceContext c, int from, int to) {
		StringBuilder rest = new StringBuilder(c.between(from, to));
		List<Mention> elements = c.inside(new SentenceContext.Span(from, to), Set.of(Label.ELEMENT));
		for (int i = elements.size() - 1; i >= 0; i--) {
			rest.replace(elements.get(i).start() - from, elements.get(i).end() - from, " ELEM ");
		}
		// ", and exports to the United States collapsed": a conjunction before anything but a listed element
		// opens another clause
		return COMPLEMENT_WORDS.matcher(rest).matches() && !NEW_CLAUSE.matcher(rest).find();
	}

	/** "the U.S. to threaten a 500% tariff increase" on China; "美国又准备对华加税". */
	static final class Sanctions implements RelationRule {

		@Override
		public String name() {
			return "sanctions";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			for (Mention cue : c.mentions()) {
				String kind = cue.entity().properties().getOrDefault("kind", "").toString();
				if (cue.entity().label() != Label.POLICY || !(kind.equals("TARIFF") || kind.equals("SANCTION"))) {
					continue;
				}
				Optional<Mention> issuer = issuerOf(c, cue);
				if (issuer.isEmpty()) {
					continue;
				}
				EntityRef from = issuer.get().entity();
				Optional<Mention> target = targetOf(c, cue, from);
				double confidence = 0.8;
				if (target.isEmpty()) {
					target = c.inside(new SentenceContext.Span(0, c.text().length()), Set.of(Label.COUNTRY)).stream()
						.filter(m -> !m.entity().id().equals(from.id()) && !m.entity().id().equals(
								c.asTradeParty(from).id()))
						.findFirst();
					confidence = 0.65;
				}
				if (target.isEmpty() && Gazetteer.isCjk(cue.text())) {
					// "接着制裁企业": the article's other country is the target
					target = c.discourse().articleCountries().stream().filter(x -> !x.id().equals(from.id())).findFirst()
						.map(x -> new Mention(cue.start(), cue.end(), cue.text(), x, false, "discourse"));
					confidence = 0.55;
				}
				if (target.isEmpty()) {
					continue;
				}
				SentenceContext.Span window = new SentenceContext.Span(issuer.get().start(), Math.min(c.text().length(),
						cue.end() + 15));
				Props p = new Props().put("kind", kind).number("ratePct", rateNear(c, cue)).put("status", status(c, window));
				out.add(new RawFact(RelType.SANCTIONS, from, target.get().entity(), p.build(), name(), confidence));
			}
			return out;
		}
	}

	/** Issuer, target and coverage of every policy, named ("Critical Minerals Act") or generic ("export controls"). */
	static final class Policies implements RelationRule {

		@Override
		public String name() {
			return "policy";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			for (Mention cue : c.mentions()) {
				if (cue.entity().label() != Label.POLICY) {
					continue;
				}
				Optional<Mention> issuerMention = issuerOf(c, cue);
				// a generic measure is named after the issuing country: MOFCOM's export controls are China's
				Optional<EntityRef> issuer = issuerMention.map(i -> cue.rule().startsWith("cue.") ? c.asTradeParty(i.entity())
						: i.entity());
				SentenceContext.Span clause = c.clauseOf(cue.start());
				EntityRef policy = cue.entity();
				String kind = cue.entity().properties().getOrDefault("kind", "LAW").toString();
				boolean list = kind.equals("LIST") && cue.rule().startsWith("cue.");
				boolean anyList = kind.equals("LIST");
				// "Copper was not added to / was removed from the list": a list covers nothing a sentence denies it
				boolean denied = anyList && LIST_DENIED.matcher(c.between(clause.start(), clause.end())).find();
				// "added copper and silver to its critical minerals list": what the verb put on the list
				Matcher added = anyList ? ADDED_TO.matcher(c.text()).region(clause.start(), cue.start()) : null;
				List<Mention> addedElements = !denied && added != null && added.find()
						? c.inside(new SentenceContext.Span(added.end(1), added.start(2)), Set.of(Label.ELEMENT))
						: List.of();
				Optional<Mention> covered;
				if (denied) {
					covered = Optional.empty();
				}
				else if (list) {
					// a list named after what it lists ("critical minerals list") does not cover "critical minerals";
					// it covers what is added to it, or what it is said to include
					covered = addedElements.stream().findFirst()
						.or(() -> LIST_INCLUDES.matcher(c.between(cue.end(), clause.end())).lookingAt()
								? c.after(cue.end(), Set.of(Label.ELEMENT), new SentenceContext.Span(cue.end(),
										Math.min(clause.end(), cue.end() + 80)), false)
								: Optional.empty());
				}
				else {
					covered = addedElements.stream().findFirst()
						.or(() -> c.inside(new SentenceContext.Span(cue.start(), cue.end()), Set.of(Label.ELEMENT)).stream()
							.findFirst())
						.or(() -> c.after(cue.end(), Set.of(Label.ELEMENT), new SentenceContext.Span(cue.end(),
								Math.min(clause.end(), cue.end() + 30)), false))
						// "a ban on exports of three minerals – gallium, …": the measure's own complement comes first
						.or(() -> COMPLEMENT.matcher(c.between(cue.end(), clause.end())).lookingAt()
								? c.after(cue.end(), Set.of(Label.ELEMENT), new SentenceContext.Span(cue.end(),
										Math.min(clause.end(), cue.end() + 80)), false)
								: Optional.empty())
						.or(() -> c.before(cue.start(), Set.of(Label.ELEMENT), new SentenceContext.Span(
								Math.max(clause.start(), cue.start() - 40), cue.start()), false))
						.or(() -> c.after(cue.end(), Set.of(Label.ELEMENT), new SentenceContext.Span(cue.end(),
								Math.min(clause.end(), cue.end() + 80)), false));
				}
				Map<String, Object> props = new LinkedHashMap<>(cue.entity().properties());
				props.put("kind", kind);
				String status = status(c, clause);
				if (status != null) {
					props.put("status", status);
				}
				rateNear(c, cue).ifPresent(a -> props.put(kind.equals("TARIFF") ? "ratePct" : "thresholdPct",
						a.asNumber()));
				c.amount(Amount.Kind.PRICE_PER_KG, cue.end(), clause).ifPresent(a -> props.put("priceUsdPerKg",
						a.asNumber()));
				if (cue.rule().startsWith("cue.")) {
					// a tariff on a named material ("a 25% tariff on Chinese permanent magnets") is a measure of its own
					// beside the SANCTIONS fact; tariffs on "goods" and sanctions stay SANCTIONS facts only
					boolean materialTariff = kind.equals("TARIFF") && covered.isPresent()
							&& COMPLEMENT.matcher(c.between(cue.end(), covered.get().start())).lookingAt()
							&& covered.get().start() > cue.end() && covered.get().start() - cue.end() <= 30;
					if (issuer.isEmpty() || !MEASURES_NAMED_BY_ISSUER.contains(kind) && !materialTariff) {
						// generic tariffs and sanctions are SANCTIONS facts; unnamed measures nobody issues are too vague
						continue;
					}
					// a measure is told apart by what it is on; a country's list is one list whatever a sentence adds
					Optional<Mention> scope = list ? Optional.empty() : covered;
					String name = issuer.get().name() + " " + cue.entity().name()
							+ scope.map(e -> " on " + e.entity().name().toLowerCase(Locale.ROOT)).orElse("");
					String key = issuer.get().id().key() + " " + cue.entity().name()
							+ scope.map(e -> " " + e.entity().id().key()).orElse("");
					policy = new EntityRef(EntityId.fromName(Label.POLICY, key), name, props);
				}
				else {
					policy = new EntityRef(policy.id(), policy.name(), props);
				}
				double confidence = cue.rule().startsWith("cue.") ? 0.75 : 0.85;
				if (issuer.isPresent()) {
					EntityRef body = issuerMention.get().entity();
					boolean passive = issuerMention.get().start() > cue.end(); // "controls announced by the Ministry"
					if (body.label() == Label.ORGANIZATION && !body.id().equals(issuer.get().id())
							&& (passive || ISSUES.matcher(c.between(issuerMention.get().end(), cue.start())).find())) {
						// the ministry that issues a measure named after its country: both are its issuers, and so is
						// every body named with it ("the Ministry of Commerce and the General Administration of
						// Customs announced …", "商务部、海关总署决定 …")
						String state = issuer.get().countryCode();
						for (Mention m : c.coordinated(issuerMention.get())) {
							// only bodies of the same state: "MOFCOM and the US Department of Commerce" are two issuers
							// of two measures
							if (m.entity().label() == Label.ORGANIZATION && !m.adjective()
									&& java.util.Objects.equals(m.entity().countryCode(), state)) {
								out.add(new RawFact(RelType.ISSUED_BY, policy, m.entity(), null, name() + ".issued-by",
										confidence));
							}
						}
					}
					out.add(new RawFact(RelType.ISSUED_BY, policy, issuer.get(), null, name() + ".issued-by", confidence));
					targetOf(c, cue, issuer.get()).ifPresent(t -> out.add(new RawFact(RelType.TARGETS,
							out.get(out.size() - 1).from(), t.entity(), null, name() + ".targets", 0.75)));
				}
				EntityRef finalPolicy = policy;
				// "export controls on gallium and germanium": every element of the list
				List<Mention> coveredAll = !addedElements.isEmpty() ? addedElements
						: covered.map(c::coordinated).orElse(List.of());
				coveredAll = withMembers(c, cue, clause, coveredAll, denied);
				coveredAll.forEach(e -> out.add(new RawFact(RelType.COVERS, finalPolicy, e.entity(), null,
						name() + ".covers", confidence)));
				if (issuer.isEmpty() && covered.isEmpty()) {
					continue;
				}
			}
			return out;
		}
	}

	/**
	 * Adds to what a measure covers the members its text lists: "export controls on seven heavy rare earths,
	 * including samarium, gadolinium, … and yttrium" covers the group and each element; "对钐、钆、铽等7类中重稀土
	 * 实施出口管制" covers each element between 对 and the measure. Nothing is added to what a sentence denies.
	 */
	private static List<Mention> withMembers(SentenceContext c, Mention cue, SentenceContext.Span clause,
			List<Mention> covered, boolean denied) {
		if (denied) {
			return covered;
		}
		List<Mention> out = new ArrayList<>(covered);
		if (!covered.isEmpty()) {
			Mention last = covered.get(covered.size() - 1);
			Matcher exemplified = EXEMPLIFIED.matcher(c.text()).region(last.end(), clause.end());
			Matcher found = exemplified.lookingAt() || !"GROUP".equals(last.entity().properties().get("kind"))
					? exemplified : LISTED.matcher(c.text()).region(last.end(), clause.end());
			if (found.lookingAt()) {
				c.after(found.end(), Set.of(Label.ELEMENT), new SentenceContext.Span(found.end(), clause.end()), false)
					.filter(first -> first.start() == found.end())
					.ifPresent(first -> c.coordinated(first).stream().filter(m -> !out.contains(m)).forEach(out::add));
			}
		}
		if (Gazetteer.isCjk(cue.text())) {
			int on = -1;
			Matcher m = ZH_ON.matcher(c.text()).region(clause.start(), cue.start());
			while (m.find()) {
				on = m.end();
			}
			if (on >= 0) {
				c.inside(new SentenceContext.Span(on, cue.start()), Set.of(Label.ELEMENT)).stream()
					.filter(x -> !out.contains(x)).forEach(out::add);
			}
		}
		return out;
	}

	/** Parties and coverage of agreements: "a framework agreement between the US and Japan …". */
	static final class Agreements implements RelationRule {

		private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(between|among)\\b");
		private static final Pattern BETWEEN_AFTER = Pattern.compile("(?i)\\s+(?:between|among)\\b");
		private static final Pattern HEDGED = Pattern.compile("(?i)\\b(attempt\\w*|seek\\w*|plan(?:s|ned|ning)? to|"
				+ "propos\\w+|consider\\w*|hop(?:e|es|ing) to|efforts? to|tr(?:y|ies|ying) to|aim\\w* to)\\b");
		private static final Pattern SIGNED_OR_TERMS = Pattern.compile("(?i)\\b(sign(?:ed|ing|s)?|includes?|outlin\\w*|"
				+ "commit\\w*|calls for|under which|provid\\w+|where|would|agreed to)\\b|签署|达成");
		private static final Pattern WITH = Pattern.compile("(?i)\\b(with|and)\\b");
		private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+(?:[a-z-]+\\s+){0,2}");
		private static final Pattern INDEFINITE = Pattern.compile("(?i)\\b(?:a|an)\\s+(?:(?:US|A|C|AU)?\\$[\\d.,]+\\s*"
				+ "(?:million|billion|bn|m)?\\s+)?$");
		/** The other party named right after the agreement, as written: "an agreement with Xantho SE for …". */
		private static final Pattern COUNTERPART = Pattern.compile("\\s*(?:\\([^)]{1,20}\\)\\s*)?with\\s+(?:the\\s+)?"
				+ "((?:\\p{Lu}[\\p{L}\\p{N}&.\\-]*\\s*){1,4})");
		/** A verb that makes its subject a party, written between the subject and the agreement. */
		private static final Pattern SIGNS = Pattern.compile("(?i)\\b(?:sign(?:s|ed|ing)?|enter(?:s|ed|ing)? into|"
				+ "conclud(?:es|ed|ing)|ink(?:s|ed)?|finali[sz](?:es|ed)|execut(?:es|ed))\\b[^,;]{0,60}$");

		/**
		 * The parties a sentence names for an agreement: "between A and B", "A-B … agreement", "美日稀土协议", the
		 * names inside a named agreement, or the subject that signs it "with" another party.
		 */
		static List<EntityRef> parties(SentenceContext c, Mention cue) {
			List<EntityRef> out = new ArrayList<>();
			SentenceContext.Span clause = c.clauseOf(cue.start());
			Matcher between = BETWEEN.matcher(c.text()).region(Math.max(0, cue.start() - 60),
					Math.min(c.text().length(), cue.end() + 25));
			if (between.find()) {
				for (Mention m : c.inside(new SentenceContext.Span(between.end(), Math.min(c.text().length(),
						between.end() + 60)), PARTIES)) {
					add(c, out, m);
					if (out.size() == 2) {
						break;
					}
				}
				if (out.size() >= 2) {
					return out;
				}
				out.clear();
			}
			// "U.S.-Australia rare earth agreement", "美日稀土协议": parties written just before the cue
			List<Mention> before = c.inside(new SentenceContext.Span(Math.max(clause.start(), cue.start() - 40),
					cue.start() + 1), PARTIES);
			for (int i = before.size() - 1; i >= 1; i--) {
				Mention b = before.get(i);
				Mention a = before.get(i - 1);
				String gap = c.between(a.end(), b.start());
				String tail = c.between(b.end(), cue.start());
				if (gap.matches("\\s*[-–—/]\\s*|") && tail.matches("[\\p{IsHan}\\sA-Za-z'’-]{0,30}")) {
					add(c, out, a);
					add(c, out, b);
					return out;
				}
			}
			for (Mention m : c.inside(new SentenceContext.Span(cue.start(), cue.end()), PARTIES)) {
				add(c, out, m);
			}
			if (out.size() >= 2) {
				return out;
			}
			out.clear();
			Optional<Mention> subject = c.before(cue.start(), PARTIES, clause, true);
			if (subject.isPresent() && coordinatedParties(c, subject.get()).size() >= 2) {
				// "Canada and Germany signed a critical minerals agreement", "Iluka and the Australian government
				// signed a loan agreement": parties of any label joined by "and"
				for (Mention m : coordinatedParties(c, subject.get())) {
					add(c, out, m);
				}
				return out;
			}
			Matcher with = WITH.matcher(c.text()).region(subject.map(Mention::end).orElse(cue.start()),
					Math.min(clause.end(), cue.end() + 80));
			if (subject.isPresent() && with.find()) {
				Optional<Mention> other = c.after(with.end(), PARTIES, new SentenceContext.Span(with.end(),
						Math.min(clause.end(), with.end() + 30)), true);
				if (other.isPresent()) {
					// "with Japan's Sojitz": the party is the one the possessive names
					int ownerEnd = other.get().end();
					Optional<Mention> owned = c.after(ownerEnd, PARTIES, new SentenceContext.Span(ownerEnd,
							Math.min(clause.end(), ownerEnd + 40)), false)
						.filter(o -> POSSESSIVE.matcher(c.between(ownerEnd, o.start())).matches());
					if (owned.isPresent()) {
						other = owned;
					}
					add(c, out, subject.get());
					add(c, out, other.get());
				}
			}
			if (out.isEmpty() && subject.isPresent() && subject.get().entity().label() != Label.COUNTRY
					&& !subject.get().adjective() && SIGNS.matcher(c.between(subject.get().end(), cue.start())).find()) {
				// "KABIL signed an agreement with CAMYEN": the signer is a party even where the other is a name the
				// recogniser does not know
				add(c, out, subject.get());
				return out;
			}
			if (out.size() < 2) {
				// "the supply agreement with Japan …, India's reliance …": the party after "with" and the other country
				Matcher w = Pattern.compile("(?i)^\\s*with\\s+(?:the\\s+)?").matcher(c.text().substring(cue.end()));
				if (w.find()) {
					int at = cue.end() + w.end();
					Optional<Mention> other = c.after(at, Set.of(Label.COUNTRY), new SentenceContext.Span(at,
							Math.min(c.text().length(), at + 20)), false);
					if (other.isPresent()) {
						out.clear();
						add(c, out, other.get());
						c.inside(new SentenceContext.Span(0, c.text().length()), Set.of(Label.COUNTRY)).stream()
							.filter(x -> !x.entity().id().equals(other.get().entity().id()))
							.findFirst().ifPresent(x -> add(c, out, x));
					}
				}
			}
			return out.size() >= 2 ? out : List.of();
		}

		private static final Pattern PARTY_GAP = Pattern.compile("(?i)\\s*(?:,\\s*(?:and\\s+)?|and\\s+|&\\s*)(?:the\\s+)?");

		/** The parties listed with the last one of a list: "Iluka and the Australian government". */
		static List<Mention> coordinatedParties(SentenceContext c, Mention last) {
			List<Mention> all = c.entities();
			int i = all.indexOf(last);
			if (i < 0 || !PARTIES.contains(last.entity().label())) {
				return List.of(last);
			}
			int first = i;
			while (first > 0 && PARTIES.contains(all.get(first - 1).entity().label()) && !all.get(first - 1).adjective()
					&& PARTY_GAP.matcher(c.between(all.get(first - 1).end(), all.get(first).start())).matches()) {
				first--;
			}
			return all.subList(first, i + 1);
		}

		private static void add(SentenceContext c, List<EntityRef> out, Mention m) {
			EntityRef ref = m.entity();
			if (out.stream().noneMatch(p -> p.id().equals(ref.id()))) {
				out.add(ref);
			}
		}

		private static final Set<Label> PARTIES = Set.of(Label.COUNTRY, Label.COMPANY, Label.ORGANIZATION);
		private static final Pattern TERMS = Pattern.compile("(?i)(technology transfer|priority purchas\\w+ rights|"
				+ "offtake|joint venture|pause (?:new )?[a-z ]{0,20}export controls|suspend [a-z ]{0,30}restrictions|"
				+ "price floor|long-term (?:purchase|procurement) contract|技术转让)");

		@Override
		public String name() {
			return "agreement";
		}

		@Override
		public List<RawFact> apply(SentenceContext c) {
			List<RawFact> out = new ArrayList<>();
			SentenceContext.Span whole = new SentenceContext.Span(0, c.text().length());
			for (Mention cue : c.mentions()) {
				if (cue.entity().label() != Label.AGREEMENT) {
					continue;
				}
				boolean bare = cue.rule().equals("cue.agreement.bare");
				boolean named = !cue.rule().startsWith("cue.");
				if (HEDGED.matcher(c.text().substring(Math.max(0, cue.start() - 45), cue.start())).find()) {
					continue; // "attempting to form a rare earth alliance": plans and attempts are not agreements yet
				}
				// "the agreement between Australia and the United States covers …": its parties define it
				boolean between = BETWEEN_AFTER.matcher(c.text()).region(cue.end(), c.text().length()).lookingAt();
				if (bare && !between && !SIGNED_OR_TERMS.matcher(c.text()).find()) {
					continue; // "the agreement is vague": says nothing about who or what
				}
				List<EntityRef> parties = parties(c, cue);
				// "Lynas signed an agreement with Bravo GmbH": an indefinite agreement whose parties the sentence names
				// is a new one, even after another; "A $500 million agreement was signed" (no parties) refers back
				boolean fresh = bare && !parties.isEmpty()
						&& (between || INDEFINITE.matcher(c.text().substring(Math.max(0, cue.start() - 40), cue.start())).find())
						&& !parties.equals(c.discourse().lastAgreementParties());
				double confidence = 0.8;
				if (parties.isEmpty() && bare) {
					List<EntityRef> inSentence = new ArrayList<>(c.inside(whole, Set.of(Label.COUNTRY)).stream()
						.filter(m -> !m.adjective()).map(Mention::entity).distinct().limit(3).toList());
					if (inSentence.size() == 1) {
						// "…a complete industrial chain in Pakistan": the other party comes from the sentence before
						for (EntityRef p : c.discourse().previousCountries()) {
							if (inSentence.stream().noneMatch(n -> n.id().equals(p.id()))) {
								inSentence.add(p);
							}
						}
					}
					parties = inSentence;
					confidence = 0.65;
				}
				if (parties.isEmpty() && bare) {
					parties = c.discourse().lastAgreement() != null ? c.discourse().lastAgreementParties()
							: c.discourse().previousCountries();
					confidence = 0.6;
				}
				if ((parties.isEmpty() && !named) || parties.size() > 4) {
					continue;
				}
				Map<String, Object> props = new LinkedHashMap<>();
				c.amount(Amount.Kind.MONEY, cue.start(), whole).ifPresent(a -> props.put("valueUsd", a.asNumber()));
				if (c.text().matches("(?is).*\\b(sign(?:ed|ing|s)?)\\b.*|.*签署.*")) {
					props.put("status", "SIGNED");
				}
				List<String> terms = new ArrayList<>();
				Matcher t = TERMS.matcher(c.text());
				while (t.find()) {
					terms.add(t.group(1).toLowerCase(Locale.ROOT));
				}
				if (!terms.isEmpty()) {
					props.put("terms", List.copyOf(terms));
				}
				EntityRef agreement = cue.entity();
				if (bare && !fresh && c.discourse().lastAgreement() != null) {
					agreement = c.discourse().lastAgreement();
				}
				else if (cue.rule().startsWith("cue.") && parties.size() == 1) {
					// one known signer: the agreement is told apart by the counterpart's name as written
					Matcher with = COUNTERPART.matcher(c.text()).region(cue.end(), c.text().length());
					if (!with.lookingAt()) {
						continue;
					}
					String other = with.group(1).strip();
					EntityRef p0 = parties.get(0);
					agreement = new EntityRef(EntityId.fromName(Label.AGREEMENT, p0.id().key() + " " + other + " "
							+ cue.entity().name()), p0.name() + "–" + other + " " + cue.entity().name(), props);
				}
				else if (cue.rule().startsWith("cue.")) {
					List<EntityRef> countries = parties.stream().filter(p -> p.label() == Label.COUNTRY)
						.sorted(Comparator.comparing(p -> p.id().key())).toList();
					if (countries.isEmpty()) {
						// "Lynas signed a $258 million contract with the Pentagon": named after all its parties
						countries = parties.stream().sorted(Comparator.comparing(p -> p.id().key())).toList();
					}
					String names = String.join("–", countries.stream().map(EntityRef::name).toList());
					String key = String.join(" ", countries.stream().map(p -> p.id().key()).toList()) + " "
							+ cue.entity().name();
					agreement = new EntityRef(EntityId.fromName(Label.AGREEMENT, key), names + " " + cue.entity().name(),
							props);
				}
				else {
					Map<String, Object> merged = new LinkedHashMap<>(agreement.properties());
					merged.putAll(props);
					agreement = new EntityRef(agreement.id(), agreement.name(), merged);
				}
				for (EntityRef party : parties) {
					out.add(new RawFact(RelType.PARTY_TO, party, agreement, null, name() + ".party", confidence));
				}
				c.discourse().agreement(agreement, parties);
				for (Mention e : c.inside(whole, Set.of(Label.ELEMENT))) {
					EntityRef ag = agreement;
					if (out.stream().noneMatch(f -> f.type() == RelType.COVERS && f.from().id().equals(ag.id())
							&& f.to().id().equals(e.entity().id()))) {
						out.add(new RawFact(RelType.COVERS, agreement, e.entity(), null, name() + ".covers", 0.75));
					}
				}
			}
			return out;
		}
	}

}
