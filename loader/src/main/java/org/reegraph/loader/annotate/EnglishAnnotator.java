package org.reegraph.loader.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import com.ibm.icu.text.BreakIterator;
import opennlp.tools.util.Span;

/**
 * English annotation: tokens by ICU4J's word boundaries, then Apache OpenNLP's Universal Dependencies models from
 * Maven Central ({@code org.apache.opennlp:opennlp-models-pos-en} and {@code -lemmatizer-en} 1.3.0, Apache-2.0,
 * trained on UD English EWT): UD part-of-speech tags and lemmas; then noun groups, verb groups and prepositions
 * derived from the tags by a small grammar (no chunker model: the one published for OpenNLP
 * expects Penn tags and costs ~1 ms a sentence).
 * <p>
 * The models load once per JVM, on first use, and are shared by every thread (OpenNLP's thread-safe wrappers
 * keep one decoder per thread). Lemmas are cached per word and tag: the statistical lemmatiser is the slowest
 * model by far (~2 ms a sentence), and news repeats its vocabulary. Thread-safe.
 */
public final class EnglishAnnotator {

	private static final int LEMMA_CACHE_LIMIT = 200_000;

	private static final class Models {

		static final ThreadSafePOSTaggerME TAGGER = new ThreadSafePOSTaggerME(greedy(
				EnglishAnnotator.Models.<POSModel>load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new)),
				POSTagFormat.UD);

