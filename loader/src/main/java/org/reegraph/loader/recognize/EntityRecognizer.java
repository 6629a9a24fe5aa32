package org.reegraph.loader.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reegraph.model.Label;
import org.reegraph.model.catalog.Catalog;
import org.reegraph.model.catalog.CatalogEntity;

/**
 * Stage 2 as one call: every entity mention of a sentence, without overlaps (longest wins; on equal spans
 * the gazetteer beats a pattern). Policy and agreement <em>cues</em> ("export controls", "a mineral
 * agreement") are kept beside the entities they overlap, since the relation stage names them after their
 * issuer or parties and still needs the element inside ("rare earth agreement").
 */
public final class EntityRecognizer {

	private final Catalog catalog;
	private final Gazetteer gazetteer;
	private final PatternRecognizer patterns = new PatternRecognizer();
	private static final Map<String, List<String>> COMPOUNDS = loadCompounds();
	private static final Map<String, String> LEADERS = loadLeaders();
	/** What may stand between a country and the body it owns: "U.S. Office …", "China's Ministry …". */
	private static final java.util.regex.Pattern COUNTRY_GAP = java.util.regex.Pattern.compile("(?:['’]s)?\\s*");
	/** Element names that are common English words too. */
	private static final java.util.Set<String> AMBIGUOUS_ELEMENTS = java.util.Set.of("lead", "gold", "silver");
	private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern
		.compile("\\s*(?:,|/|、)?\\s*(?:and\\s+|or\\s+)?");
	private static final java.util.regex.Pattern TRADE_WORD_AFTER = java.util.regex.Pattern.compile("(?i)[\\s-]+(?:ore|ores|"
			+ "concentrates?|mines?|mining|smelters?|smelting|refiner(?:y|ies)|metal|production|output|exports?|imports?|"
			+ "reserves|prices?|deposits?|batter(?:y|ies)|acid|-?zinc)\\b");
	/** Bodies whose name a country's name opens ("Canada Growth Fund"), unlike a ministry ("U.S. Department of …"). */
	private static final java.util.regex.Pattern NAMED_AFTER_COUNTRY = java.util.regex.Pattern
		.compile("\\b(?:Fund|Institute|Exchange|University|Bank|Laboratory|Council|Agency|Commission|Authority|Survey"
				+ "|Association|Academy|Foundation|Chamber)\\b");


	/**
	 * Creates a recogniser.
	 *
	 * @param catalog the catalog (for the Chinese country compounds)
	 * @param gazetteer the gazetteer to use
	 */
	public EntityRecognizer(Catalog catalog, Gazetteer gazetteer) {
		this.catalog = catalog;
		this.gazetteer = gazetteer;
		this.regions = catalog.regionForms();
	}

	/** The names of states, provinces and regions: a site is never named by one alone ("a Texas plant"). */
	private final java.util.Set<String> regions;

	/** {@return the gazetteer in use} */
	public Gazetteer gazetteer() {
		return gazetteer;
	}

