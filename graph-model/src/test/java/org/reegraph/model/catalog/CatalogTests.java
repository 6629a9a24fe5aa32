package org.reegraph.model.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.model.Label;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogTests {

	static Catalog catalog;

	@BeforeAll
	static void load() {
		catalog = Catalog.load();
	}

	@Nested
	class Countries {

		@Test
		void everyIsoCountryHasACodeAndAName() {
			List<CatalogEntity> countries = catalog.entities(Label.COUNTRY);
			assertThat(countries).hasSizeGreaterThanOrEqualTo(249);
			assertThat(countries).allSatisfy(c -> {
				assertThat(c.properties().get("code").toString()).matches("[A-Z]{2}");
				assertThat(c.name()).isNotBlank();
				assertThat(c.id().toString()).isEqualTo("country:" + c.properties().get("code"));
			});
		}

		@Test
		void theEuIsABloc() {
			assertThat(catalog.country("EU")).hasValueSatisfying(eu -> {
				assertThat(eu.name()).isEqualTo("European Union");
				assertThat(eu.properties()).containsEntry("kind", "BLOC");
			});
		}

		@Test
		void areFoundByCodeNameVariantAdjectiveAndChineseName() {
			for (String text : List.of("US", "U.S.", "America", "American", "United States", "美国", "us")) {
				assertThat(catalog.country(text)).as(text).map(c -> c.id().toString()).contains("country:US");
			}
			for (String text : List.of("CN", "China", "Chinese", "中国")) {
				assertThat(catalog.country(text)).as(text).map(c -> c.id().toString()).contains("country:CN");
			}
			assertThat(catalog.country("Burma")).map(CatalogEntity::name).contains("Myanmar");
			assertThat(catalog.country("巴基斯坦")).map(c -> c.id().toString()).contains("country:PK");
			assertThat(catalog.country("巴西")).map(c -> c.id().toString()).contains("country:BR");
			assertThat(catalog.country("日本")).map(c -> c.id().toString()).contains("country:JP");
			assertThat(catalog.country("Atlantis")).isEmpty();
		}
	}

	@Nested
	class Elements {

		@Test
		void allSeventeenRareEarthsArePresentWithCorrectSymbols() {
			Map<String, Integer> ree = Map.ofEntries(Map.entry("Sc", 21), Map.entry("Y", 39), Map.entry("La", 57),
					Map.entry("Ce", 58), Map.entry("Pr", 59), Map.entry("Nd", 60), Map.entry("Pm", 61),
					Map.entry("Sm", 62), Map.entry("Eu", 63), Map.entry("Gd", 64), Map.entry("Tb", 65),
					Map.entry("Dy", 66), Map.entry("Ho", 67), Map.entry("Er", 68), Map.entry("Tm", 69),
					Map.entry("Yb", 70), Map.entry("Lu", 71));
			ree.forEach((symbol, z) -> assertThat(catalog.element(symbol)).as(symbol).hasValueSatisfying(e -> {
				assertThat(e.properties()).containsEntry("atomicNumber", z).containsEntry("symbol", symbol);
				assertThat(e.properties().get("category").toString()).endsWith("_REE");
			}));
			long rees = catalog.entities(Label.ELEMENT).stream()
				.filter(e -> String.valueOf(e.properties().get("category")).endsWith("_REE")
						&& "ELEMENT".equals(e.properties().get("kind")))
				.count();
			assertThat(rees).isEqualTo(17);
		}

		@Test
		void heavyAndLightFollowTheConvention() {
			assertThat(catalog.element("Dy").orElseThrow().properties()).containsEntry("category", "HEAVY_REE");
			assertThat(catalog.element("Nd").orElseThrow().properties()).containsEntry("category", "LIGHT_REE");
		}

		@Test
		void criticalMineralsAndChineseNamesArePresent() {
			for (String s : List.of("Ga", "Ge", "W", "Sb", "Co", "Li", "Ni", "Cu")) {
				assertThat(catalog.element(s)).as(s).hasValueSatisfying(
						e -> assertThat(e.properties()).containsEntry("category", "CRITICAL_MINERAL"));
			}
			assertThat(catalog.element("镝")).map(CatalogEntity::name).contains("Dysprosium");
			assertThat(catalog.element("铽")).map(CatalogEntity::name).contains("Terbium");
			assertThat(catalog.element("dysprosium")).map(c -> c.id().toString()).contains("element:Dy");
		}
	}

	@Nested
	class Materials {

		@Test
		void sayWhatTheyContain() {
			assertThat(catalog.byId("element:ndfeb-magnet")).hasValueSatisfying(m -> {
				assertThat(m.properties()).containsEntry("kind", "MATERIAL");
				assertThat(m.links().get("CONTAINS")).contains("element:Nd", "element:Dy");
			});
			assertThat(catalog.byId("element:dysprosium-alloy")).hasValueSatisfying(
					m -> assertThat(m.links().get("CONTAINS")).contains("element:Dy"));
			assertThat(catalog.byId("element:smco-magnet")).hasValueSatisfying(
					m -> assertThat(m.links().get("CONTAINS")).contains("element:Sm", "element:Co"));
		}

		@Test
		void everyContainedElementExists() {
			catalog.entities().forEach(e -> e.links().getOrDefault("CONTAINS", List.of())
				.forEach(id -> assertThat(catalog.byId(id)).as(e.id() + " contains " + id).isPresent()));
		}
	}

	@Nested
	class Places {

		@Test
		void eachLiesInAKnownCountry() {
			assertThat(catalog.places()).hasSizeGreaterThanOrEqualTo(100);
			assertThat(catalog.places()).allSatisfy(p -> assertThat(catalog.byId("country:" + p.countryCode()))
				.as(p.name()).isPresent());
			assertThat(catalog.places()).filteredOn(p -> p.name().equals("Utah")).singleElement()
				.extracting(Place::countryCode).isEqualTo("US");
			assertThat(catalog.places()).filteredOn(p -> p.name().equals("Inner Mongolia")).singleElement()
				.satisfies(p -> assertThat(p.forms()).contains("内蒙古"))
				.extracting(Place::countryCode).isEqualTo("CN");
		}

		@Test
		void noPlaceIsAlsoTheNameOfACountryOrOfAnotherPlace() {
			// "Georgia" (the state and the country) would turn every Georgian sentence into an American one
			Map<String, String> seen = new HashMap<>();
			catalog.entities(Label.COUNTRY).forEach(c -> c.surfaceForms().forEach(f -> seen.put(f, c.id().toString())));
			for (Place p : catalog.places()) {
				for (String form : p.forms()) {
					assertThat(seen.put(form, p.name())).as("'" + form + "' names " + p.name() + " and another")
						.isNull();
				}
			}
		}
	}

	@Test
	void everyLinkPointsAtACatalogEntity() {
		catalog.entities().forEach(e -> e.links().forEach((type, ids) -> ids
			.forEach(id -> assertThat(catalog.byId(id)).as(e.id() + " " + type + " " + id).isPresent())));
	}

	@Test
	void noSurfaceFormNamesTwoEntitiesOfTheSameLabel() {
		Map<String, String> seen = new HashMap<>();
		for (CatalogEntity e : catalog.entities()) {
			for (String form : e.surfaceForms()) {
				String key = e.label() + "|" + form;
				String previous = seen.putIfAbsent(key, e.id().toString());
				assertThat(previous == null || previous.equals(e.id().toString()))
					.as("'" + form + "' names both " + previous + " and " + e.id()).isTrue();
			}
		}
	}

	@Test
	void anEntityKeepsTheOrderOfItsLinksAndPropertiesSoTheLoaderEmitsThemInTheSameOrderEveryRun() {
		Map<String, List<String>> links = new java.util.LinkedHashMap<>();
		Map<String, Object> properties = new java.util.LinkedHashMap<>();
		List<String> order = List.of("OPERATES", "LOCATED_IN", "CONTAINS", "SUPPLIES", "DEVELOPS", "PRODUCES", "REFINES",
				"COVERS", "TARGETS", "ISSUED_BY", "PARTY_TO", "ACQUIRES");
		order.forEach(type -> links.put(type, List.of("country:CN")));
		order.forEach(key -> properties.put(key.toLowerCase(java.util.Locale.ROOT), key));

		CatalogEntity entity = new CatalogEntity(org.reegraph.model.EntityId.parse("company:acme"), "Acme", null, null,
				null, properties, links);

		assertThat(entity.links().keySet()).containsExactlyElementsOf(order);
		assertThat(entity.properties().values()).containsExactlyElementsOf(order);
	}
}
