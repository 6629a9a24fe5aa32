package org.reegraph.loader.recognize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.reegraph.model.catalog.Catalog;
import org.reegraph.model.catalog.CatalogEntity;

/**
 * Finds known names in a sentence with Aho-Corasick multi-pattern matching. Short forms and acronyms
 * ("US", "EU", "DoD") match case-sensitively, longer names case-insensitively; Latin matches must stand on
 * word boundaries (so "US" does not match inside "USA"), Chinese matches need no boundary but must be at
 * least two characters. Immutable and thread-safe.
 */
public final class Gazetteer {

	private record Entry(EntityRef ref, boolean adjective, boolean place) {

		Entry(EntityRef ref, boolean adjective) {
			this(ref, adjective, false);
		}
	}

	/** The rule of a mention that names a sub-national place and stands for its country ("in Sumter, South Carolina"). */
	public static final String PLACE = "gazetteer.place";

	/**
	 * Chinese element characters that also occur inside everyday words (磁铁 "magnet", 铜牌, 碳排放 …); they are
	 * only recognised as part of longer names.
	 */
	/** Words that each open with a capital (or are short connectors): "Less Common Metals", "Energy and Minerals Group". */
	private static final java.util.regex.Pattern TITLE_CASE = java.util.regex.Pattern.compile(
			"(?:\\p{Lu}\\S*|and|of|the|de|&)(?:\\s+(?:\\p{Lu}\\S*|and|of|the|de|&))+");
	private static final String COMMON_CHARACTERS = "铁铜碳氧铝锡锌镁钛硼氟铬锰铅金银氢氮硫磷钙钠钾";

	private final PayloadTrie<List<Entry>> caseSensitive;
	private final PayloadTrie<List<Entry>> caseInsensitive;

	private Gazetteer(Map<String, List<Entry>> exact, Map<String, List<Entry>> folded) {
		var cs = PayloadTrie.<List<Entry>>builder();
		exact.forEach(cs::addKeyword);
		var ci = PayloadTrie.<List<Entry>>builder().ignoreCase();
		folded.forEach(ci::addKeyword);
		this.caseSensitive = cs.build();
		this.caseInsensitive = ci.build();
	}

	/**
	 * Builds a gazetteer from the catalog and from entities learned from earlier documents.
	 *
	 * @param catalog the reference catalog
	 * @param learned entities found by patterns before, with the names they were written as
	 * @return the gazetteer
	 */
	public static Gazetteer build(Catalog catalog, Collection<LearnedName> learned) {
		Map<String, List<Entry>> exact = new HashMap<>();
		Map<String, List<Entry>> folded = new HashMap<>();
		for (CatalogEntity e : catalog.entities()) {
			EntityRef ref = new EntityRef(e.id(), e.name(), e.properties());
			if (e.label() == org.reegraph.model.Label.ELEMENT) {
				// element characters (镝, 铽, 镓 …) are words of their own; common ones also sit inside other words
				for (String form : e.zh()) {
					if (form.codePointCount(0, form.length()) == 1 && COMMON_CHARACTERS.indexOf(form) < 0) {
						exact.computeIfAbsent(form, k -> new ArrayList<>()).add(new Entry(ref, false));
					}
				}
			}
			List<String> plain = new ArrayList<>();
			plain.add(e.name());
			plain.addAll(e.aliases());
			plain.addAll(e.zh());
			// a firm's name of two or more words matches as written (or in capitals), never in lower case: many are
			// everyday words ("Vital Metals", "Brazilian Rare Earths"), and "Brazilian rare earths producer …" names
			// no company
			boolean capitalisedOnly = e.label() == org.reegraph.model.Label.COMPANY;
			for (String form : plain) {
				boolean asWritten = capitalisedOnly && TITLE_CASE.matcher(form).matches();
				add(exact, folded, form, new Entry(ref, false), asWritten);
				if (asWritten) {
					// a headline in capitals: "USA RARE EARTH ACQUIRES LESS COMMON METALS"
					add(exact, folded, form.toUpperCase(java.util.Locale.ROOT), new Entry(ref, false), true);
				}
			}
			for (String form : e.adjectives()) {
				add(exact, folded, form, new Entry(ref, !plain.contains(form)), false);
			}
		}
		// a place stands for its country where a sentence says where something is; written as a proper name, so
		// matched as written ("Maine", never "maine")
		for (org.reegraph.model.catalog.Place p : catalog.places()) {
			catalog.byId("country:" + p.countryCode()).ifPresent(c -> {
				EntityRef country = new EntityRef(c.id(), c.name(), c.properties());
				p.forms().forEach(f -> add(exact, folded, f, new Entry(country, false, true), true));
			});
		}
		for (LearnedName n : learned) {
			add(exact, folded, n.surface(), new Entry(n.ref(), false), false);
		}
		return new Gazetteer(exact, folded);
	}

	private static void add(Map<String, List<Entry>> exact, Map<String, List<Entry>> folded, String form, Entry entry,
			boolean caseSensitive) {
		String f = form.strip();
		if (f.isEmpty() || (isCjk(f) && f.codePointCount(0, f.length()) < 2)) {
			return;
		}
		boolean acronymLike = f.length() <= 4 || f.equals(f.toUpperCase(Locale.ROOT));
		Map<String, List<Entry>> target = (acronymLike || caseSensitive) && !isCjk(f) ? exact : folded;
		String key = target == folded ? f.toLowerCase(Locale.ROOT) : f;
		List<Entry> entries = target.computeIfAbsent(key, k -> new ArrayList<>());
		if (entries.stream().noneMatch(x -> x.ref().id().equals(entry.ref().id()))) {
			entries.add(entry);
		}
	}

	/**
	 * A name an earlier document taught.
	 *
	 * @param surface the name as written
	 * @param ref the entity
	 */
	public record LearnedName(String surface, EntityRef ref) {
	}


	/**
	 * Finds every known name in a sentence; overlapping matches are all returned (the recogniser picks).
	 *
	 * @param text the sentence
	 * @return the mentions
	 */
	public List<Mention> find(String text) {
		List<Mention> out = new ArrayList<>();
		collect(text, caseSensitive.parseText(text), out);
		if (text.toLowerCase(Locale.ROOT).length() == text.length()) {
			collect(text, caseInsensitive.parseText(text), out);
		}
		return out;
	}

	private static void collect(String text, Collection<PayloadEmit<List<Entry>>> emits, List<Mention> out) {
		for (PayloadEmit<List<Entry>> emit : emits) {
			int start = emit.getStart();
			int end = emit.getEnd() + 1;
			String surface = text.substring(start, end);
			if (!isCjk(surface) && !onWordBoundaries(text, start, end)) {
				continue;
			}
			for (Entry entry : emit.getPayload()) {
				out.add(new Mention(start, end, surface, entry.ref(), entry.adjective(), entry.place() ? PLACE : "gazetteer"));
			}
		}
	}

	static boolean onWordBoundaries(String text, int start, int end) {
		boolean before = start == 0 || !isWordChar(text.charAt(start - 1));
		boolean after = end >= text.length() || !isWordChar(text.charAt(end))
				|| (text.charAt(end) == '\'' || text.charAt(end) == '’');
		// "U.S." ends with a dot; "U.S.-China" and "U.S.'s" are fine, "USA" is not.
		return before && after;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
	}

	/**
	 * {@return whether a text contains Chinese characters}
	 *
	 * @param s the text
	 */
	public static boolean isCjk(String s) {
		return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}
}
