package org.reegraph.loader.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.reegraph.loader.annotate.AnnotatedSentence;
import org.reegraph.loader.annotate.Chunk;
import org.reegraph.loader.annotate.ChineseAnnotator;
import org.reegraph.loader.annotate.EnglishAnnotator;
import org.reegraph.loader.annotate.Token;
import org.reegraph.loader.quantity.Amount;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.model.Label;

/**
 * Reads relations with the {@link LinguisticRule rules of the rule files}: finds each rule's trigger among the
 * sentence's lemmas, fills its two slots by syntactic role (subject, object, prepositional object, possessor,
 * modifier; passive voice swapped; coordinated names expanded), reads its properties from the clause's amounts,
 * and drops negated triggers or marks planned, proposed and threatened ones with a {@code status}. Only sentences
 * with two or more entity mentions are annotated. Thread-safe.
 */
public final class RuleEngine {

	/** What a rule did with a trigger it found: for {@code extract --explain}. */
	public record Trace(String rule, String trigger, boolean fired, String detail) {
	}

	/** Punctuation after a noun group that opens the list it announces: "10 new minerals—boron, copper …". */
	private static final Set<String> LIST_OPENERS = Set.of("—", "–", ":");
	/** What lies between a percentage and the material it is a share of: " of the global supply of ". */
	private static final Pattern SHARE_OF = Pattern
		.compile("(?i)\\s*of\\s+(?:the\\s+)?(?:(?:global|world|world's|world’s|total)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:of\\s+)?");
	/** Between two items of a list of shares: ", 83% of ", ", and 56% of the ". */
	/** What may follow an item of a list of shares: the next item, the end of the list or of the sentence. */
	private static final Pattern SHARE_ITEM_END = Pattern.compile("\\s*(?:[,.;:)]|and\\b|or\\b|respectively\\b|$)");
	private static final Pattern SHARE_ITEM = Pattern
		.compile("(?i)\\s*,?\\s*(?:and\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent)\\s+of\\s+(?:the\\s+)?");
	private static final Set<String> CLAUSE_WORDS = Set.of("while", "whereas", "although", "though", "but", "because",
			"which", "who", "whom", "whose", "meanwhile", "however");
	private static final Set<String> ZH_CLAUSE = Set.of("，", "；", "。", "但", "但是", "而", "同时", ",", ";");
	private static final Set<String> CHANGE_WORDS = Set.of("rise", "rose", "increase", "grow", "growth", "surge",
			"jump", "soar", "up", "climb", "decline", "decrease", "fall", "fell", "drop", "down", "plunge", "slump",
			"increased", "declined", "dropped", "fallen", "risen", "增长", "增加", "下降", "减少", "下滑", "暴增");
	private static final Set<String> DOWN_WORDS = Set.of("decline", "decrease", "fall", "fell", "drop", "down",
			"plunge", "slump", "declined", "dropped", "fallen", "下降", "减少", "下滑");

	private final List<RuleFile> files;

	/**
	 * Creates an engine.
	 *
	 * @param files the rule files, one per language
	 */
	public RuleEngine(List<RuleFile> files) {
		this.files = List.copyOf(files);
		for (RuleFile f : this.files) {
			index.put(f, index(f));
			forms.put(f, forms(f));
		}
	}

	/** Per rule file (by identity): trigger word → rule indexes, and every form of a trigger word. */
	private final Map<RuleFile, Map<String, List<Integer>>> index = new java.util.IdentityHashMap<>();
	private final Map<RuleFile, Set<String>> forms = new java.util.IdentityHashMap<>();

	/** {@return an engine with the bundled English and Chinese rules} */
	public static RuleEngine bundled() {
		return Bundled.ENGINE;
	}

	private static final class Bundled {

		static final RuleEngine ENGINE = new RuleEngine(List.of(RuleFile.bundled("en"), RuleFile.bundled("zh")));
	}

	/** {@return the rule files} */
	public List<RuleFile> files() {
		return files;
	}

	/**
	 * Reads a sentence.
	 *
	 * @param c the sentence with its mentions and amounts
	 * @return the facts
	 */
	public List<RawFact> extract(SentenceContext c) {
		return extract(c, null);
	}

	/**
	 * Reads a sentence and tells what each rule did.
	 *
	 * @param c the sentence with its mentions and amounts
	 * @param trace receives one entry per trigger found, or null
	 * @return the facts
	 */
	public List<RawFact> extract(SentenceContext c, Consumer<Trace> trace) {
		if (c.withPlaces().size() < 2) {
			return List.of();
		}
		boolean chinese = ChineseAnnotator.isChinese(c.text());
		String language = chinese ? "zh" : "en";
		RuleFile file = files.stream().filter(f -> f.language().equals(language)).findFirst().orElse(null);
		if (file == null) {
			return List.of();
		}
		if (!chinese && !mayTrigger(forms.get(file), c.lowerText())) {
			return List.of(); // no word of the sentence can be a trigger: spare the tagger
		}
		AnnotatedSentence s = chinese ? ChineseAnnotator.INSTANCE.annotate(c.text())
				: EnglishAnnotator.INSTANCE.annotate(c.text());
		return new Reading(file, index.get(file), s, c, trace).run();
	}

	/** Trigger word → the indexes of the rules it triggers. */
	private static Map<String, List<Integer>> index(RuleFile file) {
		Map<String, List<Integer>> out = new java.util.HashMap<>();
		for (int r = 0; r < file.rules().size(); r++) {
			for (String l : file.rules().get(r).trigger().lemmas()) {
				List<Integer> list = out.computeIfAbsent(l, k -> new ArrayList<>());
				if (!list.contains(r)) {
					list.add(r);
				}
			}
		}
		return out;
	}