	/**
	 * Recognises the entities of a sentence.
	 *
	 * @param text the sentence
	 * @return non-overlapping mentions in text order, plus overlapping cues
	 */
	public List<Mention> recognize(String text) {
		List<Mention> known = new ArrayList<>(gazetteer.find(text));
		known.addAll(compounds(text));
		known.addAll(leaders(text));
		// "Ontario Teachers", "Texas Mineral Resources", "Kachin Independence Army": a place that opens a longer
		// capitalised name is part of that name, not a place
		known.removeIf(m -> m.rule().equals(Gazetteer.PLACE) && PLACE_IN_NAME.matcher(text).region(m.end(),
				text.length()).lookingAt());
		// "the State of Louisiana", "the Government of Western Australia": a sub-national government is a body of
		// its country, named as written
		for (int k = 0; k < known.size(); k++) {
			Mention m = known.get(k);
			if (!m.rule().equals(Gazetteer.PLACE)) {
				continue;
			}
			Matcher gov = SUBNATIONAL_GOVERNMENT.matcher(text).region(Math.max(0, m.start() - 40), m.start());
			if (gov.find()) {
				String name = text.substring(gov.start(1), m.end());
				Map<String, Object> props = Map.of("country", m.entity().countryCode());
				known.set(k, new Mention(gov.start(1), m.end(), name, new EntityRef(
						org.reegraph.model.EntityId.fromName(Label.ORGANIZATION, name), name, props), false,
						"pattern.organization.subnational"));
			}
		}
		List<Mention> found = new ArrayList<>(known);
		for (Mention p : patterns.find(text)) {
			found.add(withCountry(refine(p, known, text), known, text));
		}
		found.removeIf(m -> m == null);
		List<Mention> cues = new ArrayList<>();
		List<Mention> entities = new ArrayList<>();
		for (Mention m : found) {
			(m.rule().startsWith("cue.") ? cues : entities).add(m);
		}
		entities.sort(Comparator.comparingInt(Mention::length).reversed()
			.thenComparing(m -> m.rule().startsWith("gazetteer") ? 0 : 1)
			.thenComparingInt(Mention::start));
		List<Mention> kept = new ArrayList<>();
		for (Mention m : entities) {
			if (kept.stream().noneMatch(m::overlaps)) {
				kept.add(m);
			}
		}
		// "J-20 fighter jets", "F-35 fighter jets": the lexicon noun is the head of the named programme, not another one
		kept.removeIf(m -> m.rule().equals("pattern.program.lexicon") && kept.stream().anyMatch(k -> k != m
				&& k.entity().label() == Label.PROGRAM && k.end() <= m.start() && text.substring(k.end(), m.start()).isBlank()));
		// elements named inside a named policy or agreement ("rare earth RMB settlement") stay visible for COVERS
		for (Mention m : entities) {
			if (m.entity().label() == Label.ELEMENT && !kept.contains(m) && kept.stream().anyMatch(k -> k.start() <= m.start()
					&& k.end() >= m.end() && (k.entity().label() == Label.POLICY || k.entity().label() == Label.AGREEMENT))
					&& kept.stream().noneMatch(k -> k != m && k.entity().label() == Label.ELEMENT && k.overlaps(m))) {
				kept.add(m);
			}
		}
		for (Mention cue : cues) {
			boolean insideNamed = kept.stream()
				.anyMatch(k -> k.start() <= cue.start() && k.end() >= cue.end() && k.entity().label() == cue.entity().label());
			if (!insideNamed && cues.stream().noneMatch(o -> o != cue && o.start() <= cue.start() && o.end() >= cue.end()
					&& o.length() > cue.length())) {
				kept.add(cue);
			}
		}
		kept.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
		// "a UK-based producer", "ASX-listed": the country says where the firm sits, it is no participant
		kept.replaceAll(m -> m.entity().label() == Label.COUNTRY && !m.adjective()
				&& SEAT_SUFFIX.matcher(text).region(m.end(), text.length()).lookingAt()
						? new Mention(m.start(), m.end(), m.text(), m.entity(), true, m.rule()) : m);
		dropAmbiguousElements(text, kept);
		governments(text, kept);
		return List.copyOf(kept);
	}

	private static final Pattern GENERIC_SITE = Pattern.compile("(?:[a-z-]+\\s+)*(?:plant|mine|project|refinery|facility"
			+ "|mill|site|operations?|deposit)");
	private static final Pattern SUBNATIONAL_GOVERNMENT = Pattern.compile("\\b((?:State|Province|Government|Commonwealth)"
			+ "\\s+of\\s+(?:the\\s+)?)$");
	private static final Pattern SEAT_SUFFIX = Pattern.compile("[-‑](?:based|headquartered|listed)\\b");
	private static final Pattern PLACE_IN_NAME = Pattern.compile("['’]?\\s+(?!State\\b|Province\\b)\\p{Lu}\\p{Ll}");

	/** "the Australian government", "Chinese authorities": a demonym before its state's government names the state. */
	private static final Pattern GOVERNMENT_AFTER = Pattern.compile("\\s+(?:(?:federal|national|central)\\s+)?"
			+ "(?:government|authorities|administration)\\b", Pattern.CASE_INSENSITIVE);

	private static void governments(String text, List<Mention> kept) {
		for (int i = 0; i < kept.size(); i++) {
			Mention m = kept.get(i);
			if (m.adjective() && m.entity().label() == Label.COUNTRY) {
				Matcher g = GOVERNMENT_AFTER.matcher(text).region(m.end(), text.length());
				if (g.lookingAt() && (i + 1 == kept.size() || kept.get(i + 1).start() >= g.end())) {
					kept.set(i, new Mention(m.start(), g.end(), text.substring(m.start(), g.end()), m.entity(), false,
							m.rule()));
				}
			}
		}
	}

