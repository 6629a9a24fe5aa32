package org.reegraph.loader.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reegraph.loader.text.GuardedPattern;
import org.reegraph.model.EntityId;
import org.reegraph.model.Label;

/**
 * The shapes {@link PatternRecognizer} reads from the curated lexicon {@code shapes.json}: government bodies
 * ("Department of Energy", "Defense Logistics Agency", "Ministry of Industry and Information Technology"),
 * generic programmes and technologies ("electric vehicles", "wind turbines", "guided missiles"), and the
 * guards every name shape shares — a capitalised headline verb ends a name ("Acme Announces Agreement" names
 * no agreement), and common words opening a sentence make no company ("Critical Minerals are …"). Stateless
 * and thread-safe.
 */
final class NameShapes {

	private record ProgramForm(Pattern pattern, boolean exact, String name, String kind) {
	}

	private static final Set<String> HEADLINE_WORDS;
	private static final Set<String> ORG_SUBJECTS;
	private static final Set<String> COMMON_OPENERS;
	private static final List<ProgramForm> PROGRAMS;

	/** Words that follow an organisation's name without belonging to it ("Department of Energy Secretary …"). */
	private static final Set<String> NAME_STOPS = Set.of("Secretary", "Minister", "Director", "Chief", "Head",
			"Deputy", "Spokesman", "Spokeswoman", "Spokesperson", "Official", "Officials", "Under", "Assistant");

	private static final String CAPW = "\\p{Lu}[\\p{L}\\p{N}&'’.\\-]*";
	private static final String HEAD = "(Department|Ministry|Office|Bureau|Agency|Commission|Administration|"
			+ "Organi[sz]ation|Council|Authority|Directorate|Institute|Laboratory|Survey|Exchange|University|Fund|"
			+ "Bank|Service|Catapult|Centre|Center|Foundation|Association|Federation|Chamber|Consortium)";
	/** "the Departments of Agriculture, Energy and War": one body per item, each named with the singular head. */
	private static final GuardedPattern PLURAL_HEADS = GuardedPattern.exact(Pattern.compile("\\b(Departments|Ministries|"
			+ "Offices|Agencies|Bureaus|Secretaries)\\s+of\\s+(" + CAPW + "(?:\\s+" + CAPW + ")?(?:\\s*,\\s*(?:and\\s+)?" + CAPW
			+ "(?:\\s+" + CAPW + ")?|\\s+and\\s+" + CAPW + "(?:\\s+" + CAPW + ")?)+)"), "Departments", "Ministries", "Offices",
			"Agencies", "Bureaus", "Secretaries");
	private static final Pattern LIST_ITEM = Pattern.compile("[^,\\s](?:(?!\\s*,|\\s+and\\s)[^,])*");
	private static final GuardedPattern ORGANIZATION;
	private static final Pattern PROVENANCE_BEFORE = Pattern.compile("(?i)-(made|built|produced|origin|sourced)\\s+$");
	private static final Pattern SENTENCE_OPENING = Pattern.compile("^[\\s\"“‘'(]*(?:(?:The|A|An)\\s+)?$");

