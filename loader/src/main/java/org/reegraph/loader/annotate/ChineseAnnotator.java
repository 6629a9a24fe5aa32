package org.reegraph.loader.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.text.BreakIterator;

/**
 * Chinese annotation: ICU4J's dictionary-based word segmentation. No tagger is run (no Chinese model is
 * published for OpenNLP), so tokens carry the tag {@code X} and themselves as lemma, and there are no groups;
 * the Chinese rules name their triggers as words and find their arguments by order and function words
 * (从, 向, 对). Thread-safe.
 */
public final class ChineseAnnotator {

	/** The shared instance. */
	public static final ChineseAnnotator INSTANCE = new ChineseAnnotator();

	private static final BreakIterator PROTOTYPE = BreakIterator.getWordInstance(Locale.CHINESE);

	private ChineseAnnotator() {
	}

	/**
	 * Segments a sentence into words.
	 *
	 * @param text the sentence
	 * @return its words, punctuation as tokens tagged {@code PUNCT} (clause boundaries), spaces dropped
	 */
	public AnnotatedSentence annotate(String text) {
		BreakIterator words = (BreakIterator) PROTOTYPE.clone();
		words.setText(text);
		List<Token> tokens = new ArrayList<>();
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			String word = text.substring(start, end);
			if (word.isBlank()) {
				continue;
			}
			boolean punctuation = word.codePoints().noneMatch(Character::isLetterOrDigit);
			tokens.add(new Token(word, start, end, punctuation ? "PUNCT" : "X", word.toLowerCase(Locale.ROOT)));
		}
		return new AnnotatedSentence(text, "zh", tokens, List.of());
	}

	/**
	 * {@return whether a sentence is mainly Chinese: a Han character counts as much as three Latin letters (a
	 * word), so a Chinese sentence naming an English company is still Chinese}
	 *
	 * @param text the sentence
	 */
	public static boolean isChinese(String text) {
		int han = 0;
		int latin = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				han++;
			}
			else if (c < 128 && Character.isLetter(c)) {
				latin++;
			}
		}
		return han * 3 > latin;
	}
}