	/**
	 * Drops an element named by a common English word ("lead": "will lead to"; "the gold standard", "silver
	 * lining") unless the
	 * sentence uses it as a material: in a list with other elements ("zinc, lead and silver") or before a word of
	 * the trade ("lead ore", "lead smelter").
	 */
	private static void dropAmbiguousElements(String text, List<Mention> kept) {
		for (int i = kept.size() - 1; i >= 0; i--) {
			Mention m = kept.get(i);
			if (m.entity().label() != Label.ELEMENT || !AMBIGUOUS_ELEMENTS.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
				continue;
			}
			boolean listed = i > 0 && kept.get(i - 1).entity().label() == Label.ELEMENT
					&& LIST_GAP.matcher(text.substring(kept.get(i - 1).end(), m.start())).matches()
					|| i + 1 < kept.size() && kept.get(i + 1).entity().label() == Label.ELEMENT
							&& LIST_GAP.matcher(text.substring(m.end(), kept.get(i + 1).start())).matches();
			if (!listed && !TRADE_WORD_AFTER.matcher(text.substring(m.end())).lookingAt()) {
				kept.remove(i);
			}
		}
	}

	/**
	 * Shortens a pattern mention that starts with a known entity of another label ("Raytheon Tomahawk missile"
	 * → "Tomahawk missile"), and prefers the catalog entity when the pattern found a known name.
	 */
	private Mention refine(Mention p, List<Mention> known, String text) {
		if (p.entity().label() == Label.MINE && known.stream().anyMatch(k -> k.entity().label() == Label.COUNTRY
				&& (!k.rule().equals(Gazetteer.PLACE) || regions.contains(k.text())) && k.start() == p.start()
				&& k.text().equals(p.entity().name()))) {
			// "its Malaysian plant", "the Australian refinery": a country says where, it names no site (a town does:
			// "the La Rochelle facility")
			return null;
		}
		int start = p.start();
		boolean nameAfterCountry = p.entity().label() == Label.ORGANIZATION
				&& NAMED_AFTER_COUNTRY.matcher(p.entity().name()).find();
		for (Mention k : known) {
			// a hyphen after the known name makes it part of a compound ("China-Japan-Korea Free Trade Agreement")
			boolean compound = k.end() < text.length() && (text.charAt(k.end()) == '-' || text.charAt(k.end()) == '–');
			// "Canada Growth Fund", "Australian Renewable Energy Agency": a country or its demonym opens the name of
			// a body that is not a ministry, and stays in it
			boolean ownName = nameAfterCountry && k.entity().label() == Label.COUNTRY && !k.rule().equals(Gazetteer.PLACE)
					&& !text.startsWith("'s", k.end()) && !text.startsWith("’s", k.end());
			// a town names the site it is in ("the La Rochelle facility"); a country or a state only says where
			boolean town = k.rule().equals(Gazetteer.PLACE) && !regions.contains(k.text());
			if (k.start() == start && k.end() < p.end() && !compound && !ownName && !town
					&& k.entity().label() != p.entity().label()
					&& (k.entity().label() == Label.COMPANY || k.entity().label() == Label.COUNTRY
							|| k.entity().label() == Label.ORGANIZATION)) {
				start = k.end();
				if (text.startsWith("'s", start) || text.startsWith("’s", start)) {
					start += 2; // "EU's Critical Raw Materials Act"
				}
				else if (text.startsWith("'", start) || text.startsWith("’", start)) {
					start += 1; // "Lynas' Kalgoorlie plant"
				}
				while (start < p.end() && Character.isWhitespace(text.charAt(start))) {
					start++;
				}
			}
		}
		if (start >= p.end()) {
			return null;
		}
		if (p.entity().label() == Label.MINE && start != p.start()
				&& GENERIC_SITE.matcher(text.substring(start, p.end())).matches()) {
			return null; // "a Texas magnet plant" less its place is "magnet plant": no name is left
		}
		if (start != p.start() && text.substring(start, p.end()).split("\\s+").length < 2
				&& p.entity().label() != Label.PROGRAM) {
			start = p.start(); // "Critical Minerals Act": the known words are part of the name
		}
		String span = text.substring(start, p.end());
		for (Mention k : known) {
			if (k.entity().label() == p.entity().label() && k.start() >= start && k.end() <= p.end()
					&& (k.length() >= span.length() - 12 || p.rule().startsWith("pattern.company")
							|| k.text().equalsIgnoreCase(p.entity().name()))) {
				return new Mention(start, p.end(), span, k.entity(), false, "gazetteer+" + p.rule());
			}
		}
		if (start == p.start()) {
			return p;
		}
		String name = p.entity().label() == Label.PROGRAM || p.entity().label() == Label.MINE ? span
				: PatternRecognizer.canonicalCompany(span);
		if (name.split("\\s+").length < 2 && p.entity().label() == Label.PROGRAM) {
			return null;
		}
		var ref = new EntityRef(org.reegraph.model.EntityId.fromName(p.entity().label(), name), name,
				p.entity().properties());
		return new Mention(start, p.end(), span, ref, false, p.rule());
	}

