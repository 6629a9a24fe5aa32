package org.reegraph.model.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reegraph.model.EntityId;
import org.reegraph.model.Label;

/**
 * The reference catalog: countries (ISO 3166-1 and the EU), elements, materials and a seed list of
 * organizations, companies, programmes and mines, loaded from JSON resources in this package.
 * Immutable and safe to share; {@link #load()} reads the bundled files once per call, so keep the instance.
 */
public final class Catalog {

	private static final String ROOT = "/org/reegraph/model/catalog/";

	private final Map<String, CatalogEntity> byId;

	private Catalog(Collection<CatalogEntity> entities, List<Place> places) {
		Map<String, CatalogEntity> map = new LinkedHashMap<>();
		for (CatalogEntity e : entities) {
			CatalogEntity previous = map.put(e.id().toString(), e);
			if (previous != null) {
				throw new IllegalStateException("The catalog defines " + e.id() + " twice ('" + previous.name()
						+ "' and '" + e.name() + "').");
			}
		}
		this.byId = Map.copyOf(map);
		this.ordered = List.copyOf(map.values());
		for (Place p : places) {
			if (!map.containsKey("country:" + p.countryCode())) {
				throw new IllegalStateException("The catalog place '" + p.name() + "' lies in an unknown country '"
						+ p.countryCode() + "' (places.json).");
			}
		}
		this.places = List.copyOf(places);
		this.regionForms = places.stream().filter(p -> !"CITY".equals(p.kind())).flatMap(p -> p.forms().stream())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	private final List<CatalogEntity> ordered;
	private final List<Place> places;
	private final java.util.Set<String> regionForms;

	/**
	 * Loads the bundled catalog.
	 *
	 * @return the catalog
	 * @throws UncheckedIOException when a resource is missing or malformed, naming the resource
	 */
	public static Catalog load() {
		ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
		List<CatalogEntity> all = new ArrayList<>();

		for (var c : read(mapper, "countries.json", CatalogFiles.CountryFile.class).countries()) {
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("code", c.code());
			props.put("kind", c.kind() == null ? "STATE" : c.kind());
			all.add(new CatalogEntity(new EntityId(Label.COUNTRY, c.code()), c.name(), c.aliases(), c.adjectives(), c.zh(), props,
					Map.of()));
		}
		for (var e : read(mapper, "elements.json", CatalogFiles.ElementFile.class).elements()) {
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("symbol", e.symbol());
			props.put("kind", "ELEMENT");
			props.put("category", e.category());
			props.put("atomicNumber", e.atomicNumber());
			all.add(new CatalogEntity(new EntityId(Label.ELEMENT, e.symbol()), e.name(), e.aliases(), List.of(), e.zh(), props,
					Map.of()));
		}
		for (var m : read(mapper, "materials.json", CatalogFiles.MaterialFile.class).materials()) {
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("kind", m.kind());
			putIfPresent(props, "category", m.category());
			List<String> contains = nullToEmpty(m.contains()).stream().map(s -> "element:" + s).toList();
			all.add(new CatalogEntity(EntityId.parse(m.id()), m.name(), m.aliases(), List.of(), m.zh(), props,
					contains.isEmpty() ? Map.of() : Map.of("CONTAINS", contains)));
		}
		for (var o : read(mapper, "organizations.json", CatalogFiles.OrganizationFile.class).organizations()) {
			Map<String, Object> props = new LinkedHashMap<>();
			putIfPresent(props, "country", o.country());
			all.add(new CatalogEntity(EntityId.parse(o.id()), o.name(), o.aliases(), List.of(), o.zh(), props,
					located(o.country())));
		}
		for (var c : read(mapper, "companies.json", CatalogFiles.CompanyFile.class).companies()) {
			Map<String, Object> props = new LinkedHashMap<>();
			putIfPresent(props, "country", c.country());
			putIfPresent(props, "industry", c.industry());
			putIfPresent(props, "location", c.location());
			all.add(new CatalogEntity(EntityId.parse(c.id()), c.name(), c.aliases(), List.of(), c.zh(), props,
					located(c.country())));
		}
		for (var p : read(mapper, "programs.json", CatalogFiles.ProgramFile.class).programs()) {
			Map<String, Object> props = new LinkedHashMap<>();
			putIfPresent(props, "kind", p.kind());
			putIfPresent(props, "country", p.country());
			Map<String, List<String>> links = p.developer() == null ? Map.of() : Map.of("DEVELOPED_BY",
					List.of(p.developer()));
			all.add(new CatalogEntity(EntityId.parse(p.id()), p.name(), p.aliases(), List.of(), p.zh(), props, links));
		}
		for (var m : read(mapper, "mines.json", CatalogFiles.MineFile.class).mines()) {
			Map<String, Object> props = new LinkedHashMap<>();
			putIfPresent(props, "kind", m.kind());
			putIfPresent(props, "location", m.location());
			putIfPresent(props, "country", m.country());
			Map<String, List<String>> links = new LinkedHashMap<>(located(m.country()));
			if (m.operator() != null) {
				links.put("OPERATED_BY", List.of(m.operator()));
			}
			all.add(new CatalogEntity(EntityId.parse(m.id()), m.name(), m.aliases(), List.of(), m.zh(), props, links));
		}
		List<Place> places = new ArrayList<>();
		for (var p : read(mapper, "places.json", CatalogFiles.PlaceFile.class).places()) {
			places.add(new Place(p.name(), p.country(), p.kind(), p.aliases(), p.zh()));
		}
		return new Catalog(all, places);
	}

	/**
	 * {@return the sub-national places the catalog knows (states, provinces, a few cities)}: where things are,
	 * each in one country, never entities of their own
	 */
	public List<Place> places() {
		return places;
	}

	/** {@return every form of the places that are states, provinces or regions rather than towns} */
	public java.util.Set<String> regionForms() {
		return regionForms;
	}

	private static Map<String, List<String>> located(String countryCode) {
		return countryCode == null ? Map.of() : Map.of("LOCATED_IN", List.of("country:" + countryCode));
	}

	private static void putIfPresent(Map<String, Object> props, String key, Object value) {
		if (value != null) {
			props.put(key, value);
		}
	}

	private static <T> List<T> nullToEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

	private static <T> T read(ObjectMapper mapper, String file, Class<T> type) {
		try (InputStream in = Catalog.class.getResourceAsStream(ROOT + file)) {
			if (in == null) {
				throw new UncheckedIOException(new IOException("The catalog resource " + ROOT + file + " is missing."));
			}
			return mapper.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the catalog resource " + ROOT + file + ": " + ex.getMessage(),
					ex);
		}
	}

