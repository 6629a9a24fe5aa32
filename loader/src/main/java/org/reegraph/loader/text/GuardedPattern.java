package org.reegraph.loader.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched for in every sentence, with a cheap pre-check: literal words of which every
 * match contains at least one. A sentence that holds none of them cannot match, so the search is skipped —
 * most sentences name few of the cues a rule looks for, and the extraction spent most of its time in regex
 * searches that found nothing. Immutable and thread-safe.
 * <p>
 * The words of {@link #of(Pattern, String...)} are looked for in the lower-cased sentence ({@link #lower(String)}),
 * which serves case-insensitive expressions (Java's {@code (?i)} folds ASCII letters only, and lower-casing
 * keeps every ASCII match a match); {@link #exact(Pattern, String...)} looks in the sentence as written, for
 * case-sensitive expressions. With assertions enabled (as in the tests) every skipped search runs anyway and
 * must find nothing, so a word list that misses a branch of its expression fails loudly.
 */
public final class GuardedPattern {

	private final Pattern pattern;
	private final String[] words;
	private final boolean exact;

	private GuardedPattern(Pattern pattern, String[] words, boolean exact) {
		this.pattern = Objects.requireNonNull(pattern, "A guarded pattern needs its pattern.");
		if (words.length == 0) {
			throw new IllegalArgumentException("A guarded pattern needs at least one word; " + pattern + " has none.");
		}
		for (String w : words) {
			if (w.isEmpty() || (!exact && !w.equals(lower(w)))) {
				throw new IllegalArgumentException("The words guarding " + pattern
						+ " must be non-empty and, for the lower-cased check, lower case; got '" + w + "'.");
			}
		}
		this.words = words.clone();
		this.exact = exact;
	}

	/**
	 * {@return a pattern guarded by lower-case words looked for in the lower-cased sentence}
	 *
	 * @param pattern the expression
	 * @param words lower-case literals; every match of the expression contains at least one of them
	 */
	public static GuardedPattern of(Pattern pattern, String... words) {
		return new GuardedPattern(pattern, words, false);
	}

	/**
	 * {@return a case-sensitive pattern guarded by words looked for in the sentence as written}
	 *
	 * @param pattern the expression (without case-insensitive matching)
	 * @param words literals; every match of the expression contains at least one of them
	 */
	public static GuardedPattern exact(Pattern pattern, String... words) {
		if ((pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 || pattern.pattern().contains("(?i")) {
			throw new IllegalArgumentException("An exact guard needs a case-sensitive pattern; " + pattern
					+ " ignores case: use GuardedPattern.of.");
		}
		return new GuardedPattern(pattern, words, true);
	}

	/**
	 * {@return the text lower-cased the way the guards expect}
	 *
	 * @param text a sentence
	 */
	public static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/** {@return the expression} */
	public Pattern pattern() {
		return pattern;
	}

	/**
	 * {@return whether the expression may match: false only when the sentence holds none of the words}
	 *
	 * @param text the sentence
	 * @param lowerText the same sentence, {@link #lower(String) lower-cased}
	 */
	public boolean mayMatch(String text, String lowerText) {
		String in = exact ? text : lowerText;
		for (String w : words) {
			if (in.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A matcher over the sentence, or over the empty text (which the expression cannot match) when the sentence
	 * holds none of the words.
	 *
	 * @param text the sentence
	 * @param lowerText the same sentence, {@link #lower(String) lower-cased}
	 * @return the matcher
	 */
	public Matcher matcher(String text, String lowerText) {
		if (mayMatch(text, lowerText)) {
			return pattern.matcher(text);
		}
		assert !pattern.matcher(text).find() : "The words " + Arrays.toString(words) + " guarding " + pattern
				+ " miss a branch: it matches \"" + text + "\".";
		return pattern.matcher("");
	}

	@Override
	public String toString() {
		return pattern + " guarded by " + Arrays.toString(words);
	}
}