	static {
		try (InputStream in = NameShapes.class.getResourceAsStream("shapes.json")) {
			if (in == null) {
				throw new IOException("shapes.json is missing from the loader jar.");
			}
			JsonNode root = new ObjectMapper().readTree(in);
			HEADLINE_WORDS = words(root, "headlineWords");
			ORG_SUBJECTS = words(root, "orgSubjects");
			COMMON_OPENERS = words(root, "commonOpeners");
			List<ProgramForm> programs = new ArrayList<>();
			for (JsonNode p : root.get("programs")) {
				for (JsonNode f : p.get("forms")) {
					String form = f.asText();
					boolean exact = !form.equals(form.toLowerCase(Locale.ROOT));
					programs.add(new ProgramForm(Pattern.compile(Pattern.quote(exact ? form : form.toLowerCase(Locale.ROOT))),
							exact, p.get("name").asText(), p.get("kind").asText()));
				}
			}
			PROGRAMS = List.copyOf(programs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the name-shape lexicon.", ex);
		}
		String subjects = String.join("|", ORG_SUBJECTS);
		String of = "(?:the\\s+)?" + CAPW + "(?:(?:\\s+(?:of|for|the|&))?\\s+" + CAPW + "|\\s+and\\s+(?:" + subjects
				+ ")\\b[A-Za-z]*){0,6}";
		ORGANIZATION = GuardedPattern.exact(Pattern.compile("((?:" + CAPW + "\\s+){0,4}?)" + HEAD
				+ "(?:\\s+(?:of|for)\\s+(" + of + "))?(?![A-Za-z])"), "Department", "Ministry", "Office", "Bureau",
				"Agency", "Commission", "Administration", "Organization", "Organisation", "Council", "Authority",
				"Directorate", "Institute", "Laboratory", "Survey", "Exchange", "University", "Fund", "Bank", "Service",
				"Catapult", "Centre", "Center", "Foundation", "Association", "Federation", "Chamber", "Consortium");
	}

	private NameShapes() {
	}

	private static Set<String> words(JsonNode root, String field) {
		Set<String> out = new HashSet<>();
		root.get(field).forEach(w -> out.add(w.asText()));
		return Set.copyOf(out);
	}

	/**
	 * {@return where a name may start: after the last capitalised headline verb or preposition in
	 * {@code [start, end)}, or {@code start} when there is none}
	 */
	static int afterHeadlineWord(String text, int start, int end) {
		int s = start;
		Matcher w = Pattern.compile("\\S+").matcher(text).region(start, end);
		while (w.find()) {
			if (HEADLINE_WORDS.contains(w.group().replaceAll("[,:;]$", ""))) {
				s = w.end();
				while (s < end && Character.isWhitespace(text.charAt(s))) {
					s++;
				}
			}
		}
		return s;
	}

	/**
	 * {@return whether {@code [start, end)} opens the sentence and holds common words only ("Critical Minerals",
	 * "Rare Earth"), which a sentence-initial capital does not make a company name}
	 */
	static boolean commonOpener(String text, int start, int end) {
		if (!SENTENCE_OPENING.matcher(text.substring(0, start)).matches()) {
			return false;
		}
		for (String w : text.substring(start, end).strip().split("\\s+")) {
			if (!COMMON_OPENERS.contains(w)) {
				return false;
			}
		}
		return true;
	}

	/** Government bodies by shape; the recogniser adds the country named before or inside them. */
	static void organizations(String text, String lower, List<Mention> out) {
		Matcher m = ORGANIZATION.matcher(text, lower);
		while (m.find()) {
			int start = PatternRecognizer.trimLeading(text, m.start(1), m.end(1));
			if (start < 0) {
				start = m.end(1); // only noise before the head ("The Ministry of …")
			}
			start = afterHeadlineWord(text, start, m.end(1));
			if (start == m.end(1) && m.group(3) == null) {
				continue; // a bare "Agency" or "the Commission" names nothing by itself
			}
			if (m.group(3) == null && m.group(2).matches("Cent(?:er|re)")) {
				continue; // "the AI Data Center", "Apple's Research Center": a building; a body is "Center for …"
			}
			int end = m.group(3) == null ? m.end(2) : cutAtStop(text, m.start(3), m.end(3));
			if (m.group(3) != null && end <= m.start(3)) {
				end = m.end(2); // "Department of" followed by a title only
				if (start == m.end(1)) {
					continue;
				}
			}
			if (text.charAt(end - 1) == '.' && !text.substring(start, end).matches(".*\\b(?:[A-Z]\\.)+$")) {
				end--; // the full stop closes the sentence, it is no part of "Department of Energy"
			}
			String name = text.substring(start, end);
			out.add(new Mention(start, end, name, new EntityRef(EntityId.fromName(Label.ORGANIZATION, name), name,
					Map.of()), false, "pattern.organization"));
		}
	}

	/**
	 * Bodies named by a plural head over a list ("the Departments of Agriculture, Energy and War"): each item is
	 * a mention of its own, named with the singular head ("Department of Agriculture").
	 */
	static void pluralHeads(String text, String lower, List<Mention> out) {
		Matcher m = PLURAL_HEADS.matcher(text, lower);
		while (m.find()) {
			String head = switch (m.group(1)) {
				case "Ministries" -> "Ministry";
				case "Agencies" -> "Agency";
				case "Secretaries" -> "Secretary";
				default -> m.group(1).substring(0, m.group(1).length() - 1);
			};
			String list = m.group(2);
			Matcher item = LIST_ITEM.matcher(list);
			while (item.find()) {
				String word = item.group().replaceFirst("^and\\s+", "").strip();
				if (word.endsWith(".") && !word.matches(".*\\b(?:[A-Z]\\.)+$")) {
					word = word.substring(0, word.length() - 1); // the sentence's full stop, not "U.S."
				}
				if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
					continue;
				}
				int start = m.start(2) + item.start() + item.group().indexOf(word);
				String name = head + " of " + word;
				out.add(new Mention(start, start + word.length(), word, new EntityRef(EntityId.fromName(Label.ORGANIZATION,
						name), name, Map.of()), false, "pattern.organization.list"));
			}
		}
	}

	/** Ends an organisation's "of" part before a title or a headline verb ("Department of Energy Secretary"). */
	private static int cutAtStop(String text, int start, int end) {
		Matcher w = Pattern.compile("\\S+").matcher(text).region(start, end);
		int last = start;
		while (w.find()) {
			String word = w.group().replaceAll("[,:;]$", "");
			if (NAME_STOPS.contains(word) || HEADLINE_WORDS.contains(word)) {
				break;
			}
			last = w.end();
		}
		String kept = text.substring(start, last).replaceFirst("\\s+(?:and|of|for|the|&)$", "");
		return start + kept.length();
	}

	/** Generic programmes and technologies from the lexicon ("EVs", "wind turbines", "guided missiles"). */
	static void programs(String text, String lower, List<Mention> out) {
		for (ProgramForm p : PROGRAMS) {
			if (!p.exact() && lower.length() != text.length()) {
				continue; // lower-casing moved the offsets
			}
			Matcher m = p.pattern().matcher(p.exact() ? text : lower);
			while (m.find()) {
				if (!Gazetteer.onWordBoundaries(text, m.start(), m.end())
						|| PROVENANCE_BEFORE.matcher(text.substring(0, m.start())).find()) {
					continue; // "Japanese-built submarines": where things come from, not the programme
				}
				var ref = new EntityRef(EntityId.fromName(Label.PROGRAM, p.name()), p.name(), Map.of("kind", p.kind()));
				out.add(new Mention(m.start(), m.end(), text.substring(m.start(), m.end()), ref, false,
						"pattern.program.lexicon"));
			}
		}
	}
}
