package org.reegraph.loader.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.model.Label;

/**
 * The names one document gives its entities and the words it refers back to them with. Read sentence by
 * sentence through {@link #extend(String, List)}, it learns
 * <ul>
 * <li>definitions in parentheses after a recognised name — "the Office of Energy Supply (OES)",
 * "Acme Corp. (“Acme” or “the Company”)", "Lynas Rare Earths Limited (ASX: LYC) (Lynas)" — after which
 * "OES", "Acme", "the Company", "LYC", "Lynas" name that entity (rule {@code alias.abbreviation});</li>
 * <li>definite descriptions: "the Company" (the defined company, else the first the document named), "the
 * Department", "the Ministry", "the Agency", "the Office", "the Bureau", "the Commission" (the most recent
 * organisation whose name starts or ends with that noun), "the Project", "the facility", "the plant", "the refinery", "the mine" (the most recent
 * mine, plant or project), "the agreement", "the deal" (the most recent named
 * agreement), "the final List", "this Strategy", "the Act" (the most recent named policy built on that noun)
 * — rule {@code alias.definite};</li>
 * <li>a sentence-initial "It" or "The company" followed by a reporting or business verb, when the previous
 * sentence opened with a company: that company (rule {@code alias.pronoun}). Deliberately conservative: an
 * expletive "It is …" or any other opening forgets the subject.</li>
 * </ul>
 * One instance per document (the pipeline uses one per article); not thread-safe.
 */
public final class DocumentAliases {

