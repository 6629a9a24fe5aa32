package org.reegraph.synthetic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.reegraph.model.Label;
import org.reegraph.model.catalog.Catalog;
import org.reegraph.model.catalog.CatalogEntity;

/**
 * The entities the generator writes about, drawn once from the reference catalog. Countries are limited to the
 * ones rare-earth news is about, so the articles read like the corpus and every country has the English and
 * Chinese forms the templates need.
 */
final class Vocabulary {

	private static final List<String> COUNTRY_CODES = List.of("CN", "US", "AU", "JP", "DE", "FR", "GB", "KR", "IN",
			"VN", "MY", "BR", "CA", "RU", "MM", "LA", "TH", "ZA", "GL", "KZ", "ID", "CL", "EU");

	/** How a country is written in running text, where the catalog's name would read oddly. */
	private static final Map<String, List<String>> COUNTRY_FORMS = Map.of("US", List.of("the U.S.", "the United States",
			"Washington"), "GB", List.of("the UK", "Britain", "the United Kingdom"), "EU", List.of("the European Union",
					"the EU"), "CN", List.of("China", "Beijing"), "KR", List.of("South Korea"));

	private static final List<String> ELEMENTS = List.of("Nd", "Pr", "Dy", "Tb", "Sm", "La", "Ce", "Y", "Gd", "Eu",
			"Ho", "Lu", "Sc", "Ga", "Ge", "Li", "Co", "Ni", "Sb", "W");

	private static final List<String> MATERIALS = List.of("element:ndfeb-magnet", "element:smco-magnet",
			"element:rare-earth-magnet", "element:ndpr-oxide", "element:dysprosium-alloy", "element:terbium-metal");

	private static final Set<String> MANUFACTURING = Set.of("AUTOMOTIVE", "DEFENSE", "ELECTRONICS", "MAGNETS",
			"ENERGY");

	/** Loaded once: the catalog is immutable and reading it costs a few milliseconds. */
	static final Vocabulary INSTANCE = new Vocabulary(Catalog.load());

	final List<CatalogEntity> countries;
	final List<CatalogEntity> elements;
	final List<CatalogEntity> materials;
	final List<CatalogEntity> organizations;
	final List<CatalogEntity> companies;
	/** Companies that build things from rare earths (cars, weapons, electronics, magnets, batteries). */
	final List<CatalogEntity> manufacturers;
	final List<CatalogEntity> programs;
	final List<CatalogEntity> mines;
	private final Catalog catalog;

	private Vocabulary(Catalog catalog) {
		this.catalog = catalog;
		this.countries = COUNTRY_CODES.stream().map(c -> require("country:" + c)).toList();
		this.elements = ELEMENTS.stream().map(s -> require("element:" + s)).toList();
		this.materials = MATERIALS.stream().map(this::require).toList();
		this.organizations = catalog.entities(Label.ORGANIZATION);
		this.companies = catalog.entities(Label.COMPANY);
		this.manufacturers = companies.stream().filter(c -> MANUFACTURING.contains(String.valueOf(c.properties()
			.get("industry")))).toList();
		this.programs = catalog.entities(Label.PROGRAM);
		this.mines = catalog.entities(Label.MINE);
	}

	private CatalogEntity require(String id) {
		return catalog.byId(id).orElseThrow(() -> new IllegalStateException("The synthetic corpus needs " + id
				+ ", which the reference catalog no longer has."));
	}

	/** {@return the catalog entity an id names, if any} */
	Optional<CatalogEntity> byId(String id) {
		return catalog.byId(id);
	}

	/** {@return the ways running text may name a country} */
	static List<String> countryForms(CatalogEntity country) {
		return COUNTRY_FORMS.getOrDefault(country.properties().get("code").toString(), List.of(country.name()));
	}

	/** {@return a Chinese name of at most three characters (so "对X出口" reads naturally), or the first one} */
	static String shortChinese(CatalogEntity e) {
		return e.zh().stream().filter(z -> z.length() <= 3).findFirst().orElse(e.zh().isEmpty() ? e.name() : e.zh().get(0));
	}
}