		/**
		 * The same tagger with a beam of one: the model's default beam of three costs twice the time and gave the
		 * same tags on every token of the development corpus's tuning half (4,944 of 4,944).
		 */
		static POSModel greedy(POSModel model) {
			opennlp.tools.ml.model.MaxentModel maxent = model.getArtifact("pos.model");
			return maxent == null ? model : new POSModel(model.getLanguage(), maxent, 1, java.util.Map.of(), model.getFactory());
		}
		static final ThreadSafeLemmatizerME LEMMATIZER = new ThreadSafeLemmatizerME(
				EnglishAnnotator.Models.<LemmatizerModel>load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new));

		interface Reader<T> {
			T read(InputStream in) throws IOException;
		}

		static <T> T load(String resource, Reader<T> reader) {
			try (InputStream in = EnglishAnnotator.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("The OpenNLP model " + resource
							+ " is not on the class path (artifacts org.apache.opennlp:opennlp-models-*-en).");
				}
				return reader.read(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the OpenNLP model " + resource, ex);
			}
		}
	}

	private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();

	/** The shared instance. */
	public static final EnglishAnnotator INSTANCE = new EnglishAnnotator();

	private EnglishAnnotator() {
	}

	/**
	 * Annotates a sentence.
	 *
	 * @param text the sentence
	 * @return its tokens, tags, lemmas and groups
	 */
	public AnnotatedSentence annotate(String text) {
		Span[] spans = splitPossessives(text, words(text));
		String[] words = new String[spans.length];
		for (int i = 0; i < spans.length; i++) {
			words[i] = spans[i].getCoveredText(text).toString();
		}
		String[] tags = Models.TAGGER.tag(words);
		List<Token> tokens = new ArrayList<>(words.length);
		for (int i = 0; i < words.length; i++) {
			tokens.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tags[i], lemma(words[i], tags[i])));
		}
		return new AnnotatedSentence(text, "en", tokens, chunk(tokens));
	}

	private static final BreakIterator WORDS = BreakIterator.getWordInstance(Locale.ENGLISH);
	private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern
		.compile("(?:[A-Za-z]\\.)+[A-Za-z]|Inc|Corp|Ltd|Co|No|St|Mr|Ms|Dr|Jr|Sr|vs|etc|Gov|Sen|Rep|Gen|Prof");

	/**
	 * Tokens by ICU4J's word boundaries (Unicode UAX #29), spaces dropped, with "U.S." and "Inc." kept whole. The
	 * OpenNLP UD tokenizer model was measured 3–4 times slower on the same sentences, a third of all annotation
	 * time, and split URLs, "net-zero" and "-Nov." less consistently.
	 */
	private static Span[] words(String text) {
		BreakIterator words = (BreakIterator) WORDS.clone();
		words.setText(text);
		List<Span> out = new ArrayList<>();
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			if (Character.isWhitespace(text.charAt(start)) || Character.isSpaceChar(text.charAt(start))) {
				continue; // spaces, the no-break space included
			}
			if (end - start == 1 && text.charAt(start) == '.' && !out.isEmpty() && end < text.length()
					&& out.get(out.size() - 1).getEnd() == start
					&& DOTTED.matcher(text.subSequence(out.get(out.size() - 1).getStart(), start)).matches()) {
				Span last = out.remove(out.size() - 1);
				out.add(new Span(last.getStart(), end));
				continue;
			}
			out.add(new Span(start, end));
			// designators stay whole: "F-35", "AIM-120", "J-20" (a hyphen between letters and digits, no spaces)
			int n = out.size();
			if (n >= 3 && out.get(n - 2).getEnd() - out.get(n - 2).getStart() == 1 && text.charAt(out.get(n - 2).getStart()) == '-'
					&& out.get(n - 3).getEnd() == out.get(n - 2).getStart() && out.get(n - 2).getEnd() == start
					&& Character.isDigit(text.charAt(start)) && Character.isLetter(text.charAt(out.get(n - 3).getEnd() - 1))) {
				Span merged = new Span(out.get(n - 3).getStart(), end);
				out.subList(n - 3, n).clear();
				out.add(merged);
			}
		}
		return out.toArray(Span[]::new);
	}

	/**
	 * Word boundaries keep "China's" and "didn't" whole; the grammar wants the possessive and the negation as
	 * tokens of their own. (A plural possessive, "MP Materials’", already ends in an apostrophe token.)
	 */
	private static Span[] splitPossessives(String text, Span[] spans) {
		List<Span> out = new ArrayList<>(spans.length + 4);
		for (Span sp : spans) {
			int len = sp.getEnd() - sp.getStart();
			if (len > 2 && (text.startsWith("'s", sp.getEnd() - 2) || text.startsWith("’s", sp.getEnd() - 2))) {
				out.add(new Span(sp.getStart(), sp.getEnd() - 2));
				out.add(new Span(sp.getEnd() - 2, sp.getEnd()));
			}
			else if (len > 3 && (text.startsWith("n't", sp.getEnd() - 3) || text.startsWith("n’t", sp.getEnd() - 3))) {
				// "didn't", "hasn't": the negation as a token of its own
				out.add(new Span(sp.getStart(), sp.getEnd() - 3));
				out.add(new Span(sp.getEnd() - 3, sp.getEnd()));
			}

			else {
				out.add(sp);
			}
		}
		return out.toArray(Span[]::new);
	}

	/**
	 * {@return the lemma of a word with its tag, lower case}
	 *
	 * @param word the word
	 * @param tag its UD tag
	 */
	public static String lemma(String word, String tag) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.equals("n't") || lower.equals("n’t")) {
			return "not";
		}
		switch (tag) {
			case "VERB", "NOUN", "AUX", "ADJ" -> {
			}
			default -> {
				return lower;
			}
		}
		String key = lower + '\t' + tag;
		String cached = LEMMAS.get(key);
		if (cached != null) {
			return cached;
		}
		String lemma = Models.LEMMATIZER.lemmatize(new String[] { lower }, new String[] { tag })[0];
		if (lemma == null || lemma.isBlank() || "O".equals(lemma)) {
			lemma = lower;
		}
		lemma = lemma.toLowerCase(Locale.ROOT);
		if (LEMMAS.size() < LEMMA_CACHE_LIMIT) {
			LEMMAS.put(key, lemma);
		}
		return lemma;
	}

	/**
	 * The grammar: a noun group is a run of determiners, numbers, adjectives, nouns, proper nouns, pronouns,
	 * symbols ({@code $}, {@code %}), possessive {@code 's} and inner hyphens or ampersands that holds a noun,
	 * proper noun, pronoun or number; a verb group is a run of auxiliaries, verbs, {@code to}/{@code not}
	 * particles and adverbs that holds a verb or auxiliary; every adposition is a prepositional group of its own.
	 */
	static List<Chunk> chunk(List<Token> tokens) {
		List<Chunk> chunks = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Token t = tokens.get(i);
			if (t.is("ADP")) {
				chunks.add(new Chunk(Chunk.Kind.PP, i, i));
				i++;
				continue;
			}
			int j = i;
			if (nominal(tokens, j)) {
				boolean head = false;
				while (j < tokens.size() && nominal(tokens, j)) {
					head |= tokens.get(j).is("NOUN", "PROPN", "PRON", "NUM");
					j++;
				}
				if (head) {
					chunks.add(new Chunk(Chunk.Kind.NP, i, j - 1));
					i = j;
					continue;
				}
			}
			j = i;
			boolean verb = false;
			while (j < tokens.size() && verbal(tokens.get(j))) {
				verb |= tokens.get(j).is("VERB", "AUX");
				j++;
			}
			if (verb) {
				chunks.add(new Chunk(Chunk.Kind.VP, i, j - 1));
				i = j;
				continue;
			}
			i++;
		}
		return chunks;
	}

	private static boolean nominal(List<Token> tokens, int i) {
		Token t = tokens.get(i);
		if (t.is("DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "SYM")) {
			return true;
		}
		if (t.isPossessive() && i > 0) {
			return true;
		}
		// inner hyphens and ampersands: "rare-earth", "Research & Development"
		return (t.text().equals("-") || t.text().equals("&")) && i > 0 && i + 1 < tokens.size()
				&& tokens.get(i - 1).end() >= t.start() - 1 && !tokens.get(i + 1).is("PUNCT", "ADP", "VERB", "AUX");
	}

	private static boolean verbal(Token t) {
		return t.is("AUX", "VERB", "ADV") || t.is("PART") && (t.lemma().equals("to") || t.lemma().equals("not"));
	}
}
