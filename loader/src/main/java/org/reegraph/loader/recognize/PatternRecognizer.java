package org.reegraph.loader.recognize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.loader.text.GuardedPattern;
import org.reegraph.model.EntityId;
import org.reegraph.model.Label;

/**
 * Finds entities the catalog does not know, by the shape of their names: companies ("… Corp", "… Ltd",
 * "… Materials", "… Rare Earths"), mines and plants ("… mine", "… project", "a separation plant in
 * Wyoming"), programmes (F-35, "… missile", "… carbine", "… charger"), policies ("… Act", "Section 301",
 * quoted names) and agreements (quoted names, "… Agreement"). Stateless and thread-safe.
 * <p>
 * Generic policy words ("export controls", "tariffs", "price floor") and unnamed agreements ("a mineral
 * agreement") are returned as <em>cues</em> with the rule {@code cue.policy} / {@code cue.agreement}: the
 * relation stage names them after their issuer or parties.
 */
public final class PatternRecognizer {

	private static final String CAP = "\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*";
	private static final String CAPS = "((?:" + CAP + "\\s+){0,3}?" + CAP + ")";

	private static final GuardedPattern COMPANY = GuardedPattern.exact(
			Pattern.compile(CAPS + "\\s+(Co\\.,?\\s+Ltd\\.?|Pty\\.?\\s+Ltd\\.?|Corp(?:oration)?\\.?|Inc\\.?|Ltd\\.?|"
			+ "Limited|LLC|PLC|plc|GmbH|AG|S\\.A\\.|Group|Materials|Rare Earths?|Resources|Mining|Minerals|Metals|"
			+ "Magnetics|Technologies|Industries|Holdings|Co\\.)(?![A-Za-z])"),
			"Corp", "Inc", "Ltd", "Limited", "LLC", "PLC", "plc", "GmbH", "AG", "S.A.", "Group", "Materials",
			"Rare Earth", "Resources", "Mining", "Minerals", "Metals", "Magnetics", "Technologies", "Industries",
			"Holdings", "Co.");
	/** Descriptive endings that common words can carry too ("Critical Minerals are …"), unlike legal suffixes. */
	private static final Pattern DESCRIPTIVE_SUFFIX = Pattern.compile("Materials|Rare Earths?|Resources|Mining|"
			+ "Minerals|Metals");
	private static final Pattern LEGAL_SUFFIX = Pattern
		.compile("(?i)[,\\s]+(Pty\\.?\\s+Ltd|Co\\.,?\\s+Ltd|Corp(oration)?|Inc|Ltd|Limited|LLC|PLC|GmbH|AG|S\\.A|Co)\\.?$");
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,]$");
	private static final GuardedPattern COMPANY_ZH = GuardedPattern.exact(Pattern
		.compile("(?<![对向从在和与及的、])([\\p{IsHan}&&[^对向从在和与及的、]][\\p{IsHan}]{1,9}?(?:集团|公司|股份|控股|磁材|矿业))"),
			"集团", "公司", "股份", "控股", "磁材", "矿业");

	/**
	 * What a site works, written between its name and its head: "the Ngualla rare earths project", "the Eneabba
	 * Rare Earths Refinery", "the Kvanefjeld REE deposit". Not part of the name.
	 */
	private static final String SITE_COMMODITY = "(?:(?:(?:[Hh]eavy|[Ll]ight)\\s+)?[Rr]are[- ][Ee]arths?(?:\\s+[Ee]lements?)?"
			+ "|H?REE|[Ll]ithium|[Gg]raphite|[Nn]ickel|[Cc]opper|[Cc]obalt|[Gg]allium|[Aa]ntimony|[Tt]ungsten|[Nn]iobium"
			+ "|[Ss]candium|[Uu]ranium|[Mm]ineral\\s+[Ss]ands?|[Ii]onic\\s+[Cc]lay|[Cc]ritical\\s+[Mm]inerals?)\\s+";
	private static final GuardedPattern NAMED_SITE = GuardedPattern.exact(Pattern
		.compile("(?<![\\p{L}\\p{N}])" + CAPS + "((?:,\\s+\\p{Lu}\\p{Ll}+(?=\\s+site\\b))?)"
			+ "\\s+(?:" + SITE_COMMODITY + ")?((?:[Ss]eparation|[Pp]rocessing|[Rr]efining|[Mm]agnet|[Rr]ecycling)\\s+)?"
			+ "([Mm]ine|[Pp]roject|[Dd]eposit|[Pp]lant|[Rr]efinery|[Ff]acility|[Mm]ill|site|operations?)\\b"),
			"mine", "project", "deposit", "plant", "refinery", "facility", "site", "Mine", "Project",
			"Deposit", "Plant", "Refinery", "Facility", "mill", "Mill", "operation");
	/** Words that open a capitalised heading or title but name no site on their own. */
	private static final Set<String> NOT_A_SITE_NAME = Set.of("world", "global", "total", "domestic", "other", "new",
			"largest", "first", "national", "federal", "state", "international", "annual", "major", "main", "key", "asian",
			"african", "western", "eastern", "northern", "southern", "overseas", "foreign", "offshore", "onshore", "mining",
			"processing", "refining", "company", "group", "corporate", "field", "core", "existing", "current", "steel", "paper",
			"ball", "rolling", "sag", "flour", "saw", "sugar", "textile", "cotton", "rice", "pulp", "grinding", "crushing",
			"power", "water", "treatment");
	private static final Pattern POSSESSIVE_IN_NAME = Pattern.compile("\\S['’]s?\\s+");
	private static final GuardedPattern PLACED_SITE = GuardedPattern.exact(
			Pattern.compile("\\b(?<!['’])((?:(?!and\\b)[a-z]+[- ]){0,3}?(?:separation|processing|"
			+ "refining|magnet|mining|copper-gold|lithium|rare earth|rare-earth)?\\s*(?:plant|mine|facility|refinery))"
			+ "\\s+in\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)"),
			"plant", "mine", "facility", "refinery");

	private static final GuardedPattern DESIGNATOR = GuardedPattern.exact(
			Pattern.compile("\\b([A-Z]{1,3}-\\d{1,3}[A-Z]?)(?=\\s*(?:fighter|jet|"
			+ "stealth|bomber|aircraft|missile|helicopter|drone|tank|submarine|战斗机|战机|导弹)|\\b)"),
			"-");
	private static final GuardedPattern NAMED_PROGRAM = GuardedPattern.exact(
			Pattern.compile("((?:" + CAP + "\\s+){0,2}" + "[A-Z0-9][A-Za-z0-9\\-]*)"
			+ "\\s+(missiles?|carbines?|rifles?|chargers?|submarines?|fighter jets?|fighters?|bombers?|tanks?|"
			+ "smartphones?|engines?)\\b"),
			"missile", "carbine", "rifle", "charger", "submarine", "fighter", "bomber", "tank", "smartphone", "engine");
	private static final Pattern PROVENANCE = Pattern.compile("(?i)-(made|built|produced|origin|sourced|based|owned)$");
	private static final Set<String> DEFENSE_NOUNS = Set.of("missile", "carbine", "rifle", "submarine", "fighter jet",
			"fighter", "bomber", "tank", "engine");

	private static final GuardedPattern ACT = GuardedPattern.exact(
			Pattern.compile("((?:" + CAP + "\\s+){1,5})(Act|Law)\\b"),
			"Act", "Law");
	/** Named plans and strategies: "Canadian Critical Minerals Strategy", "Clean Industrial Deal". */
	private static final GuardedPattern NAMED_POLICY = GuardedPattern.exact(
			Pattern.compile("((?:" + CAP + "\\s+){1,5})(Strategy|Directive|Regulation|Deal|Action Plan)\\b"),
			"Strategy", "Directive", "Regulation", "Deal", "Action Plan");
	/**
	 * Named funding and industrial programmes: "Critical Minerals Technology and Innovation Program", "Critical
	 * Minerals Geoscience and Data Initiative", "the CLIMATES programme".
	 */
	private static final GuardedPattern NAMED_INITIATIVE = GuardedPattern.of(Pattern.compile(
			"((?:" + CAP + "\\s+(?:and\\s+)?){1,6})(Program|Programme|Initiative)\\b"),
			"program", "initiative");
	/** A programme named by an acronym of five or more capitals before a lower-case head: "the CLIMATES programme" (not
	 * "the DOE program": shorter acronyms are mostly the bodies that run programmes). */
	private static final GuardedPattern ACRONYM_INITIATIVE = GuardedPattern.exact(Pattern.compile(
			"(?<![\\p{L}\\p{N}-])([A-Z][A-Z0-9]{4,}(?:-[A-Z0-9]+)?\\s+)(programme|program|initiative)\\b"),
			"programme", "program", "initiative");
	/** Official lists: "the 2025 List of Critical Minerals", "the Critical Minerals List". */
	private static final GuardedPattern NAMED_LIST = GuardedPattern.exact(
			Pattern.compile("\\b((?:(?:19|20)\\d{2}\\s+)?)List\\s+of\\s+(" + CAP + "(?:\\s+" + CAP + "){0,3})"),
			"List");
	private static final GuardedPattern SECTION = GuardedPattern.exact(
			Pattern.compile("\\bSection\\s+(\\d{3})(?:\\s+(tariffs?))?"),
			"Section");
	private static final GuardedPattern QUOTED = GuardedPattern.of(
			Pattern.compile("[\"“]([^\"”]{3,80})[\"”]\\s*(framework agreement|"
			+ "agreement|framework|deal|accord|pact|memorandum|alliance|partnership|policy|law|regulation|act|"
			+ "tariffs?|controls?|program(?:me)?)?", Pattern.CASE_INSENSITIVE),
			"\"", "“");
	private static final GuardedPattern NAMED_AGREEMENT = GuardedPattern.exact(Pattern
		.compile("((?:" + CAP + "\\s+){1,6})(Agreement|Accord|Pact|Partnership|Alliance)\\b"),
			"Agreement", "Accord", "Pact", "Partnership", "Alliance");
	private static final GuardedPattern POLICY_CUE = GuardedPattern.of(
			Pattern.compile("\\b(export controls?|export restrictions?|export bans?|"
			+ "bans? on (?:the )?(?:[a-z-]+ ){0,2}exports?|ban(?:s|ned|ning)? (?:the )?(?:[a-z-]+ ){0,3}exports|"
			+ "prohibit(?:s|ed|ing)? (?:the )?(?:[a-z-]+ ){0,3}exports|embargo(?:es)? on (?:the )?exports?|"
			+ "(?:(?:mining|production|output|extraction|smelting|separation|smelting-separation|refining)"
			+ "(?: and | |, ))+quotas?|export licen[cs]es?|export licen[cs]ing(?: requirements?| regime| system)?|"
			+ "licen[cs]ing requirements? (?:for|on) (?:the )?exports?|export permits?|"
			+ "critical (?:minerals?|raw materials?|metals) list|list of critical (?:minerals?|raw materials?)|"
			+ "export quotas?|export regulations?|export license (?:controls?|management)|export curbs?|"
			+ "controls? (?:over|on) (?:the )?exports?(?: of)?|restrict(?:s|ed|ing)? (?:[a-z-]+ ){0,3}exports|"
			+ "controll?(?:ing|ed|s) (?:[a-z-]+ ){0,3}exports|regulations? on (?:[a-z-]+ ){0,3}exports|"
			+ "entity list|sanctions|restrictions? on|tariffs?|price floor|minimum purchase price|subsid(?:y|ies))\\b"
			+ "|(出口管制|出口许可|出口限制|出口禁令|禁止出口|总量控制指标|关税|加税|制裁|价格下限)", Pattern.CASE_INSENSITIVE),
			"export", "entity list", "sanctions", "restriction", "tariff", "price floor", "minimum purchase price",
			"subsid", "quota", "licen", "list", "出口", "指标", "关税", "加税", "制裁", "价格下限");
	private static final GuardedPattern AGREEMENT_CUE = GuardedPattern.of(
			Pattern.compile("\\b((?:(?:rare earth|rare-earth|critical minerals?|"
			+ "minerals?|mineral|trade|supply|cooperation|framework|mining|investment|purchase|procurement|"
			+ "long-term|strategic)\\s+){1,3})(agreement|deal|accord|framework|contract|pact|partnership|"
			+ "memorandum of understanding|alliance)\\b|(协议|协定)"
			+ "|\\b((?:the|this|that|an|a|its|their|temporary|new)\\s+"
			+ "(?:(?:US|A|C|AU)?\\$[\\d.,]+\\s*(?:million|billion|bn|m)?\\s+)?|(?<=sign(?:ed|ing|s)? ))"
			+ "((?:(?:offtake|loan|supply|binding|non-binding|definitive|framework|purchase|sales?|procurement|"
			+ "investment|cooperation|partnership|strategic|long-term|exploration|mining|processing|tolling|toll|"
			+ "joint|venture|financing|funding|credit|grant|trade|critical|minerals?|rare|earths?|rare-earth|"
			+ "lithium|cobalt|nickel|graphite|magnet|technology|licensing|royalty|streaming|bilateral|trilateral|"
			+ "preliminary|conditional|heads|memorandum|multi-year|\\d+-year)\\s+){0,3})"
			+ "(agreements?|deals?|framework|contracts?|memorandum of understanding|mou)\\b",
			Pattern.CASE_INSENSITIVE),
			"agreement", "deal", "accord", "framework", "contract", "pact", "partnership",
			"memorandum of understanding", "alliance", "mou", "协议", "协定");

	private static final Set<String> LEADING_NOISE = Set.of("The", "A", "An", "In", "While", "As", "With", "And",
			"But", "For", "From", "By", "Of", "On", "At", "To", "Its", "Their", "This", "That", "These", "Despite",
			"Meanwhile", "However", "Recently", "Both", "Also", "Since", "After", "Before", "Under", "Western",
			"Global", "New", "Other", "Such", "Some", "Many", "Most", "Several", "Major", "Key", "Chinese",
			"American", "US", "U.S.", "China's", "Group", "Core", "January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
			"Thursday", "Friday", "Saturday", "Sunday");

	/**
	 * Finds pattern mentions.
	 *
	 * @param text the sentence
	 * @return the mentions, possibly overlapping each other and gazetteer mentions
	 */
	public List<Mention> find(String text) {
		List<Mention> out = new ArrayList<>();
		String lower = GuardedPattern.lower(text);
		companies(text, lower, out);
		NameShapes.organizations(text, lower, out);
		NameShapes.pluralHeads(text, lower, out);
		sites(text, lower, out);
		programs(text, lower, out);
		NameShapes.programs(text, lower, out);
		policies(text, lower, out);
		agreements(text, lower, out);
		return out;
	}

	private static void companies(String text, String lower, List<Mention> out) {
		Matcher m = COMPANY.matcher(text, lower);
		while (m.find()) {
			int start = trimLeading(text, m.start(1), m.end(1));
			if (start < 0) {
				continue;
			}
			start = NameShapes.afterHeadlineWord(text, start, m.end(1));
			if (start >= m.end(1) || (DESCRIPTIVE_SUFFIX.matcher(m.group(2)).matches()
					&& NameShapes.commonOpener(text, start, m.end(1)))) {
				continue; // "Acme Signs Rare Earths …", "Critical Minerals are …": no company name
			}
			String name = TRAILING_PUNCTUATION.matcher(text.substring(start, m.end())).replaceAll("");
			Map<String, Object> props = new LinkedHashMap<>();
			out.add(mention(start, start + name.length(), text, Label.COMPANY, canonicalCompany(name), props,
					"pattern.company"));
		}
		Matcher z = COMPANY_ZH.matcher(text, lower);
		while (z.find()) {
			out.add(mention(z.start(), z.end(), text, Label.COMPANY, z.group(1), Map.of(), "pattern.company.zh"));
		}
	}

	/** "Lynas Rare Earths Ltd." and "Lynas Rare Earths" are one company: legal suffixes do not make the id. */
	static String canonicalCompany(String name) {
		return LEGAL_SUFFIX.matcher(name).replaceAll("").strip();
	}

	private static void sites(String text, String lower, List<Mention> out) {
		Matcher m = NAMED_SITE.matcher(text, lower);
		while (m.find()) {
			int start = trimLeading(text, m.start(1), m.end(1));
			if (start < 0) {
				continue;
			}
			start = NameShapes.afterHeadlineWord(text, start, m.end(1));
			if (start >= m.end(1)) {
				continue;
			}
			Matcher owner = POSSESSIVE_IN_NAME.matcher(text).region(start, m.end(1));
			while (owner.find()) {
				start = owner.end(); // "Karawara Resources Ltd’s Mesa site": the owner is no part of the site's name
			}
			if (start >= m.end(1)) {
				continue;
			}
			if (text.charAt(m.end(1) - 1) == 's' && m.end(1) - start >= 2 && "'’".indexOf(text.charAt(m.end(1) - 2)) >= 0) {
				continue; // "Neo’s rare earth separation facility": the owner, not the site's name
			}
			if (NOT_A_SITE_NAME.contains(text.substring(start, m.end(1)).toLowerCase(Locale.ROOT))) {
				continue; // "World Mine Production", "the Domestic Mine Safety Act": no site is named
			}
			String head = m.group(4);
			if (head.startsWith("operation") && !owned(text, start)) {
				continue; // "Vital Metals' Nechalacho operations" name a site; "Asian Operations", "Field operations" do not
			}
			if (head.equals("site") && m.group(2).isEmpty()) {
				continue; // a site is named only with its place and region: "Mesa, Arizona site", not "Web site"
			}
			// "Mountain Pass mine" is Mountain Pass; a site is named with its head: "Mesa, Arizona site"
			// "White Mesa Mill": a mill is named with its head
			String name = head.equals("site") || head.equalsIgnoreCase("mill") ? text.substring(start, m.end())
					: text.substring(start, m.end(1));
			String kind = kind(m.group(3) == null ? m.group(4) : m.group(3) + m.group(4));
			Map<String, Object> props = m.group(2).isEmpty() ? Map.of("kind", kind)
					: Map.of("kind", kind, "location", m.group(2).replaceFirst("^,\\s+", ""));
			out.add(mention(start, m.end(), text, Label.MINE, name, props, "pattern.site"));
		}
		m = PLACED_SITE.matcher(text, lower);
		while (m.find()) {
			String what = m.group(1).strip().replaceFirst("^.*\\b(?:a|an|the|its|their|this|that)\\s+", "")
				// "a new $230 million rare earth separation plant": amounts and plans are no part of what the site is
				.replaceFirst("^(?:(?:million|billion|thousand|new|proposed|planned|existing|first|second)\\s+)+", "");
			if (what.split("\\s+").length < 2 && !what.contains("-")) {
				continue; // "plant in Wyoming" alone is too vague to name a site
			}
			String place = m.group(2);
			String name = place + " " + what;
			Map<String, Object> props = Map.of("kind", kind(what), "location", place);
			int start = m.start(1) + (m.group(1).length() - m.group(1).stripLeading().length());
			start = text.indexOf(what, start);
			// the span stops before " in <Place>" so the place stays a mention of its own (LOCATED_IN reads it)
			out.add(mention(start, start + what.length(), text, Label.MINE, name, props, "pattern.site.placed"));
		}
	}

	/** {@return whether an owner's possessive ("Vital Metals' ", "its ", "the company's ") stands right before} */
	private static boolean owned(String text, int start) {
		String before = text.substring(Math.max(0, start - 40), start);
		return OWNER_BEFORE.matcher(before).find();
	}

	private static final Pattern OWNER_BEFORE = Pattern.compile("(?:['’]s?|\\b(?:its|their|our))\\s+$");

	private static String kind(String noun) {
		String n = noun.toLowerCase(Locale.ROOT);
		if (n.contains("separation")) {
			return "SEPARATION_PLANT";
		}
		if (n.contains("magnet")) {
			return "MAGNET_PLANT";
		}
		if (n.contains("refin") || n.contains("processing")) {
			return "REFINERY";
		}
		if (n.contains("operation")) {
			return "MINE";
		}
		if (n.contains("plant") || n.contains("mill")) {
			return "PLANT";
		}
		if (n.contains("facility") || n.contains("site")) {
			return "FACILITY";
		}
		return n.contains("project") ? "PROJECT" : "MINE";
	}

	private static void programs(String text, String lower, List<Mention> out) {
		Matcher m = DESIGNATOR.matcher(text, lower);
		while (m.find()) {
			String d = m.group(1);
			String rest = text.substring(m.end()).stripLeading().toLowerCase(Locale.ROOT);
			boolean weapon = rest.matches("^(fighter|jet|stealth|bomber|aircraft|missile|helicopter|drone|tank|"
					+ "submarine|战斗机|战机|导弹).*");
			if (weapon) {
				out.add(mention(m.start(1), m.end(1), text, Label.PROGRAM, d, Map.of("kind", "DEFENSE"),
						"pattern.program.designator"));
			}
		}
		named(NAMED_INITIATIVE, Label.PROGRAM, "CIVIL", "pattern.program.initiative", text, lower, out);
		named(ACRONYM_INITIATIVE, Label.PROGRAM, "CIVIL", "pattern.program.initiative", text, lower, out);
		m = NAMED_PROGRAM.matcher(text, lower);
		while (m.find()) {
			int start = trimLeading(text, m.start(1), m.end(1));
			if (start < 0) {
				continue;
			}
			String noun = m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
			if (text.substring(start, m.end(1)).matches("[A-Z]{1,3}-\\d{1,3}[A-Z]?")) {
				continue; // "J-20 fighter": the designator names the programme
			}
			if (PROVENANCE.matcher(text.substring(start, m.end(1))).find()) {
				continue; // "Chinese-made chargers", "US-built engines": where things come from, not a programme
			}
			String name = text.substring(start, m.end(1)) + " " + noun;
			String kind = DEFENSE_NOUNS.contains(noun) ? "DEFENSE" : "CIVIL";
			out.add(mention(start, m.end(), text, Label.PROGRAM, name, Map.of("kind", kind), "pattern.program.named"));
		}
	}

	/**
	 * Policies named by capitalised words before a head noun ("Critical Minerals Act", "Canadian Critical
	 * Minerals Strategy"): the name starts after leading noise and any headline verb.
	 */
	private static void namedPolicies(GuardedPattern pattern, String kind, String rule, String text, String lower,
			List<Mention> out) {
		named(pattern, Label.POLICY, kind, rule, text, lower, out);
	}

	/** Names made of capitalised words before a head noun, of one label (the first group holds the words). */
	private static void named(GuardedPattern pattern, Label label, String kind, String rule, String text, String lower,
			List<Mention> out) {
		Matcher m = pattern.matcher(text, lower);
		while (m.find()) {
			int group = 1;
			int start = trimLeading(text, m.start(group), m.end(group));
			if (start >= 0) {
				start = NameShapes.afterHeadlineWord(text, start, m.end(group));
			}
			if (start < 0 || start >= m.end(group) || text.substring(start, m.end(group)).matches("(?i)and\\s+")) {
				continue;
			}
			String name = text.substring(start, m.end());
			out.add(mention(start, m.end(), text, label, name, Map.of("kind", kind), rule));
		}
	}

	private static void policies(String text, String lower, List<Mention> out) {
		namedPolicies(ACT, "LAW", "pattern.policy.act", text, lower, out);
		namedPolicies(NAMED_POLICY, "STRATEGY", "pattern.policy.named", text, lower, out);
		Matcher m = NAMED_LIST.matcher(text, lower);
		while (m.find()) {
			String name = (m.group(1) + "List of " + m.group(2)).strip();
			int end = m.end();
			if (name.endsWith(".")) {
				name = name.substring(0, name.length() - 1); // the sentence's full stop: "… to the 2025 List of Critical Minerals."
				end--;
			}
			out.add(mention(m.start(), end, text, Label.POLICY, name, Map.of("kind", "LIST"), "pattern.policy.list"));
		}
		m = SECTION.matcher(text, lower);
		while (m.find()) {
			out.add(mention(m.start(), m.end(), text, Label.POLICY, "Section " + m.group(1) + " tariffs",
					Map.of("kind", "TARIFF"), "pattern.policy.section"));
		}
		m = QUOTED.matcher(text, lower);
		while (m.find()) {
			String noun = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
			String name = m.group(1).strip();
			if (noun.isEmpty() && name.matches("(?i).*\\b(tariffs?|controls?|act|ban|price floor|settlement|quotas?|sanctions)$")) {
				noun = "policy";
			}
			else if (noun.isEmpty() && name.matches("(?i).*\\b(agreement|accord|framework|pact|deal)$")) {
				out.add(mention(m.start(), m.end(), text, Label.AGREEMENT, titleCase(name), Map.of(),
						"pattern.agreement.quoted"));
				continue;
			}
			if (noun.matches("policy|law|regulation|act|tariffs?|controls?")) {
				out.add(mention(m.start(), m.end(), text, Label.POLICY, name, Map.of("kind", policyKind(name + " " + noun)),
						"pattern.policy.quoted"));
			}
			else if (!noun.isEmpty()) {
				String full = noun.contains("agreement") || noun.equals("framework") ? name + " " + noun : name;
				out.add(mention(m.start(), m.end(), text, Label.AGREEMENT, titleCase(full), Map.of(),
						"pattern.agreement.quoted"));
			}
		}
		m = POLICY_CUE.matcher(text, lower);
		while (m.find()) {
			String cue = m.group(1) != null ? m.group(1) : m.group(2);
			String kind = policyKind(cue);
			out.add(mention(m.start(), m.end(), text, Label.POLICY, canonicalPolicy(kind, cue), Map.of("kind", kind),
					"cue.policy"));
		}
	}

	/** Different wordings of one measure get one name, so they become one Policy node per issuer. */
	private static String canonicalPolicy(String kind, String cue) {
		return switch (kind) {
			case "EXPORT_CONTROL" -> "export controls";
			case "TARIFF" -> "tariffs";
			case "SANCTION" -> "sanctions";
			case "PRICE_FLOOR" -> "price floor";
			case "SUBSIDY" -> "subsidy";
			case "EXPORT_BAN" -> "export ban";
			case "QUOTA" -> "production quotas";
			case "LIST" -> "critical minerals list";
			default -> cue.toLowerCase(Locale.ROOT);
		};
	}

	/**
	 * {@return the policy kind a cue word names}
	 *
	 * @param cue "export controls", "tariff", "关税" …
	 */
	public static String policyKind(String cue) {
		String c = cue.toLowerCase(Locale.ROOT);
		if (c.contains("tariff") || c.contains("关税") || c.contains("加税")) {
			return "TARIFF";
		}
		if (c.matches("(?s).*\\b(ban|bans|banned|banning|prohibit\\w*|embargo\\w*)\\b.*") || c.contains("禁")) {
			return "EXPORT_BAN"; // "a ban on exports of gallium", "banned rare earth exports", "出口禁令"
		}
		if (c.contains("list") && !c.contains("entity list")) {
			return "LIST"; // "its critical minerals list", "the list of critical minerals"
		}
		if ((c.contains("quota") && !c.contains("export")) || c.contains("指标")) {
			return "QUOTA"; // "mining and smelting-separation quotas", "总量控制指标"
		}
		if (c.contains("export") || c.contains("control") || c.contains("出口")
				|| (c.contains("restrict") && !c.startsWith("restriction"))) {
			return "EXPORT_CONTROL";
		}
		if (c.contains("sanction") || c.contains("entity list") || c.contains("制裁") || c.startsWith("restriction")) {
			return "SANCTION";
		}
		if (c.contains("price") || c.contains("价格") || c.contains("floor")) {
			return "PRICE_FLOOR";
		}
		if (c.contains("subsid")) {
			return "SUBSIDY";
		}
		return "LAW";
	}

	private static void agreements(String text, String lower, List<Mention> out) {
		Matcher m = NAMED_AGREEMENT.matcher(text, lower);
		while (m.find()) {
			int start = trimLeading(text, m.start(1), m.end(1));
			if (start >= 0) {
				start = NameShapes.afterHeadlineWord(text, start, m.end(1));
			}
			if (start < 0 || start >= m.end(1)) {
				continue; // "Acme Announces Agreement": a headline, not the name of an agreement
			}
			out.add(mention(start, m.end(), text, Label.AGREEMENT, text.substring(start, m.end()), Map.of(),
					"pattern.agreement.named"));
		}
		m = AGREEMENT_CUE.matcher(text, lower);
		while (m.find()) {
			if (m.group(6) != null) {
				if (m.group(5).isBlank()) {
					// "the agreement", "a $500 million agreement": refers back, or is named after its parties
					out.add(mention(m.start(6), m.end(), text, Label.AGREEMENT, "agreement", Map.of(), "cue.agreement.bare"));
				}
				else {
					// "an offtake agreement", "a non-binding Memorandum of Understanding": a new one, of that kind
					String kind = (m.group(5) + m.group(6)).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
						.replaceAll("\\bmou$", "memorandum of understanding");
					out.add(mention(m.start(5), m.end(), text, Label.AGREEMENT, kind, Map.of(), "cue.agreement"));
				}
				continue;
			}
			String cue = m.group(2) != null ? (m.group(1).strip() + " " + m.group(2)) : m.group(3);
			out.add(mention(m.start(), m.end(), text, Label.AGREEMENT, cue.toLowerCase(Locale.ROOT), Map.of(),
					"cue.agreement"));
		}
	}

	/** Drops leading function words; returns -1 when nothing of a name is left. */
	static int trimLeading(String text, int start, int end) {
		int s = start;
		while (s < end) {
			int space = text.indexOf(' ', s);
			if (space < 0 || space >= end) {
				break;
			}
			String word = text.substring(s, space);
			if (LEADING_NOISE.contains(word)) {
				s = space + 1;
			}
			else {
				break;
			}
		}
		String first = text.substring(s, Math.min(end, text.indexOf(' ', s) < 0 || text.indexOf(' ', s) > end ? end
				: text.indexOf(' ', s)));
		return LEADING_NOISE.contains(first) && s + first.length() >= end ? -1 : s;
	}

	private static String titleCase(String s) {
		StringBuilder sb = new StringBuilder();
		for (String w : s.split("\\s+")) {
			if (!sb.isEmpty()) {
				sb.append(' ');
			}
			sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
		}
		return sb.toString();
	}

	private static Mention mention(int start, int end, String text, Label label, String name,
			Map<String, Object> props, String rule) {
		EntityRef ref = new EntityRef(EntityId.fromName(label, name), name, props);
		return new Mention(start, end, text.substring(start, end), ref, false, rule);
	}
}
