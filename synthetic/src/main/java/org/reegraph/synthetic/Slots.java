package org.reegraph.synthetic;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.model.catalog.CatalogEntity;

/**
 * Fills the slots of one sentence from the catalog and random figures. Slots of one sentence are consistent:
 * {@code c1} and {@code c2} are different countries, {@code mineOp} is the operator the catalog records for
 * {@code mine}, {@code pDev} the developer of {@code p}, {@code mc1}/{@code mc2} elements the material {@code mat}
 * contains, {@code coBase}/{@code coPoss} the country of {@code co}.
 */
final class Slots {

	private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

	private static final List<String> ACT_WORDS = List.of("Critical Minerals", "Rare Earth", "Mineral Security",
			"Supply Chain Resilience", "Magnet Independence", "Strategic Materials", "Domestic Refining");

	private final Random random;
	private final int year;
	private final Vocabulary v = Vocabulary.INSTANCE;
	private final Map<String, String> filled = new HashMap<>();
	private final Map<String, CatalogEntity> picked = new HashMap<>();

	Slots(Random random, int year) {
		this.random = random;
		this.year = year;
	}

	/** Fills every slot of a template and capitalises the sentence. */
	static String fill(String template, Random random, int year) {
		Slots s = new Slots(random, year);
		Matcher m = SLOT.matcher(template);
		StringBuilder sb = new StringBuilder(template.length() + 64);
		while (m.find()) {
			m.appendReplacement(sb, Matcher.quoteReplacement(s.get(m.group(1))));
		}
		m.appendTail(sb);
		return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
	}

	String get(String key) {
		String value = filled.get(key);
		if (value == null) {
			value = compute(key);
			filled.put(key, value);
		}
		return value;
	}

	private String compute(String key) {
		return switch (key) {
			case "c1", "c2" -> pickForm(Vocabulary.countryForms(entity(key)));
			case "c1s", "c2s" -> possessive(get(key.substring(0, 2)));
			case "c1adj" -> adjectiveCountry();
			case "zc1", "zc2" -> Vocabulary.shortChinese(entity(key.substring(1)));
			case "rc" -> pickForm(Vocabulary.countryForms(entity("rc")));
			case "e", "e2" -> entity(key).name().toLowerCase(Locale.ROOT);
			case "ze" -> entity("e").zh().get(0);
			case "m" -> plural(entity("m").name());
			case "mat" -> plural(entity("mat").name());
			case "matVerb" -> get("mat").endsWith("s") ? "contain" : "contains";
			case "matBe" -> get("mat").endsWith("s") ? "are" : "is";
			case "mc1", "mc2" -> containedElement(key.equals("mc1") ? 0 : 1);
			case "co", "co2", "mfr", "mfr2", "org", "p", "mine" -> entity(key).name();
			case "norg" -> entity("norg").name();
			case "coBase" -> countryShort(countryOf(entity("co")));
			case "coPoss" -> possessive(countryShort(countryOf(entity("co"))));
			case "coName" -> pickForm(Vocabulary.countryForms(v.byId("country:" + countryOf(entity("co"))).orElseThrow()));
			case "mineOp" -> related(entity("mine"), "OPERATED_BY", v.companies).name();
			case "pDev" -> related(entity("p"), "DEVELOPED_BY", v.companies).name();
			case "act" -> ACT_WORDS.get(random.nextInt(ACT_WORDS.size()));
			case "q" -> String.format(Locale.ROOT, "%,d %s", 20 + random.nextInt(40_000),
					random.nextBoolean() ? "tons" : "metric tons");
			case "qzh" -> (10 + random.nextInt(9_000)) + "吨";
			case "usd" -> money();
			case "pct" -> (3 + random.nextInt(93)) + "%";
			case "usdkg" -> "$" + (5 + random.nextInt(2_000)) + " per kg";
			case "month" -> Month.of(1 + random.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			case "mnum" -> Integer.toString(1 + random.nextInt(12));
			case "year" -> Integer.toString(year - random.nextInt(2));
			case "n" -> Integer.toString(2 + random.nextInt(22));
			default -> throw new IllegalArgumentException("Unknown template slot {" + key + "}.");
		};
	}

	/** The entity behind a slot; slots of the same kind in one sentence get different entities. */
	private CatalogEntity entity(String key) {
		CatalogEntity e = picked.get(key);
		if (e != null) {
			return e;
		}
		List<CatalogEntity> pool = switch (key) {
			case "c1", "c2", "c" -> v.countries;
			case "rc" -> v.countries.stream().filter(c -> !c.id().key().equals(countryOf(entity("mine")))).toList();
			case "e", "e2" -> v.elements;
			case "m" -> v.materials;
			case "mat" -> v.materials.stream().filter(x -> !contained(x).isEmpty()).toList();
			case "co", "co2" -> v.companies;
			case "mfr", "mfr2" -> v.manufacturers;
			case "org" -> v.organizations;
			case "norg" -> v.organizations.stream().filter(o -> o.properties().containsKey("country")).toList();
			case "p" -> v.programs;
			case "mine" -> v.mines;
			default -> throw new IllegalArgumentException("No entity pool for {" + key + "}.");
		};
		do {
			e = pool.get(random.nextInt(pool.size()));
		}
		while (picked.containsValue(e));
		picked.put(key, e);
		return e;
	}

	private String adjectiveCountry() {
		List<CatalogEntity> withAdjective = v.countries.stream().filter(c -> !c.adjectives().isEmpty()).toList();
		CatalogEntity c = withAdjective.get(random.nextInt(withAdjective.size()));
		return c.adjectives().get(0);
	}

	private String containedElement(int index) {
		List<CatalogEntity> elements = contained(entity("mat"));
		return elements.get(Math.min(index, elements.size() - 1)).name().toLowerCase(Locale.ROOT);
	}

	private List<CatalogEntity> contained(CatalogEntity material) {
		return material.links().getOrDefault("CONTAINS", List.of()).stream().map(v::byId)
			.flatMap(java.util.Optional::stream).filter(x -> !x.id().key().equals("O")).toList();
	}

	private CatalogEntity related(CatalogEntity from, String link, List<CatalogEntity> fallback) {
		return from.links().getOrDefault(link, List.of()).stream().map(v::byId).flatMap(java.util.Optional::stream)
			.findFirst().orElseGet(() -> fallback.get(random.nextInt(fallback.size())));
	}

	private String countryOf(CatalogEntity e) {
		Object c = e.properties().get("country");
		return c == null ? "US" : c.toString();
	}

	private String countryShort(String code) {
		return switch (code) {
			case "US" -> "U.S.";
			case "GB" -> "UK";
			case "EU" -> "EU";
			default -> v.byId("country:" + code).map(CatalogEntity::name).orElse(code);
		};
	}

	private String pickForm(List<String> forms) {
		// the first form is the usual one; the others appear now and then, as in real reporting
		return random.nextInt(4) == 0 ? forms.get(random.nextInt(forms.size())) : forms.get(0);
	}

	private static String possessive(String name) {
		return name.endsWith("s") ? name + "'" : name + "'s";
	}

	private static String plural(String name) {
		return name.endsWith("magnet") ? name + "s" : name;
	}

	private String money() {
		if (random.nextInt(3) == 0) {
			return String.format(Locale.ROOT, "$%d.%d billion", 1 + random.nextInt(9), random.nextInt(10));
		}
		return "$" + (5 + random.nextInt(995)) + " million";
	}
}