	private static final Pattern PARENTHESIS = Pattern.compile("\\G\\s*\\(([^()]{1,80})\\)");
	private static final Pattern TICKER = Pattern
		.compile("^(?:ASX|NYSE|NASDAQ|Nasdaq|TSX|TSXV|LSE|AIM|HKEX|SSE|SZSE|OTCQX|OTC)\\s*:\\s*([A-Z0-9.]{2,6})$");
	private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{2,40})[”\"]");
	private static final Pattern QUOTED_LIST = Pattern
		.compile("^\\s*(?:[“\"][^”\"]{2,40}[”\"]\\s*(?:,|or|and|,\\s*or)?\\s*)+$");
	private static final Pattern BARE_OR_COMPANY = Pattern
		.compile("^([A-Z][A-Za-z0-9&.\\-]*(?:\\s+[A-Z][A-Za-z0-9&.\\-]*){0,2})\\s+or\\s+the\\s+(Company|Corporation)$");
	private static final Pattern BARE = Pattern.compile("^[A-Z][A-Za-z0-9&.\\-]*(?:\\s+[A-Z][A-Za-z0-9&.\\-]*){0,2}$");
	private static final Pattern DEFINITE = Pattern
		.compile("\\b[Tt]he (Company|Department|Ministry|Agency|Office|Bureau|Commission|agreement|deal|"
				+ "[Pp]roject|[Ff]acility|[Pp]lant|[Rr]efinery|[Mm]ine)\\b(?![-\\w])");
	/** "the final List", "this Strategy", "the Act": a named policy by the noun its name is built on. */
	private static final Pattern POLICY_DEFINITE = Pattern
		.compile("\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:(?:final|draft|new|updated|revised)\\s+)?(List|Strategy|Act|Directive|"
				+ "Regulation|Plan|Law)\\b(?![-\\w])");
	private static final Pattern PRONOUN = Pattern.compile("^[\\s\"“]*(It|The company)\\s+(?!(?:has|had|will) been\\b)"
			+ "(?=(?:said|says|added|announced|reported|expects|plans|planned|signed|agreed|operates|owns|produces|"
			+ "produced|holds|has|had|will|aims|intends|received|secured|completed|acquired|began|started|supplies|"
			+ "supplied|sells|sold|won|raised|also|currently|recently|later|now)\\b)");
	/** A legal suffix the company pattern left outside its span ("Halcyon Magnetics| Corp. (“Halcyon”)"). */
	private static final Pattern LEGAL_SUFFIX = Pattern.compile("\\s*,?\\s*(?:Corp(?:oration)?|Inc|Ltd|Limited|LLC|PLC|plc|"
			+ "GmbH|AG|S\\.A|NL|SE|Pty\\.?\\s+Ltd|Co\\.,?\\s+Ltd|Co)\\.?(?![A-Za-z])");
	private static final Pattern OPENING = Pattern.compile("^[\\s\"“]*(?:(?:The|the)\\s+)?$");
	private static final Pattern COUNTRY_PREFIX = Pattern.compile("^(?:U\\.S\\.|US|UK|EU)\\s+");

	private record Named(String surface, EntityRef ref) {
	}

	private final Map<String, EntityRef> aliases = new LinkedHashMap<>();
	private final List<Named> organizations = new ArrayList<>();
	/** The most recent mine, plant or project named: what "the Project", "the facility" refer to. */
	private EntityRef site;
	private static final java.util.Set<String> SITES = java.util.Set.of("project", "facility", "plant", "refinery",
			"mine");
	private EntityRef company;
	private boolean companyDefined;
	private EntityRef agreement;
	/** Named policies, most recent last: what "the List", "this Strategy", "the Act" refer to. */
	private final List<Named> policies = new ArrayList<>();
	private EntityRef subject;
	/** The spans of this sentence's parenthesised definitions, which refer to nothing themselves. */
	private final List<int[]> definitions = new ArrayList<>();

	/**
	 * Learns from a sentence and adds the mentions its aliases make.
	 *
	 * @param sentence the sentence
	 * @param recognised what the recogniser found in it
	 * @return the recognised mentions plus the alias mentions that overlap none of the recognised entities, in
	 *         text order; a recognised cue stays beside an alias that covers it, as the recogniser keeps cues
	 *         beside entities ("the agreement" is both the bare agreement cue and the agreement it refers to)
	 */
	public List<Mention> extend(String sentence, List<Mention> recognised) {
		Objects.requireNonNull(sentence, "DocumentAliases needs the sentence text.");
		Objects.requireNonNull(recognised, "DocumentAliases needs the recognised mentions; pass an empty list for none.");
		List<Mention> entities = recognised.stream().filter(m -> !m.rule().startsWith("cue."))
			.sorted(Comparator.comparingInt(Mention::start)).toList();
		definitions.clear();
		Map<String, Integer> validFrom = new LinkedHashMap<>();
		aliases.keySet().forEach(a -> validFrom.put(a, 0));
		for (Mention m : entities) {
			define(sentence, m, validFrom);
		}
		List<Mention> candidates = new ArrayList<>();
		validFrom.forEach((alias, from) -> occurrences(sentence, alias, aliases.get(alias), from, candidates));
		definites(sentence, entities, candidates);
		Matcher p = PRONOUN.matcher(sentence);
		if (p.find() && subject != null && subject.label() == Label.COMPANY) {
			candidates.add(new Mention(p.start(1), p.end(1), p.group(1), subject, false, "alias.pronoun"));
		}
		List<Mention> out = new ArrayList<>(recognised);
		for (Mention c : candidates) {
			if (out.stream().anyMatch(o -> o.overlaps(c) && !o.rule().startsWith("cue."))
					|| definitions.stream().anyMatch(d -> d[0] <= c.start() && c.end() <= d[1])) {
				continue;
			}
			out.add(c);
		}
		out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
		learn(sentence, out);
		return List.copyOf(out);
	}

	/**
	 * {@return whether a mention's text is a name worth keeping as an alias of its entity: not "It", "the
	 * Company" or "the Department"}
	 *
	 * @param m a mention
	 */
	public static boolean isName(Mention m) {
		if (m.rule().equals("alias.definite") || m.rule().equals("alias.pronoun") || m.rule().equals(Gazetteer.PLACE)) {
			return false;
		}
		return !m.rule().startsWith("alias.") || !m.text().toLowerCase(Locale.ROOT).startsWith("the ");
	}

	/** Reads the parentheses after a name: tickers, quoted short names, acronyms and short forms. */
	private void define(String sentence, Mention m, Map<String, Integer> validFrom) {
		Label label = m.entity().label();
		if (label == Label.COUNTRY || label == Label.ELEMENT || m.adjective()) {
			return;
		}
		Matcher p = PARENTHESIS.matcher(sentence);
		Matcher suffix = LEGAL_SUFFIX.matcher(sentence).region(m.end(), sentence.length());
		p.region(suffix.lookingAt() ? suffix.end() : m.end(), sentence.length());
		while (p.find()) {
			String inside = p.group(1).strip();
			Matcher ticker = TICKER.matcher(inside);
			List<String> names = new ArrayList<>();
			if (ticker.matches()) {
				names.add(ticker.group(1));
			}
			else if (QUOTED_LIST.matcher(inside).matches()) {
				Matcher q = QUOTED.matcher(inside);
				while (q.find()) {
					names.add(q.group(1).strip());
				}
			}
			else if (BARE.matcher(inside).matches() && shortFormOf(inside, m)) {
				names.add(inside);
			}
			else if (BARE_OR_COMPANY.matcher(inside).matches()) {
				// "(Meteoric or the Company)": an unquoted short name and the definite description
				Matcher b = BARE_OR_COMPANY.matcher(inside);
				b.matches();
				if (shortFormOf(b.group(1), m)) {
					names.add(b.group(1));
				}
				names.add("the " + b.group(2));
			}
			else {
				return; // some other remark in parentheses ends the definition
			}
			for (String n : names) {
				if (n.equalsIgnoreCase("the Company") && label == Label.COMPANY) {
					company = m.entity();
					companyDefined = true;
				}
				aliases.put(n, m.entity());
				validFrom.put(n, p.end());
			}
			definitions.add(new int[] { m.end(), p.end() });
			p.region(p.end(), sentence.length());
		}
	}

	/** "OES" for "Office of Energy Supply", "Lynas" for "Lynas Rare Earths Limited". */
	private static boolean shortFormOf(String alias, Mention m) {
		String[] words = m.text().split("\\s+");
		StringBuilder initials = new StringBuilder();
		for (String w : words) {
			if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
				initials.append(w.charAt(0));
			}
		}
		String compact = alias.replace(".", "");
		return compact.equals(initials.toString()) || m.text().startsWith(alias + " ")
				|| m.entity().name().startsWith(alias + " ");
	}

	private static void occurrences(String sentence, String alias, EntityRef ref, int from, List<Mention> out) {
		List<String> forms = alias.startsWith("the ") ? List.of(alias, "T" + alias.substring(1)) : List.of(alias);
		for (String form : forms) {
			int at = sentence.indexOf(form, from);
			while (at >= 0) {
				int end = at + form.length();
				if (Gazetteer.onWordBoundaries(sentence, at, end)) {
					out.add(new Mention(at, end, form, ref, false, "alias.abbreviation"));
				}
				at = sentence.indexOf(form, end);
			}
		}
	}

	private void definites(String sentence, List<Mention> entities, List<Mention> out) {
		Matcher d = DEFINITE.matcher(sentence);
		while (d.find()) {
			String noun = d.group(1);
			EntityRef ref;
			if (noun.equals("Company")) {
				ref = company;
			}
			else if (SITES.contains(noun.toLowerCase(java.util.Locale.ROOT))) {
				ref = entities.stream().filter(m -> m.end() <= d.start() && m.entity().label() == Label.MINE)
					.reduce((a, b) -> b).map(Mention::entity).orElse(site);
			}
			else if (noun.equals("agreement") || noun.equals("deal")) {
				ref = entities.stream().filter(m -> m.end() <= d.start() && m.entity().label() == Label.AGREEMENT)
					.reduce((a, b) -> b).map(Mention::entity).orElse(agreement);
			}
			else {
				ref = organization(noun, entities, d.start());
			}
			if (ref != null) {
				out.add(new Mention(d.start(), d.end(), d.group(), ref, false, "alias.definite"));
			}
		}
		Matcher p = POLICY_DEFINITE.matcher(sentence);
		while (p.find()) {
			String noun = p.group(1);
			EntityRef ref = mostRecent(policies, Label.POLICY, entities, p.start(), n -> {
				String name = n.ref().name();
				return name.endsWith(" " + noun) || name.contains(" " + noun + " of ") || name.startsWith(noun + " of ");
			});
			if (ref != null) {
				out.add(new Mention(p.start(), p.end(), p.group(), ref, false, "alias.definite"));
			}
		}
	}

	/**
	 * The most recent organisation whose name starts with the noun ("Department of Energy") or ends with it
	 * ("Defense Logistics Agency"), this sentence's earlier ones first.
	 */
	private EntityRef organization(String noun, List<Mention> entities, int before) {
		return mostRecent(organizations, Label.ORGANIZATION, entities, before, n -> {
			for (String form : List.of(n.surface(), n.ref().name())) {
				String bare = COUNTRY_PREFIX.matcher(form).replaceFirst("");
				if (bare.startsWith(noun + " ") || bare.endsWith(" " + noun)) {
					return true;
				}
			}
			return false;
		});
	}

	/**
	 * The most recent entity of a label, among those named in earlier sentences and this sentence's names before
	 * {@code before}, that {@code fits}; null when none does.
	 */
	private static EntityRef mostRecent(List<Named> earlier, Label label, List<Mention> entities, int before,
			java.util.function.Predicate<Named> fits) {
		List<Named> recent = new ArrayList<>(earlier);
		entities.stream().filter(m -> m.end() <= before && m.entity().label() == label)
			.forEach(m -> recent.add(new Named(m.text(), m.entity())));
		for (int i = recent.size() - 1; i >= 0; i--) {
			Named n = recent.get(i);
			if (fits.test(n)) {
				return n.ref();
			}
		}
		return null;
	}

	private void learn(String sentence, List<Mention> mentions) {
		EntityRef opening = null;
		for (Mention m : mentions) {
			if (m.rule().startsWith("cue.")) {
				continue;
			}
			Label label = m.entity().label();
			if (opening == null && !m.adjective() && !m.rule().equals(Gazetteer.PLACE) && OPENING.matcher(sentence.substring(0, m.start())).matches()) {
				opening = m.entity();
			}
			if (label == Label.MINE && !m.adjective()) {
				site = m.entity();
			}
			if (label == Label.COMPANY && company == null && !companyDefined) {
				company = m.entity();
			}
			else if (label == Label.ORGANIZATION) {
				organizations.add(new Named(m.text(), m.entity()));
			}
			else if (label == Label.AGREEMENT) {
				agreement = m.entity();
			}
			else if (label == Label.POLICY && !m.rule().equals("alias.definite")) {
				policies.add(new Named(m.text(), m.entity()));
			}
		}
		subject = opening;
	}
}