	/**
	 * Gives an organisation found by shape the country named just before it or inside it ("U.S. Office of
	 * Strategic Capital", "China's Ministry of …", "Australian Government …").
	 */
	private static Mention withCountry(Mention m, List<Mention> known, String text) {
		if (m == null || m.entity().label() != Label.ORGANIZATION || m.entity().properties().containsKey("country")) {
			return m;
		}
		for (Mention k : known) {
			if (k.entity().label() != Label.COUNTRY) {
				continue;
			}
			boolean inside = k.start() >= m.start() && k.end() <= m.end();
			boolean before = k.end() <= m.start() && COUNTRY_GAP.matcher(text.substring(k.end(), m.start())).matches();
			if (inside || before) {
				var props = new java.util.LinkedHashMap<>(m.entity().properties());
				props.put("country", k.entity().id().key());
				return new Mention(m.start(), m.end(), m.text(), new EntityRef(m.entity().id(), m.entity().name(), props),
						m.adjective(), m.rule());
			}
		}
		return m;
	}

	private List<Mention> compounds(String text) {
		List<Mention> out = new ArrayList<>();
		for (var e : COMPOUNDS.entrySet()) {
			int at = text.indexOf(e.getKey());
			while (at >= 0) {
				List<String> codes = e.getValue();
				for (int i = 0; i < codes.size(); i++) {
					Optional<CatalogEntity> c = catalog.byId("country:" + codes.get(i));
					if (c.isPresent()) {
						int s = codes.size() == 2 ? at + i : at + 1;
						var ref = new EntityRef(c.get().id(), c.get().name(), c.get().properties());
						out.add(new Mention(s, s + 1, text.substring(s, s + 1), ref, false, "zh.compound"));
					}
				}
				at = text.indexOf(e.getKey(), at + e.getKey().length());
			}
		}
		return out;
	}

	/** Leaders stand for their country: "Trump's tariffs", "signed between Trump and Albanese". */
	private List<Mention> leaders(String text) {
		List<Mention> out = new ArrayList<>();
		for (var e : LEADERS.entrySet()) {
			int at = text.indexOf(e.getKey());
			while (at >= 0) {
				int end = at + e.getKey().length();
				boolean cjk = Gazetteer.isCjk(e.getKey());
				if (cjk || Gazetteer.onWordBoundaries(text, at, end)) {
					Optional<CatalogEntity> c = catalog.byId("country:" + e.getValue());
					if (c.isPresent()) {
						var ref = new EntityRef(c.get().id(), c.get().name(), c.get().properties());
						out.add(new Mention(at, end, text.substring(at, end), ref, false, "gazetteer.leader"));
					}
				}
				at = text.indexOf(e.getKey(), end);
			}
		}
		return out;
	}

	private static Map<String, String> loadLeaders() {
		try (InputStream in = EntityRecognizer.class.getResourceAsStream("leaders.json")) {
			if (in == null) {
				throw new IOException("leaders.json is missing from the loader jar.");
			}
			Map<String, String> map = new java.util.LinkedHashMap<>();
			new ObjectMapper().readTree(in).get("leaders").fields()
				.forEachRemaining(f -> map.put(f.getKey(), f.getValue().asText()));
			return Map.copyOf(map);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the leaders list.", ex);
		}
	}

	private static Map<String, List<String>> loadCompounds() {
		try (InputStream in = EntityRecognizer.class.getResourceAsStream("zh-compounds.json")) {
			if (in == null) {
				throw new IOException("zh-compounds.json is missing from the loader jar.");
			}
			JsonNode root = new ObjectMapper().readTree(in);
			Map<String, List<String>> map = new java.util.LinkedHashMap<>();
			root.get("compounds").fields().forEachRemaining(f -> {
				List<String> codes = new ArrayList<>();
				f.getValue().forEach(v -> codes.add(v.asText()));
				map.put(f.getKey(), List.copyOf(codes));
			});
			return Map.copyOf(map);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Chinese country compounds.", ex);
		}
	}
}
