package org.reegraph.loader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Splits an article body into {@link Sentence sentences} with ICU4J. Instances are not thread-safe (the
 * ICU iterator keeps state); create one per thread.
 */
public final class SentenceSplitter {

	/**
	 * One citation marker like {@code [1]} or {@code [3-5]}; runs like {@code [1][3]} are removed marker by marker
	 * (a regex repeating the whole run overflows the stack on 10,000 markers).
	 */
	static final Pattern CITATIONS = Pattern.compile("\\s*+\\[\\d{1,4}(?:[-,]\\d{1,4}){0,20}+\\]");

	/** Section headings of the digest layout, and bullets. */
	private static final Pattern SECTION = Pattern.compile(
			"(?:^|\\s)(Core (?:Viewpoint|Insights?|Points?|Summary)|Group \\d+(?::[^-\\n]{0,80}?)?|Key (?:Points|Takeaways))\\s+-\\s+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	private static final Pattern LINE_BREAKS = Pattern.compile("\\n+");
	/**
	 * A bullet: "•", "*" or a spaced hyphen anywhere (the digest layout strings its items and headings together
	 * with " - "), an en dash only where an item can start (the paragraph's start, or after a sentence's end or a
	 * citation marker). An en dash inside a sentence is typeset punctuation: "a ban on exports of three minerals –
	 * gallium, germanium, and antimony – to the United States" is one sentence.
	 */
	private static final Pattern BULLET = Pattern.compile(
			"(?:^\\s*|(?<=[.!?。\\]])\\s+)–(?=\\s+\\S)\\s+|(?:^|\\s)[-•*]\\s+(?=\\S)");

	private static final String[] ABBREVIATIONS = { "U.S.", "U.K.", "U.N.", "E.U.", "Corp.", "Inc.", "Ltd.", "Co.",
			"No.", "St.", "Mt.", "Dr.", "Mr.", "Ms.", "Jr.", "Sr.", "vs.", "e.g.", "i.e.", "approx.", "Jan.", "Feb.",
			"Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Gov.", "Prof.", "Gen.", "Rep.", "Sen.", "Inc.,", "p.m.",
			"a.m.", "U.S.A.", "Jr.,", "etc.",
			// ICU matches the last dotted segment: "U.S." needs "S." too (and U.K., U.N., E.U.)
			"S.", "K.", "N.", "U." };

	/**
	 * Longer "sentences" (a 5 MB line without punctuation, a table flattened into one line) are cut into
	 * pieces of at most this many characters at white space, so every rule runs in bounded time.
	 */
	public static final int MAX_SENTENCE = 1_000;

	private final BreakIterator iterator;

	/** Creates a splitter for mixed Chinese and English text. */
	public SentenceSplitter() {
		// The empty instance plus our list: ICU's English list did not suppress "U.S." before a capitalised word.
		FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
		for (String abbreviation : ABBREVIATIONS) {
			builder.suppressBreakAfter(abbreviation);
		}
		this.iterator = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
	}

	/**
	 * Splits a body.
	 *
	 * @param body the article body
	 * @return its sentences in order, numbered from 0
	 */
	public List<Sentence> split(String body) {
		List<Sentence> out = new ArrayList<>();
		for (String paragraph : LINE_BREAKS.split(body)) {
			String section = null;
			for (Unit unit : units(paragraph)) {
				if (unit.heading() != null) {
					section = unit.heading();
				}
				String clean = WHITESPACE.matcher(CITATIONS.matcher(unit.text()).replaceAll("")).replaceAll(" ").strip();
				if (clean.isEmpty()) {
					continue;
				}
				iterator.setText(clean);
				int start = iterator.first();
				for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
					// ICU breaks after "Inc." before "(Neo)" whatever the filter says: a piece that opens with a
					// parenthesis continues the sentence before it
					while (end != BreakIterator.DONE && end < clean.length() && continues(clean, end)) {
						end = iterator.next();
					}
					if (end == BreakIterator.DONE) {
						end = clean.length();
					}
					for (String s : bounded(clean.substring(start, end).strip())) {
						if (s.codePoints().anyMatch(Character::isLetterOrDigit)) {
							out.add(new Sentence(s, out.size(), section));
						}
					}
				}
			}
		}
		return out;
	}

	/**
	 * {@return whether the text after a break continues the sentence: "(Neo) …" after "Inc."}
	 *
	 * @param text the paragraph
	 * @param at the break
	 */
	private static boolean continues(String text, int at) {
		int i = at;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i >= text.length()) {
			return false;
		}
		return text.charAt(i) == '(' && at > 0 && text.charAt(at - 1) != '。';
	}

	/** Cuts an overlong sentence at white space (or hard, in text without any) into pieces of MAX_SENTENCE. */
	static List<String> bounded(String sentence) {
		if (sentence.length() <= MAX_SENTENCE) {
			return List.of(sentence);
		}
		List<String> pieces = new ArrayList<>();
		int start = 0;
		while (start < sentence.length()) {
			int end = Math.min(sentence.length(), start + MAX_SENTENCE);
			if (end < sentence.length()) {
				int space = sentence.lastIndexOf(' ', end);
				if (space > start + MAX_SENTENCE / 2) {
					end = space;
				}
				else if (Character.isHighSurrogate(sentence.charAt(end - 1))) {
					end--;
				}
			}
			pieces.add(sentence.substring(start, end).strip());
			start = end;
		}
		return pieces;
	}

	private record Unit(String heading, String text) {
	}

	/** Cuts a paragraph at section headings and bullets. */
	private static List<Unit> units(String paragraph) {
		List<Unit> units = new ArrayList<>();
		Matcher m = SECTION.matcher(paragraph);
		int last = 0;
		String heading = null;
		while (m.find()) {
			addBullets(units, heading, paragraph.substring(last, m.start()));
			heading = m.group(1).strip();
			last = m.end();
		}
		addBullets(units, heading, paragraph.substring(last));
		return units;
	}

	private static void addBullets(List<Unit> units, String heading, String text) {
		if (text.isBlank()) {
			if (heading != null) {
				units.add(new Unit(heading, ""));
			}
			return;
		}
		String[] parts = BULLET.split(text);
		boolean first = true;
		for (String part : parts) {
			units.add(new Unit(first ? heading : null, part));
			first = false;
		}
	}

}