	private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[^\\p{L}\\-'’]+");
	/** The irregular forms of verbs the English rules use as triggers (the lemmatiser knows them; the pre-check must). */
	private static final java.util.Map<String, List<String>> IRREGULAR = java.util.Map.ofEntries(
			java.util.Map.entry("buy", List.of("bought")), java.util.Map.entry("sell", List.of("sold")),
			java.util.Map.entry("send", List.of("sent")), java.util.Map.entry("lend", List.of("lent")),
			java.util.Map.entry("win", List.of("won")), java.util.Map.entry("hold", List.of("held")),
			java.util.Map.entry("make", List.of("made")), java.util.Map.entry("build", List.of("built")),
			java.util.Map.entry("give", List.of("gave", "given")), java.util.Map.entry("get", List.of("got", "gotten")),
			java.util.Map.entry("take", List.of("took", "taken")), java.util.Map.entry("run", List.of("ran")),
			java.util.Map.entry("put", List.of("put")), java.util.Map.entry("feed", List.of("fed")),
			java.util.Map.entry("lean", List.of("leant")), java.util.Map.entry("mine", List.of("mined")),
			java.util.Map.entry("stock", List.of("stocked")), java.util.Map.entry("ship", List.of("shipped", "shipping")),
			java.util.Map.entry("stockpile", List.of("stockpiled")));

	/**
	 * {@return whether some word of a lower-cased sentence is one of the trigger forms} Cheap, so the
	 * tagger runs only where a rule can fire: every lemma's regular forms, the irregular ones above, and the
	 * forms the file names itself.
	 */
	static boolean mayTrigger(Set<String> forms, String lower) {
		for (String w : WORD.split(lower)) {
			if (w.isEmpty()) {
				continue;
			}
			if (forms.contains(w) || forms.contains(stripPossessive(w))) {
				return true;
			}
			if (w.indexOf('-') > 0) { // "state-funded", "u.s.-based": the tokens split at hyphens
				for (String part : w.split("-")) {
					if (forms.contains(part)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static String stripPossessive(String w) {
		if (w.endsWith("'s") || w.endsWith("’s")) {
			return w.substring(0, w.length() - 2);
		}
		return w.endsWith("'") || w.endsWith("’") ? w.substring(0, w.length() - 1) : w;
	}

	private static Set<String> forms(RuleFile file) {
		Set<String> out = new java.util.HashSet<>();
		for (LinguisticRule r : file.rules()) {
			for (String l : r.trigger().lemmas()) {
				out.add(l);
				out.add(l + "s");
				out.add(l + "es");
				out.add(l + "ed");
				out.add(l + "d");
				out.add(l + "ing");
				if (l.endsWith("e")) {
					out.add(l.substring(0, l.length() - 1) + "ing");
				}
				if (l.endsWith("y")) {
					String stem = l.substring(0, l.length() - 1);
					out.add(stem + "ies");
					out.add(stem + "ied");
				}
				if (l.matches(".*[^aeiou][aeiou][bdglmnprt]")) { // ship → shipped, plan → planned, control → controlled
					char last = l.charAt(l.length() - 1);
					out.add(l + last + "ed");
					out.add(l + last + "ing");
				}
				out.addAll(IRREGULAR.getOrDefault(l, List.of()));
			}
		}
		return Set.copyOf(out);
	}

	/** One sentence read with one rule file. */
	private static final class Reading {

		final RuleFile file;
		final Map<String, List<Integer>> index;
		final AnnotatedSentence s;
		final SentenceContext c;
		final Consumer<Trace> trace;
		final List<Token> tokens;
		final int[] clause;
		final List<Mention> mentions;
		final int[] firstToken;
		final int[] lastToken;
		/** Tokens the tagger read as a noun or adjective that a verb trigger took as its verb ("Japan relies"). */
		final java.util.BitSet verbs = new java.util.BitSet();
		/** Whether the rule being applied may take a place ("in Utah") for the country it lies in. */
		boolean placesCount;

		Reading(RuleFile file, Map<String, List<Integer>> index, AnnotatedSentence s, SentenceContext c,
				Consumer<Trace> trace) {
			this.file = file;
			this.index = index;
			this.s = s;
			this.c = c;
			this.trace = trace;
			this.tokens = s.tokens();
			this.clause = clauses();
			this.mentions = c.withPlaces();
			this.firstToken = new int[mentions.size()];
			this.lastToken = new int[mentions.size()];
			for (int i = 0; i < mentions.size(); i++) {
				firstToken[i] = s.tokenAt(mentions.get(i).start());
				lastToken[i] = Math.max(firstToken[i], s.tokenBefore(mentions.get(i).end()));
			}
		}

		private boolean zh() {
			return "zh".equals(s.language());
		}

		private int[] clauses() {
			int[] out = new int[tokens.size()];
			int id = 0;
			for (int i = 0; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				boolean boundary = zh() ? ZH_CLAUSE.contains(t.text())
						: t.text().equals(";") || t.text().equals(":") || t.text().equals("—")
								|| (CLAUSE_WORDS.contains(t.lemma()) && t.is("SCONJ", "CCONJ", "PRON", "ADV", "DET"));
				if (boundary) {
					id++;
				}
				out[i] = id;
			}
			return out;
		}

		List<RawFact> run() {
			Map<String, RawFact> out = new LinkedHashMap<>();
			List<LinguisticRule> rules = file.rules();
			// the (rule, token) pairs worth a look, in rule order: found through the index of trigger words
			java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
			for (int i = 0; i < tokens.size(); i++) {
				Token t = tokens.get(i);
				List<String> keys = zh() ? List.of() : List.of(t.lemma(), t.text().toLowerCase(Locale.ROOT),
						t.is("NOUN", "ADJ") ? EnglishAnnotator.lemma(t.text(), "VERB") : "", verbStem(t.text()));
				for (String k : keys) {
					for (int r : index.getOrDefault(k, List.of())) {
						pairs.add((long) r << 32 | i);
					}
				}
				if (zh()) {
					for (int r = 0; r < rules.size(); r++) {
						pairs.add((long) r << 32 | i);
					}
				}
			}
			for (long pair : pairs) {
				LinguisticRule rule = rules.get((int) (pair >>> 32));
				int i = (int) pair;
				verbs.clear(); // a verb reading against the tag belongs to the rule that made it
				if (!triggers(rule, i)) {
					continue;
				}
				for (RawFact f : apply(rule, i)) {
					String key = f.type() + "|" + f.from().id() + "|" + f.to().id();
					RawFact before = out.get(key);
					if (before == null || before.confidence() < f.confidence()) {
						out.put(key, f);
					}
				}
			}
			return List.copyOf(out.values());
		}

		private boolean triggers(LinguisticRule rule, int i) {
			Token t = tokens.get(i);
			if (zh()) {
				// a trigger word may span two segments ("加征" is segmented 加 / 征)
				for (String w : rule.trigger().lemmas()) {
					if (c.text().startsWith(w, t.start())) {
						return true;
					}
				}
				return false;
			}
			boolean lemma = rule.trigger().lemmas().contains(t.lemma())
					|| rule.trigger().lemmas().contains(t.text().toLowerCase(Locale.ROOT));
			if (lemma && (rule.trigger().pos().isEmpty() || rule.trigger().pos().contains(t.tag()))) {
				return true;
			}
			// the UD tagger reads "Japan relies on", "Japan lent $200 million" as a noun or adjective after a
			// name: a verb trigger right after a name, followed by what a verb takes
			boolean verb = rule.trigger().pos().contains("VERB") && t.is("NOUN", "ADJ") && i > 0
					&& (tokens.get(i - 1).is("PROPN") || endsMention(i - 1)) && i + 1 < tokens.size()
					&& tokens.get(i + 1).is("ADP", "DET", "NUM", "ADJ", "NOUN", "SYM", "PROPN")
					&& (lemma || rule.trigger().lemmas().contains(EnglishAnnotator.lemma(t.text(), "VERB"))
							|| rule.trigger().lemmas().contains(verbStem(t.text())));
			if (verb) {
				verbs.set(i);
			}
			return verb;
		}

		/** The group a trigger heads: none for a token read as a verb against its tag. */
		private Chunk group(int i) {
			return verbs.get(i) ? null : s.chunkOf(i);
		}

		private boolean noun(int i) {
			return !zh() && !verbs.get(i) && tokens.get(i).is("NOUN", "PROPN");
		}

		private static String verbStem(String word) {
			String w = word.toLowerCase(Locale.ROOT);
			if (w.endsWith("ies") && w.length() > 4) {
				return w.substring(0, w.length() - 3) + "y";
			}
			if (w.endsWith("ied") && w.length() > 4) {
				return w.substring(0, w.length() - 3) + "y";
			}
			if (w.endsWith("s") && !w.endsWith("ss")) {
				return w.substring(0, w.length() - 1);
			}
			return w;
		}

		private void tell(LinguisticRule rule, int i, boolean fired, String detail) {
			if (trace != null) {
				trace.accept(new Trace(rule.id(), tokens.get(i).text(), fired, detail));
			}
		}

		/** "refined rare earths", "deep-processed products": a participle that modifies a noun states no event. */
		private boolean attributive(int i) {
			if (zh() || !tokens.get(i).is("VERB") || !tokens.get(i).text().toLowerCase(Locale.ROOT).endsWith("ed")) {
				return false;
			}
			// a finite verb follows its subject or an auxiliary ("China refined", "has refined"); "imported refined
			// cerium", "of refined oxides", "deep-processed products" do not
			boolean before = i == 0 || !tokens.get(i - 1).is("NOUN", "PROPN", "PRON", "AUX", "ADV")
					|| tokens.get(i - 1).is("ADV") && !(i > 1 && tokens.get(i - 2).is("AUX", "NOUN", "PROPN", "PRON"));
			boolean after = i + 1 < tokens.size() && tokens.get(i + 1).is("ADJ", "NOUN", "PROPN");
			return before && after;
		}

		/** An element named as the modifier of a noun such as "technology" or "patents" is not the material. */
		private boolean blocked(Mention m, int trigger) {
			if (zh() || m.entity().label() != Label.ELEMENT) {
				return false;
			}
			int k = mentions.indexOf(m);
			int next = k < 0 ? -1 : lastToken[k] + 1;
			while (next >= 0 && next < tokens.size() && tokens.get(next).is("NOUN", "VERB")
					&& !file.blockers().contains(tokens.get(next).lemma()) && next - lastToken[k] < 3) {
				next++;
			}
			// "dysprosium prices" blocks nothing when "prices" is the trigger itself
			return next >= 0 && next != trigger && next < tokens.size()
					&& file.blockers().contains(tokens.get(next).lemma());
		}

		private List<RawFact> apply(LinguisticRule rule, int i) {
			placesCount = rule.type() == org.reegraph.model.RelType.LOCATED_IN;
			if (attributive(i)) {
				tell(rule, i, false, "a participle modifying a noun, not a verb");
				return List.of();
			}
			if (rule.requires() != null && !near(rule.requires(), i)) {
				tell(rule, i, false, "none of " + rule.requires().lemmas() + " within " + rule.requires().within()
						+ " words");
				return List.of();
			}
			if (rule.forbids() != null && justBefore(rule.forbids(), i)) {
				tell(rule, i, false, "one of " + rule.forbids().lemmas() + " within " + rule.forbids().within() + " words");
				return List.of();
			}
			if (negated(i)) {
				tell(rule, i, false, "negated");
				return List.of();
			}
			String status = status(i);
			if (status != null && rule.modal() == LinguisticRule.Modal.DROP) {
				tell(rule, i, false, "modal (" + status + "), and the rule drops modal readings");
				return List.of();
			}
			boolean passive = passive(i);
			if (rule.unless() != null && !fill(rule.unless(), i, passive).isEmpty()) {
				tell(rule, i, false, "a " + describe(rule.unless()) + " is named: another rule reads this");
				return List.of();
			}
			List<Mention> from = fill(rule.from(), i, passive);
			List<Mention> to = fill(rule.to(), i, passive);
			if (from.isEmpty() || to.isEmpty()) {
				tell(rule, i, false, (from.isEmpty() ? "no " + describe(rule.from()) : "no " + describe(rule.to()))
						+ (passive ? " (passive)" : ""));
				return List.of();
			}
			Map<String, Object> props = properties(rule, i, from, to);
			if (status != null) {
				props.put("status", status);
			}
			double confidence = status == null ? rule.confidence() : rule.confidence() * 0.8;
			List<RawFact> facts = new ArrayList<>();
			for (Mention a : from) {
				for (Mention b : to) {
					EntityRef x = party(a.entity(), rule.from().labels());
					EntityRef y = party(b.entity(), rule.to().labels());
					if (x == null || y == null || x.id().equals(y.id())
							|| !rule.type().allows(x.label(), y.label())) {
						continue;
					}
					facts.add(new RawFact(rule.type(), x, y, ownShare(rule, props, a, b), rule.id(), confidence));
				}
			}
			tell(rule, i, !facts.isEmpty(), facts.isEmpty()
					? "no pair of ends the contract allows (the same entity at both ends, or an organisation without a country)"
					: facts.stream().map(f -> f.from().name() + " -" + f.type() + "-> " + f.to().name()).toList().toString());
			return facts;
		}

		private static String describe(LinguisticRule.Slot slot) {
			String role = slot.role().name().toLowerCase(Locale.ROOT);
			return role + (slot.via().isEmpty() ? "" : " " + slot.via()) + " of label "
					+ slot.labels().stream().map(Label::cypherName).sorted().toList();
		}

		/** An organisation or site standing for its country, where the slot takes countries but not it. */
		private EntityRef party(EntityRef e, Set<Label> labels) {
			if (labels.contains(e.label())) {
				return e;
			}
			if (e.label() == Label.ORGANIZATION && labels.contains(Label.COUNTRY) && e.countryCode() != null) {
				return c.countries().apply(e.countryCode()).orElse(null);
			}
			return null;
		}

		/**
		 * One of the words stands before the trigger, within the window, with no punctuation and no party's name
		 * between ("China banned rare earth exports", not "Despite curbs China sold").
		 */
		private boolean justBefore(LinguisticRule.Requires req, int i) {
			for (int j = i - 1; j >= Math.max(0, i - req.within()) && clause[j] == clause[i]; j--) {
				if (tokens.get(j).is("PUNCT") || partyAt(j)) {
					return false;
				}
				if (req.lemmas().contains(tokens.get(j).lemma())) {
					return true;
				}
			}
			return false;
		}

		private boolean partyAt(int j) {
			for (int m = 0; m < mentions.size(); m++) {
				if (firstToken[m] <= j && j <= lastToken[m] && mentions.get(m).entity().label() != Label.ELEMENT) {
					return true;
				}
			}
			return false;
		}

		private boolean near(LinguisticRule.Requires req, int i) {
			for (int j = Math.max(0, i - req.within()); j <= Math.min(tokens.size() - 1, i + req.within()); j++) {
				if (j != i && clause[j] == clause[i] && req.lemmas().contains(tokens.get(j).lemma())) {
					return true;
				}
			}
			return false;
		}

		/** The verb group of a verb trigger, or the noun group of a noun trigger, holds a negation. */
		private boolean negated(int i) {
			Chunk group = group(i);
			int from = group == null ? Math.max(0, i - 3) : group.first();
			if (zh()) {
				from = Math.max(0, i - 2);
			}
			for (int j = from; j < i; j++) {
				if (clause[j] == clause[i] && file.negation().contains(tokens.get(j).lemma())) {
					return true;
				}
			}
			// "has not yet invested", "no investment": the word before the group too
			int before = from - 1;
			return before >= 0 && clause[before] == clause[i] && file.negation().contains(tokens.get(before).lemma())
					&& !zh();
		}

		/** A modal word in the trigger's group or just before it ("plans to invest", "proposed acquisition"). */
		private String status(int i) {
			Chunk group = group(i);
			int from = Math.max(0, (group == null ? i : group.first()) - (zh() ? 3 : 2));
			for (int j = i; j >= from; j--) {
				if (clause[j] != clause[i]) {
					break;
				}
				String lemma = tokens.get(j).lemma();
				for (var e : file.modality().entrySet()) {
					if (e.getValue().contains(lemma) && (j < i || e.getKey().equals("THREATENED")
							|| e.getKey().equals("SUSPENDED"))) {
						return e.getKey();
					}
				}
			}
			return null;
		}

		/** "was acquired by", "is supplied by": a form of be or get before a past participle in one verb group. */
		private boolean passive(int i) {
			if (zh()) {
				return i > 0 && tokens.get(i - 1).text().equals("被");
			}
			Chunk group = s.chunkOf(i);
			if (group == null || group.kind() != Chunk.Kind.VP || !tokens.get(i).is("VERB")) {
				return false;
			}
			String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
			boolean participle = w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.endsWith("ld")
					|| w.endsWith("ught") || w.endsWith("ent");
			if (!participle) {
				return false;
			}
			if (i + 1 < tokens.size() && tokens.get(i + 1).lemma().equals("by") && i > 0
					&& (tokens.get(i - 1).text().equals(",") || endsMention(i - 1))) {
				return true; // "Serra Verde, backed by Denham Capital": a reduced passive right after a name
			}
			if (i + 1 < tokens.size() && tokens.get(i + 1).is("ADP") && i > 1 && tokens.get(i - 1).text().equals(",")
					&& endsMention(i - 2)) {
				return true; // "the Narva plant, located in Estonia"
			}
			for (int j = group.first(); j < i; j++) {
				if (tokens.get(j).is("AUX") && (tokens.get(j).lemma().equals("be") || tokens.get(j).lemma().equals("get"))) {
					return true;
				}
			}
			return false;
		}

		private boolean endsMention(int token) {
			for (int m = 0; m < mentions.size(); m++) {
				if (lastToken[m] == token) {
					return true;
				}
			}
			return false;
		}

		private List<Mention> fill(LinguisticRule.Slot slot, int i, boolean passive) {
			List<Integer> found = switch (slot.role()) {
				case SUBJECT -> passive ? ppAfter(i, List.of("by"), slot) : subject(i, slot);
				case OBJECT -> passive ? (slot.adjacent() ? justBefore(subject(i, slot), i) : subject(i, slot))
						: object(i, slot);
				case PP -> {
					if (slot.adjacent()) {
						// "the Mount Weld mine in Australia": the preposition right after the trigger or the name it ends
						int last = i;
						for (int m = 0; m < mentions.size(); m++) {
							if (firstToken[m] <= i && lastToken[m] >= i) {
								last = Math.max(last, lastToken[m]);
							}
						}
						if (last + 1 >= tokens.size() || !slot.via().contains(tokens.get(last + 1).lemma())) {
							yield List.of();
						}
						yield prepositionalObject(last + 1, slot);
					}
					List<Integer> pp = ppAfter(i, slot.via(), slot);
					yield pp.isEmpty() && zh() ? ppBefore(i, slot.via(), slot) : pp;
				}
				case POSSESSOR -> possessor(i, slot);
				case MODIFIER -> modifier(i, slot);
				case HEAD -> head(i, slot);
			};
			if (found.isEmpty()) {
				return List.of();
			}
			List<Mention> out = new ArrayList<>();
			for (int m : found) {
				List<Mention> members = slot.role() == LinguisticRule.Role.HEAD ? List.of(mentions.get(m))
						: new ArrayList<>(c.coordinated(mentions.get(m)));
				if (slot.role() == LinguisticRule.Role.PP && (slot.via().contains("of") || slot.via().contains("for"))) {
					members.addAll(shareList(members.get(members.size() - 1)));
				}
				for (Mention x : members) {
					if (!out.contains(x) && accepts(slot, x) && !blocked(x, i)) {
						out.add(x);
					}
				}
			}
			return out;
		}

		/**
		 * The mentions that end right before the trigger, with at most a comma, a relative pronoun and forms of "be"
		 * between: "Lynas Malaysia, located in", "the mill, which is located in", "X is located in".
		 */
		private List<Integer> justBefore(List<Integer> found, int i) {
			List<Integer> out = new ArrayList<>();
			for (int m : found) {
				boolean close = lastToken[m] < i;
				for (int t = lastToken[m] + 1; close && t < i; t++) {
					Token k = tokens.get(t);
					if (t == lastToken[m] + 1 && k.text().equals(",")) {
						// "Mount Weld, one of the richest deposits, is located in …": an apposition between commas
						// that names nothing else may stand between the name and its verb
						int shut = t + 1;
						while (shut < i && !tokens.get(shut).text().equals(",")) {
							shut++;
						}
						if (shut < i && mentionsIn(t + 1, shut - 1).isEmpty()) {
							t = shut;
							continue;
						}
					}
					close = k.text().equals(",") || k.lemma().equals("be") || k.lemma().equals("which")
							|| k.lemma().equals("that") || k.is("ADV");
				}
				if (close) {
					out.add(m);
				}
			}
			return out;
		}

		private boolean accepts(LinguisticRule.Slot slot, Mention m) {
			if (!placesCount && SentenceContext.isPlace(m)) {
				return false; // "Utah" says where, never who
			}
			if (m.adjective() && !slot.demonyms() && slot.role() != LinguisticRule.Role.MODIFIER) {
				return false;
			}
			Label l = m.entity().label();
			return slot.labels().contains(l) || l == Label.ORGANIZATION && slot.labels().contains(Label.COUNTRY)
					&& m.entity().countryCode() != null;
		}

		/** Mentions whose first token lies in [from, to], in text order. */
		private List<Integer> mentionsIn(int from, int to) {
			List<Integer> out = new ArrayList<>();
			for (int m = 0; m < mentions.size(); m++) {
				if (firstToken[m] >= from && lastToken[m] <= to) {
					out.add(m);
				}
			}
			return out;
		}

		private static final Set<String> RELATIVES = Set.of("which", "who", "that");
		private static final Set<String> AGENT_NOUNS = Set.of("producer", "refiner", "processor", "miner", "supplier",
				"exporter", "importer", "consumer", "buyer", "investor", "operator", "owner", "maker", "manufacturer");

		/** Whether a copula ("is", "remains", "became") stands before the noun group that ends at {@code i}. */
		private boolean copulaBefore(int end, int i) {
			int v = verbBefore(end, i);
			return v >= 0 && clause[v] == clause[i] && isCopula(v);
		}

		/**
		 * The token before the noun group that ends at {@code i} once its words are passed ("is a leading producer",
		 * "are also significant producers": adverbs and attributive participles sit between the copula and its
		 * noun); -1 at the sentence's start.
		 */
		private int verbBefore(int end, int i) {
			int v = end - 1;
			while (v >= 0 && clause[v] == clause[i] && (tokens.get(v).is("DET", "ADJ", "NUM", "SYM", "NOUN", "PROPN", "ADV")
					|| tokens.get(v).isPossessive() || tokens.get(v).text().equals("-") || attributiveParticiple(v, i))) {
				v--;
			}
			return v;
		}

		private boolean isCopula(int v) {
			return tokens.get(v).is("AUX", "VERB") && Set.of("be", "become", "remain").contains(tokens.get(v).lemma());
		}

		/** "a leading producer", "an established refiner": a participle inside the noun group before the trigger. */
		private boolean attributiveParticiple(int v, int i) {
			Token t = tokens.get(v);
			String w = t.text().toLowerCase(java.util.Locale.ROOT);
			return v < i && t.is("VERB") && (w.endsWith("ing") || w.endsWith("ed"))
					&& v > 0 && tokens.get(v - 1).is("DET") && tokens.get(v + 1).is("ADJ", "NOUN", "PROPN");
		}

		private boolean prepositional(int m) {
			int first = firstToken[m];
			if (zh()) {
				return first > 0 && Set.of("对", "向", "从", "给", "自", "与", "和", "在", "于").contains(tokens.get(first - 1).text());
			}
			Chunk np = s.chunkOf(first);
			int start = np == null ? first : np.first();
			return start > 0 && tokens.get(start - 1).is("ADP");
		}

		/** A name followed by another noun in its group modifies it ("US producer"), unless it is a possessor. */
		private boolean modifierOnly(int m) {
			if (zh()) {
				return false;
			}
			Chunk np = s.chunkOf(lastToken[m]);
			if (np == null || np.last() <= lastToken[m] || verbs.get(lastToken[m] + 1)) {
				return false;
			}
			Token next = tokens.get(lastToken[m] + 1);
			if (lastToken[m] + 2 < tokens.size() && tokens.get(lastToken[m] + 2).lemma().equals("to")
					&& tokens.get(lastToken[m] + 2).is("PART")) {
				return false; // "Apple plans to invest": the tagger read the verb as a noun after the name
			}
			return !next.isPossessive();
		}

		/**
		 * The subject: the nearest name before the trigger's group in its clause that is neither a prepositional
		 * object nor a modifier of another noun, skipping an apposition between commas.
		 */
		private List<Integer> subject(int i, LinguisticRule.Slot slot) {
			Chunk group = group(i);
			int end = group == null || zh() ? i : group.first();
			if (noun(i)) {
				// "rare earths producer Serra Verde": a name right after the trigger noun is what it describes
				for (int m = 0; m < mentions.size(); m++) {
					if (firstToken[m] == i + 1 && accepts(slot, mentions.get(m))) {
						return List.of(m);
					}
				}
				// "China, the largest miner and refiner of …,": the name an apposition describes
				int a = i - 1;
				while (a >= 0 && clause[a] == clause[i] && (tokens.get(a).is("DET", "ADJ", "NOUN", "CCONJ", "NUM", "ADV")
						|| attributiveParticiple(a, i))) {
					a--;
				}
				if (a > 0 && tokens.get(a).text().equals(",")) {
					for (int m = 0; m < mentions.size(); m++) {
						if (lastToken[m] == a - 1 && accepts(slot, mentions.get(m))) {
							return List.of(m);
						}
					}
				}
				// "Lynas is Japan's main refiner": an agent noun after a copula describes the copula's subject; the
				// possessor only says whose refiner it is
				boolean agentAfterCopula = AGENT_NOUNS.contains(tokens.get(i).lemma()) && copulaBefore(end, i);
				List<Integer> own = agentAfterCopula ? List.of() : possessor(i, slot);
				if (own.isEmpty() && !agentAfterCopula) {
					own = ppAfter(i, List.of("by"), slot);
				}
				if (own.isEmpty() && !agentAfterCopula) {
					own = modifier(i, slot);
				}
				if (!own.isEmpty()) {
					return own;
				}
				// "announced an investment in X": the light verb's subject
				int v = verbBefore(end, i);
				// "China is the largest producer of rare earths": the subject of a copula names what the noun describes
				boolean copula = v >= 0 && isCopula(v);
				if (v < 0 || clause[v] != clause[i] || !copula && (!tokens.get(v).is("VERB")
						|| !file.lightVerbs().contains(tokens.get(v).lemma()))) {
					return List.of();
				}
				Chunk vp = s.chunkOf(v);
				end = vp == null ? v : vp.first();
			}
			// "China, which processes 90% of …", "Lynas, which also operates …": a relative clause's subject is the
			// name the pronoun follows
			int r = end - 1;
			while (r >= 0 && tokens.get(r).is("ADV")) {
				r--;
			}
			if (!zh() && r > 0 && RELATIVES.contains(tokens.get(r).text().toLowerCase(java.util.Locale.ROOT))) {
				// "the only company outside China that separates …": without a comma the clause restricts the noun it
				// follows ("company"), so a name inside a prepositional phrase is not its subject
				boolean comma = tokens.get(r - 1).text().equals(",");
				int b = comma ? r - 2 : r - 1;
				for (int m = 0; m < mentions.size(); m++) {
					if (lastToken[m] == b && accepts(slot, mentions.get(m))
							&& (comma || !prepositional(m) && !c.isPrepositionalObject(mentions.get(m)))) {
						return List.of(m);
					}
				}
				// "a plant in Texas, which produces …", "the company, which …": the clause is about what the pronoun
				// follows; when that is no name the slot takes, the clause has no subject for it. Without a comma
				// ("the F-35 and drone production that depend on …") the antecedent is a whole noun group: look on
				boolean named = false;
				for (int m = 0; m < mentions.size(); m++) {
					named |= lastToken[m] == b;
				}
				if (comma || named) {
					return List.of();
				}
			}
			List<Integer> candidates = mentionsIn(0, end - 1);
			for (int k = candidates.size() - 1; k >= 0; k--) {
				int m = candidates.get(k);
				if (clause[firstToken[m]] != clause[Math.max(0, end - 1)] && end > 0) {
					break;
				}
				if (prepositional(m) || modifierOnly(m) && !slot.demonyms() || !accepts(slot, mentions.get(m))) {
					continue;
				}
				if (apposition(m, end) && k > 0) {
					continue;
				}
				return List.of(m);
			}
			return List.of();
		}

		/** The mention sits between two commas right before the verb group: "MP Materials, a US firm, signed". */
		private boolean apposition(int m, int end) {
			if (zh()) {
				return false;
			}
			int before = firstToken[m] - 1;
			while (before >= 0 && tokens.get(before).is("DET", "ADJ", "NUM", "NOUN", "PROPN")) {
				before--;
			}
			boolean commaBefore = before >= 0 && tokens.get(before).text().equals(",");
			boolean commaAfter = end - 1 > lastToken[m] && tokens.get(end - 1).text().equals(",");
			return commaBefore && commaAfter;
		}

		/** The direct object: the names of the first noun group after the verb group (through "of"). */
		private List<Integer> object(int i, LinguisticRule.Slot slot) {
			if (zh()) {
				for (int m : mentionsIn(i + 1, tokens.size() - 1)) {
					if (clause[firstToken[m]] != clause[i]) {
						break;
					}
					if (accepts(slot, mentions.get(m)) && !prepositional(m)) {
						return List.of(m);
					}
				}
				return List.of();
			}
			if (noun(i)) {
				return ppAfter(i, List.of("of"), slot);
			}
			Chunk group = group(i);
			int at = (group == null ? i : group.last()) + 1;
			for (int hop = 0; hop < 2 && at < tokens.size(); hop++) {
				Chunk np = s.chunkOf(at);
				if (np == null || np.kind() != Chunk.Kind.NP) {
					return List.of();
				}
				for (int m : mentionsIn(at, np.last())) {
					if (accepts(slot, mentions.get(m))) {
						return List.of(m);
					}
				}
				// "bought 51% of Less Common Metals", "a stake in": on through "of"; "adds 10 new minerals—boron,
				// copper …", "covers three metals: gallium …": on through a dash or colon that opens the list
				at = np.last() + 1;
				if (at < tokens.size() && (tokens.get(at).lemma().equals("of")
						|| hop == 0 && LIST_OPENERS.contains(tokens.get(at).text()))) {
					at++;
				}
				else {
					return List.of();
				}
			}
			return List.of();
		}

		/** The object of the first of the prepositions after the trigger, up to the next verb or clause. */
		private List<Integer> ppAfter(int i, List<String> via, LinguisticRule.Slot slot) {
			Chunk group = group(i);
			int j = (group == null || zh() ? i : group.last()) + 1;
			if (group != null && !zh() && via.contains("to")) {
				// "needed to produce permanent magnets": the verb group holds the infinitive, whose object is the to's
				for (int k = i + 1; k < group.last(); k++) {
					if (tokens.get(k).lemma().equals("to") && tokens.get(k).is("PART") && tokens.get(k + 1).is("VERB")) {
						List<Integer> object = prepositionalObject(group.last(), slot);
						if (!object.isEmpty()) {
							return object;
						}
					}
				}
			}
			for (; j < tokens.size() && clause[j] == clause[i]; j++) {
				Token t = tokens.get(j);
				if (!zh() && t.is("VERB") && !t.text().toLowerCase(Locale.ROOT).endsWith("ing")) {
					return List.of();
				}
				if (via.contains(t.lemma()) && (zh() || t.is("ADP", "SCONJ", "PART"))) {
					List<Integer> object = prepositionalObject(j, slot);
					if (!object.isEmpty()) {
						return object;
					}
				}
			}
			return List.of();
		}

		/**
		 * The name a preposition governs: in the noun group right after it ("in the United States"), or in the one
		 * after that place's comma ("in Sillamäe, Estonia"); in Chinese, the first name within a few words.
		 */
		private List<Integer> prepositionalObject(int p, LinguisticRule.Slot slot) {
			if (zh()) {
				for (int m : mentionsIn(p + 1, Math.min(tokens.size() - 1, p + 6))) {
					if (accepts(slot, mentions.get(m))) {
						return List.of(m);
					}
				}
				return List.of();
			}
			int first = p + 1;
			if (first + 1 < tokens.size() && tokens.get(first).is("VERB")
					&& tokens.get(first).text().toLowerCase(Locale.ROOT).endsWith("ing")) {
				first++; // "vital in producing semiconductors": the gerund's object
			}
			Chunk np = first < tokens.size() ? s.chunkOf(first) : null;
			for (int hop = 0; hop < 2 && np != null && np.kind() == Chunk.Kind.NP; hop++) {
				for (int m = 0; m < mentions.size(); m++) {
					if (firstToken[m] >= np.first() && firstToken[m] <= np.last() && accepts(slot, mentions.get(m))) {
						return List.of(m);
					}
				}
				int after = np.last() + 1;
				if (after + 1 >= tokens.size() || !tokens.get(after).text().equals(",")) {
					break;
				}
				np = s.chunkOf(after + 1);
			}
			// a name the grammar did not group ("to Lynas Rare Earths" where the tagger read a word as a verb)
			for (int m = 0; m < mentions.size(); m++) {
				if (firstToken[m] == first || firstToken[m] == first + 1 && tokens.get(first).is("DET", "ADJ")) {
					return accepts(slot, mentions.get(m)) ? List.of(m) : List.of();
				}
			}
			return List.of();
		}

		/** Chinese: a preposition before the trigger ("从缅甸进口", "对美国出口"). */
		private List<Integer> ppBefore(int i, List<String> via, LinguisticRule.Slot slot) {
			for (int j = i - 1; j >= 0 && clause[j] == clause[i]; j--) {
				if (via.contains(tokens.get(j).lemma())) {
					for (int m : mentionsIn(j + 1, i - 1)) {
						if (accepts(slot, mentions.get(m))) {
							return List.of(m);
						}
					}
				}
			}
			return List.of();
		}

		/** "X's investment": a name followed by 's in the trigger's noun group. */
		private List<Integer> possessor(int i, LinguisticRule.Slot slot) {
			Chunk np = s.chunkOf(i);
			if (np == null || zh()) {
				return List.of();
			}
			int start = np.first();
			for (int m = 0; m < mentions.size(); m++) {
				// the trigger ends a name the tagger split into groups ("its Kalgoorlie … Processing Facility")
				if (firstToken[m] <= i && lastToken[m] >= i && s.chunkOf(firstToken[m]) != null) {
					start = Math.min(start, s.chunkOf(firstToken[m]).first());
				}
			}
			for (int j = start; j < i; j++) {
				Token w = tokens.get(j);
				if (w.text().equalsIgnoreCase("its") || w.text().equalsIgnoreCase("their")) {
					// "its Pela Ema mine": the subject of the clause the noun group sits in
					List<Integer> owner = subject(j, slot);
					if (!owner.isEmpty()) {
						return owner;
					}
				}
				if (w.isPossessive()) {
					for (int m = 0; m < mentions.size(); m++) {
						if (lastToken[m] == j - 1 && accepts(slot, mentions.get(m))) {
							return List.of(m);
						}
					}
				}
			}
			return List.of();
		}

		/** "the Caldeira Project", "Neo's magnet plant": the name that holds the trigger noun or ends right before it. */
		private List<Integer> head(int i, LinguisticRule.Slot slot) {
			for (int m = 0; m < mentions.size(); m++) {
				if ((firstToken[m] <= i && lastToken[m] >= i || lastToken[m] == i - 1) && accepts(slot, mentions.get(m))) {
					return List.of(m);
				}
			}
			return List.of();
		}

		/** "Chinese exports", "U.S. imports": a name or demonym before the trigger in its noun group. */
		private List<Integer> modifier(int i, LinguisticRule.Slot slot) {
			Chunk np = s.chunkOf(i);
			if (zh()) {
				return i > 0 ? mentionsIn(Math.max(0, i - 2), i - 1).stream()
					.filter(m -> accepts(slot, mentions.get(m))).limit(1).toList() : List.of();
			}
			if (np == null || np.kind() != Chunk.Kind.NP) {
				// "rare earth refining" tagged as a verb: the noun group right before it modifies it
				np = i > 0 ? s.chunkOf(i - 1) : null;
				if (np == null || np.kind() != Chunk.Kind.NP) {
					return List.of();
				}
			}
			List<Integer> before = mentionsIn(np.first(), i - 1);
			for (int k = before.size() - 1; k >= 0; k--) { // the nearest modifier: "DFC financing"
				Mention x = mentions.get(before.get(k));
				Label l = x.entity().label();
				if (slot.labels().contains(l) || x.adjective() && slot.labels().contains(Label.COUNTRY)) {
					return List.of(before.get(k));
				}
			}
			return List.of();
		}

		/**
		 * The names that continue a list of shares after {@code last}: "94% of gallium, 83% of germanium, and 56% of
		 * antimony" — each item repeats the percentage and "of", so plain coordination does not join them.
		 */
		private List<Mention> shareList(Mention last) {
			List<Mention> out = new ArrayList<>();
			List<Mention> all = c.entities();
			Mention prev = last;
			for (int k = all.indexOf(last) + 1; k > 0 && k < all.size(); k++) {
				Mention next = all.get(k);
				if (next.entity().label() != last.entity().label()
						|| !SHARE_ITEM.matcher(c.between(prev.end(), next.start())).matches()
						|| !SHARE_ITEM_END.matcher(c.text().substring(next.end())).lookingAt()) {
					break; // "…, and 20% of Japan's output goes to Korea": another clause, not another item
				}
				out.add(next);
				prev = next;
			}
			return out;
		}

		/**
		 * The fact's own share when its end is the "of" of a percentage ("83% of germanium"), so each item of a list
		 * of shares keeps its figure; otherwise the rule's properties as read from the clause.
		 */
		private Map<String, Object> ownShare(LinguisticRule rule, Map<String, Object> props, Mention a, Mention b) {
			for (var e : rule.properties().entrySet()) {
				if (e.getValue() != LinguisticRule.Source.PERCENT) {
					continue;
				}
				for (Mention end : List.of(b, a)) {
					Optional<Amount> own = c.amounts(Amount.Kind.PERCENT, new SentenceContext.Span(0, end.start())).stream()
						.filter(pct -> SHARE_OF.matcher(c.between(pct.end(), end.start())).matches())
						.reduce((x, y) -> y);
					if (own.isPresent()) {
						Map<String, Object> copy = new LinkedHashMap<>(props);
						copy.put(e.getKey(), own.get().asNumber());
						return copy;
					}
				}
			}
			return props;
		}

		private Map<String, Object> properties(LinguisticRule rule, int i, List<Mention> from, List<Mention> to) {
			Map<String, Object> p = new LinkedHashMap<>();
			int at = tokens.get(i).start();
			SentenceContext.Span clauseSpan = clauseSpan(i);
			for (var e : rule.properties().entrySet()) {
				String property = e.getKey();
				switch (e.getValue()) {
					// only dollars: "A$1.25 billion" is no amount in USD, and the contract has no field for it as stated
					case MONEY -> c.amount(Amount.Kind.MONEY, at, clauseSpan).ifPresent(a -> p.put(property, a.asNumber()));
					case QUANTITY -> c.amount(Amount.Kind.QUANTITY, at, clauseSpan).ifPresent(a -> {
						p.put(property, a.asNumber());
						p.put("unit", a.unit());
					});
					case PRICE_PER_KG -> c.amount(Amount.Kind.PRICE_PER_KG, at, clauseSpan)
						.ifPresent(a -> p.put(property, a.asNumber()));
					case YEAR -> c.amounts(Amount.Kind.YEAR, clauseSpan).stream().findFirst()
						.ifPresent(a -> p.put(property, a.value().intValue()));
					case PERIOD -> {
						String period = c.period(clauseSpan);
						if (period != null) {
							p.put(property, period);
						}
					}
					case COMMODITY -> commodity(clauseSpan, from, to).ifPresent(x -> p.put(property,
							x.name().toLowerCase(Locale.ROOT)));
					case ORIGIN -> c.inside(clauseSpan, EnumSet.of(Label.COUNTRY)).stream()
						.filter(m -> !from.contains(m) && !to.contains(m) && mentions.indexOf(m) >= 0
								&& prepositional(mentions.indexOf(m)))
						.findFirst().ifPresent(m -> p.put(property, m.entity().countryCode()));
					case PERCENT, CHANGE -> {
						for (Amount pct : c.amounts(Amount.Kind.PERCENT, clauseSpan)) {
							boolean change = changeNear(pct);
							if (change == (e.getValue() == LinguisticRule.Source.CHANGE) && !p.containsKey(property)) {
								p.put(property, change && downNear(pct) ? -pct.value().doubleValue() : pct.asNumber());
							}
						}
					}
				}
			}
			rule.fixed().forEach(p::putIfAbsent);
			return p;
		}

		private Optional<EntityRef> commodity(SentenceContext.Span span, List<Mention> from, List<Mention> to) {
			return c.inside(span, EnumSet.of(Label.ELEMENT)).stream().filter(m -> !from.contains(m) && !to.contains(m))
				.min(Comparator.comparingInt(m -> "GROUP".equals(m.entity().properties().get("kind")) ? 1 : 0))
				.map(Mention::entity);
		}

		private boolean changeNear(Amount pct) {
			return wordsNear(pct, CHANGE_WORDS);
		}

		private boolean downNear(Amount pct) {
			return wordsNear(pct, DOWN_WORDS);
		}

		private boolean wordsNear(Amount pct, Set<String> words) {
			int t = s.tokenAt(pct.start());
			for (int j = Math.max(0, t - 4); j <= Math.min(tokens.size() - 1, t + 3); j++) {
				if (clause[j] == clause[Math.min(t, tokens.size() - 1)] && (words.contains(tokens.get(j).lemma())
						|| words.contains(tokens.get(j).text().toLowerCase(Locale.ROOT)))) {
					return true;
				}
			}
			return false;
		}

		private SentenceContext.Span clauseSpan(int i) {
			int a = i;
			while (a > 0 && clause[a - 1] == clause[i]) {
				a--;
			}
			int b = i;
			while (b + 1 < tokens.size() && clause[b + 1] == clause[i]) {
				b++;
			}
			return new SentenceContext.Span(tokens.get(a).start(), tokens.get(b).end());
		}
	}
}
