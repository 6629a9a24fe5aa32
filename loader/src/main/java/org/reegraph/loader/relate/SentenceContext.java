package org.reegraph.loader.relate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.loader.quantity.Amount;
import org.reegraph.loader.quantity.QuantityParser;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.loader.text.GuardedPattern;
import org.reegraph.model.Label;

/**
 * A sentence as the rules see it: text, entity mentions, amounts, clause boundaries, the article's date
 * and the discourse so far, with the look-ups rules share (nearest subject before a cue, nearest object
 * after it, amounts within a clause, the period a clause speaks of).
 *
 * @param text the sentence
 * @param mentions its mentions in text order (cues included)
 * @param amounts its amounts in text order
 * @param published the article's date, or null
 * @param discourse what the article said before
 * @param countries finds a country entity by ISO code (for institutions that stand for their country)
 * @param lowerText the sentence lower-cased once, for the rules' {@link GuardedPattern keyword pre-checks}
 * @param entities the mentions that name entities, without policy or agreement cues (read by most look-ups,
 *        so filtered once)
 */
public record SentenceContext(String text, List<Mention> mentions, List<Amount> amounts, LocalDate published,
		Discourse discourse, Function<String, Optional<EntityRef>> countries, String lowerText,
		List<Mention> entities) {

	private static final GuardedPattern CLAUSE_BREAK = GuardedPattern.of(Pattern
		.compile(";|；|，但|但是|(?:,\\s*)?\\b(?:while|whereas|but|although|though|yet)\\b"), ";", "；", "，但", "但是", "while",
			"whereas", "but", "though", "yet");
	private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?is).*\\b(on|against|to|from|for|with|over|of|"
			+ "toward|towards|into|in|at|across|within|between|among|than|outside|beyond|except|excluding|besides|without)"
			+ "\\s+(?:the\\s+)?$");
	private static final Pattern ZH_PREPOSITION_BEFORE = Pattern.compile("(?s).*[对向从给]$");
	private static final Pattern LIST_GAP = Pattern.compile("(?i)\\s*(?:,|、|和|与)?\\s*(?:and\\s+|or\\s+)?(?:the\\s+)?");
	private static final Pattern FRONTED = Pattern.compile("(?is)^(despite having|despite|having|with|given)\\b.*");

	/**
	 * Derives the lower-cased text and the entity mentions from the rest.
	 *
	 * @param text the sentence
	 * @param mentions its mentions in text order (cues included)
	 * @param amounts its amounts in text order
	 * @param published the article's date, or null
	 * @param discourse what the article said before
	 * @param countries finds a country entity by ISO code (for institutions that stand for their country)
	 */
	public SentenceContext(String text, List<Mention> mentions, List<Amount> amounts, LocalDate published,
			Discourse discourse, Function<String, Optional<EntityRef>> countries) {
		this(text, mentions, amounts, published, discourse, countries, GuardedPattern.lower(text),
				mentions.stream().filter(m -> !m.rule().startsWith("cue.") && !isPlace(m)).toList());
	}

	/**
	 * {@return whether a mention names a sub-national place}: "Utah" stands for the United States only where a
	 * sentence says where something is (LOCATED_IN); it is no participant of a trade, a deal or a production, so
	 * {@link #entities()} leaves it out and only the location rules read {@link #withPlaces()}
	 *
	 * @param m a mention
	 */
	public static boolean isPlace(Mention m) {
		return m.rule().equals(org.reegraph.loader.recognize.Gazetteer.PLACE);
	}

	/**
	 * {@return whether a mention is the seat of a firm written before it}: "a UK-based producer", "a
	 * Texas-headquartered miner" — where the firm sits, not who produces
	 *
	 * @param m a mention
	 */
	public boolean isSeat(Mention m) {
		return SEAT.matcher(text).region(m.end(), text.length()).lookingAt();
	}

	/** "-listed" is where a firm's shares trade, not where it sits. */
	private static final Pattern SEAT = Pattern.compile("[-‑](?:based|headquartered)\\b");

	/** {@return the entity mentions and the place mentions, in text order} */
	public List<Mention> withPlaces() {
		if (mentions.stream().noneMatch(SentenceContext::isPlace)) {
			return entities;
		}
		return mentions.stream().filter(m -> !m.rule().startsWith("cue.")).toList();
	}

	/** A half-open range of the sentence. */
	public record Span(int start, int end) {

		/**
		 * {@return whether the offset lies inside}
		 *
		 * @param at an offset
		 */
		public boolean contains(int at) {
			return at >= start && at < end;
		}
	}

	/**
	 * {@return the clause around an offset: bounded by semicolons and contrast words}
	 *
	 * @param at an offset in the sentence
	 */
	public Span clauseOf(int at) {
		int start = 0;
		int end = text.length();
		Matcher m = CLAUSE_BREAK.matcher(text, lowerText);
		while (m.find()) {
			if (m.end() <= at) {
				start = m.end();
			}
			else if (m.start() > at) {
				end = m.start();
				break;
			}
		}
		return new Span(start, end);
	}

	/**
	 * The nearest mention of one of the labels that ends before an offset.
	 *
	 * @param at the offset (usually a cue's start)
	 * @param labels acceptable labels
	 * @param within the span to look in
	 * @param adjectives whether adjectives ("Chinese") count
	 * @return the mention
	 */
	public Optional<Mention> before(int at, Set<Label> labels, Span within, boolean adjectives) {
		Mention best = null;
		for (Mention m : entities()) {
			if (m.end() <= at && m.start() >= within.start() && labels.contains(m.entity().label())
					&& (adjectives || !m.adjective())) {
				best = m;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The nearest mention of one of the labels that starts at or after an offset.
	 *
	 * @param at the offset (usually a cue's end)
	 * @param labels acceptable labels
	 * @param within the span to look in
	 * @param adjectives whether adjectives count
	 * @return the mention
	 */
	public Optional<Mention> after(int at, Set<Label> labels, Span within, boolean adjectives) {
		for (Mention m : entities()) {
			if (m.start() >= at && m.end() <= within.end() && labels.contains(m.entity().label())
					&& (adjectives || !m.adjective())) {
				return Optional.of(m);
			}
		}
		return Optional.empty();
	}

	/**
	 * The subject of a cue: the nearest mention of one of the labels in the clause before the offset that is
	 * not the object of a preposition ("investigations against China" does not make China the subject).
	 *
	 * @param at the cue's offset
	 * @param labels acceptable labels
	 * @return the mention
	 */
	public Optional<Mention> subjectBefore(int at, Set<Label> labels) {
		return inside(new Span(clauseOf(at).start(), at), labels).stream().filter(x -> !isPrepositionalObject(x))
			.reduce((a, b) -> b);
	}

	/**
	 * The first mention of one of the labels before an offset: the subject of the sentence's main clause,
	 * for a later clause without its own ("The US imported …, while exporting … to China").
	 *
	 * @param at the offset
	 * @param labels acceptable labels
	 * @return the mention
	 */
	public Optional<Mention> firstBefore(int at, Set<Label> labels) {
		return entities().stream().filter(m -> m.end() <= at && labels.contains(m.entity().label())).findFirst();
	}

	/**
	 * {@return whether a mention is the object of a preposition ("against China", "on Chinese goods", "对华")}
	 *
	 * @param m the mention
	 */
	public boolean isPrepositionalObject(Mention m) {
		if (text.startsWith("'s", m.end()) || text.startsWith("’s", m.end())) {
			return false; // "the collapse of Japan's strategy": the possessor acts
		}
		if ("zh.compound".equals(m.rule()) && m.start() > 0 && "对向从给".indexOf(text.charAt(m.start() - 1)) >= 0) {
			return true;
		}
		String before = text.substring(Math.max(0, m.start() - 14), m.start());
		return PREPOSITION_BEFORE.matcher(before).matches() || ZH_PREPOSITION_BEFORE.matcher(before).matches();
	}

	/**
	 * The coordinated list a mention belongs to ("the US, Australia, and India"), the mention itself included.
	 *
	 * @param m a mention
	 * @return the list members of the same label, in text order
	 */
	public List<Mention> coordinated(Mention m) {
		List<Mention> all = entities();
		int i = all.indexOf(m);
		if (i < 0) {
			return List.of(m);
		}
		int first = i;
		while (first > 0 && isListGap(all.get(first - 1), all.get(first), m)) {
			first--;
		}
		int last = i;
		while (last + 1 < all.size() && isListGap(all.get(last), all.get(last + 1), m)) {
			last++;
		}
		return all.subList(first, last + 1);
	}

	private boolean isListGap(Mention a, Mention b, Mention like) {
		return sameKind(a, like) && sameKind(b, like) && LIST_GAP.matcher(between(a.end(), b.start())).matches();
	}

	/** Firms and public bodies are listed together as one kind of actor ("Sojitz and JOGMEC invested …"). */
	private static boolean sameKind(Mention m, Mention like) {
		Label l = m.entity().label();
		Label k = like.entity().label();
		return l == k || ACTORS.contains(l) && ACTORS.contains(k);
	}

	private static final Set<Label> ACTORS = Set.of(Label.COMPANY, Label.ORGANIZATION);

	/**
	 * The subject a fronted participle clause refers to: in "Despite having rare earth mining capabilities, the
	 * U.S. remains …" the U.S.
	 *
	 * @param clause the clause holding the participle
	 * @param labels acceptable labels
	 * @return the first mention after the clause, when the clause opens with such a participle
	 */
	public Optional<Mention> frontedSubject(Span clause, Set<Label> labels) {
		String head = text.substring(clause.start(), clause.end()).stripLeading();
		if (!FRONTED.matcher(head).matches()) {
			return Optional.empty();
		}
		int comma = text.indexOf(',', clause.start());
		if (comma < 0) {
			return Optional.empty();
		}
		return after(comma, labels, new Span(comma, Math.min(text.length(), comma + 25)), false);
	}

	/**
	 * The text between two offsets, or a marker that matches no rule's pattern when the spans overlap (an
	 * element named inside a policy's name), so rules never compare overlapping mentions.
	 *
	 * @param from the end of the first span
	 * @param to the start of the second
	 * @return the text between
	 */
	public String between(int from, int to) {
		return from <= to ? text.substring(from, to) : "\u0000overlap";
	}

	/**
	 * {@return every entity mention of the labels inside a span}
	 *
	 * @param within the span
	 * @param labels the labels
	 */
	public List<Mention> inside(Span within, Set<Label> labels) {
		return entities().stream()
			.filter(m -> m.start() >= within.start() && m.end() <= within.end() && labels.contains(m.entity().label()))
			.toList();
	}

	/**
	 * The amount of a kind nearest to an offset within a span.
	 *
	 * @param kind the kind
	 * @param near the offset
	 * @param within the span
	 * @return the amount
	 */
	public Optional<Amount> amount(Amount.Kind kind, int near, Span within) {
		return amounts.stream()
			.filter(a -> a.kind() == kind && a.start() >= within.start() && a.end() <= within.end())
			.min(Comparator.comparingInt(a -> Math.abs(a.start() - near)));
	}

	/**
	 * {@return the amounts of a kind inside a span, in order}
	 *
	 * @param kind the kind
	 * @param within the span
	 */
	public List<Amount> amounts(Amount.Kind kind, Span within) {
		return amounts.stream()
			.filter(a -> a.kind() == kind && a.start() >= within.start() && a.end() <= within.end())
			.toList();
	}

	/**
	 * The period a span speaks of: {@code YYYY-MM} for a month (resolved against the article's date),
	 * {@code YYYY} for a year, else null.
	 *
	 * @param within the span
	 * @return the period, or null
	 */
	public String period(Span within) {
		Integer year = amounts(Amount.Kind.YEAR, within).stream().findFirst().map(a -> a.value().intValue()).orElse(null);
		Optional<Amount> month = amounts(Amount.Kind.MONTH, within).stream().findFirst();
		if (month.isPresent()) {
			return QuantityParser.resolveMonth(month.get().value().intValue(), year, published);
		}
		return year == null ? null : String.valueOf(year);
	}

	/** {@return the month this sentence names, or null} */
	public Integer monthNamed() {
		return amounts.stream().filter(a -> a.kind() == Amount.Kind.MONTH).findFirst().map(a -> a.value().intValue())
			.orElse(null);
	}

	/** {@return the year this sentence names, or null} */
	public Integer yearNamed() {
		return amounts.stream().filter(a -> a.kind() == Amount.Kind.YEAR).findFirst().map(a -> a.value().intValue())
			.orElse(null);
	}

	/**
	 * The period of the discourse, for sentences that rely on the one before ("7月…" then "5577吨…").
	 *
	 * @return the period, or null
	 */
	public String discoursePeriod() {
		if (discourse.lastMonth() != null) {
			return QuantityParser.resolveMonth(discourse.lastMonth(), discourse.lastYear(), published);
		}
		return discourse.lastYear() == null ? null : String.valueOf(discourse.lastYear());
	}

	/**
	 * Maps an institution to the country it stands for, for relationship types that join countries and
	 * companies only (the USGS buying ore is the US importing it).
	 *
	 * @param ref an entity
	 * @return the entity itself, or its country for an organization with a known country
	 */
	public EntityRef asTradeParty(EntityRef ref) {
		if (ref.label() == Label.ORGANIZATION || ref.label() == Label.MINE) {
			String code = ref.countryCode();
			if (code != null) {
				return countries.apply(code).orElse(ref);
			}
		}
		return ref;
	}

	/**
	 * {@return whether a regular expression matches somewhere in a span}
	 *
	 * @param pattern the pattern
	 * @param within the span
	 */
	public boolean matches(Pattern pattern, Span within) {
		return pattern.matcher(text).region(within.start(), within.end()).find();
	}

	/**
	 * {@return a number for the graph}
	 *
	 * @param v the value
	 */
	static Number number(BigDecimal v) {
		return new Amount(Amount.Kind.QUANTITY, v, null, 0, 1).asNumber();
	}

	/**
	 * The commodity named inside a span: the most specific element or material mentioned there.
	 *
	 * @param within the span
	 * @return the element, or empty
	 */
	public Optional<EntityRef> commodity(Span within) {
		List<Mention> elements = new ArrayList<>(inside(within, Set.of(Label.ELEMENT)));
		elements.sort(Comparator.comparingInt((Mention m) -> "GROUP".equals(m.entity().properties().get("kind")) ? 1 : 0));
		return elements.stream().findFirst().map(Mention::entity);
	}
}