	/** {@return every catalog entity, countries first} */
	public List<CatalogEntity> entities() {
		return ordered;
	}

	/**
	 * {@return the entities of one label}
	 *
	 * @param label the label
	 */
	public List<CatalogEntity> entities(Label label) {
		return ordered.stream().filter(e -> e.label() == label).toList();
	}

	/**
	 * Looks an entity up by id.
	 *
	 * @param id an id such as {@code country:CN}
	 * @return the entity, or empty
	 */
	public Optional<CatalogEntity> byId(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/**
	 * Finds a country by ISO code, English name, alias, adjective or Chinese name, ignoring case.
	 *
	 * @param text "CN", "china", "Chinese" or "中国"
	 * @return the country, or empty
	 */
	public Optional<CatalogEntity> country(String text) {
		return findBySurface(Label.COUNTRY, text, "code");
	}

	/**
	 * Finds an element or material by symbol, name, alias or Chinese name, ignoring case (symbols match exactly
	 * first, so "Dy" and "dy" both find dysprosium).
	 *
	 * @param text "Dy", "dysprosium" or "镝"
	 * @return the element, or empty
	 */
	public Optional<CatalogEntity> element(String text) {
		return findBySurface(Label.ELEMENT, text, "symbol");
	}

	private Optional<CatalogEntity> findBySurface(Label label, String text, String codeProperty) {
		Objects.requireNonNull(text, "The text to look up must not be null.");
		String wanted = text.trim();
		List<CatalogEntity> candidates = entities(label);
		for (CatalogEntity e : candidates) {
			Object code = e.properties().get(codeProperty);
			if (code != null && code.toString().equals(wanted)) {
				return Optional.of(e);
			}
		}
		String lower = wanted.toLowerCase(Locale.ROOT);
		for (CatalogEntity e : candidates) {
			Object code = e.properties().get(codeProperty);
			if (code != null && code.toString().toLowerCase(Locale.ROOT).equals(lower)) {
				return Optional.of(e);
			}
			for (String s : e.surfaceForms()) {
				if (s.toLowerCase(Locale.ROOT).equals(lower)) {
					return Optional.of(e);
				}
			}
		}
		return Optional.empty();
	}
}
