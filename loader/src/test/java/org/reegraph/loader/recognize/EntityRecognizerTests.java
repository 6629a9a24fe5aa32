package org.reegraph.loader.recognize;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reegraph.model.catalog.Catalog;

import static org.assertj.core.api.Assertions.assertThat;

class EntityRecognizerTests {

	static EntityRecognizer recognizer;

	@BeforeAll
	static void build() {
		Catalog catalog = Catalog.load();
		recognizer = new EntityRecognizer(catalog, Gazetteer.build(catalog, List.of()));
	}

	private static List<String> ids(String text) {
		return recognizer.recognize(text).stream().filter(m -> !m.rule().startsWith("cue."))
			.map(m -> m.entity().id().toString()).toList();
	}

	@Test
	void hyphenatedCompoundsKeepTheirCountryNamesAndProvenanceIsNoProgramme() {
		List<String> ids = ids("The India-Japan-Australia Supply Chain Partnership was announced.");
		assertThat(ids).contains("agreement:india-japan-australia-supply-chain-partnership");
		assertThat(ids).noneMatch(id -> id.startsWith("agreement:-") || id.startsWith("agreement:japan-australia"));
		assertThat(ids("Korean-made engines and Japanese-built submarines were compared.")).noneMatch(id -> id.startsWith("program:"));
		assertThat(ids("The Tomahawk missile needs samarium.")).contains("program:tomahawk");
	}

	@Test
	void usDoesNotMatchInsideUsaRareEarth() {
		assertThat(ids("USA Rare Earth acquired UK-based LCM")).contains("company:usa-rare-earth", "company:lcm",
				"country:GB").doesNotContain("country:US");
	}

	@Test
	void aLawNamedAfterMineralsIsAPolicy() {
		assertThat(ids("the Senate pushes the Critical Minerals Act")).contains("policy:critical-minerals-act");
	}

	@Test
	void chineseCompoundsDoNotLeakSingleCharacters() {
		assertThat(ids("稀土磁铁涌向美国")).contains("country:US").doesNotContain("country:PK");
		assertThat(ids("中国对美稀土出口")).containsExactly("country:CN", "country:US", "element:rare-earths");
	}

	@Test
	void adjectivesAndInstitutionsResolveToTheirOwners() {
		var mentions = recognizer.recognize("Chinese-origin dysprosium alloy worries the Pentagon");
		assertThat(mentions).anySatisfy(m -> {
			assertThat(m.text()).isEqualTo("Chinese");
			assertThat(m.entity().id()).hasToString("country:CN");
			assertThat(m.adjective()).isTrue();
		});
		assertThat(mentions).anySatisfy(m -> {
			assertThat(m.entity().id()).hasToString("organization:us-department-of-defense");
			assertThat(m.entity().countryCode()).isEqualTo("US");
		});
		assertThat(ids("DoD and the Department of Defense")).containsOnly("organization:us-department-of-defense");
	}

	@Test
	void patternsFindCompaniesSitesAndProgramsTheCatalogLacks() {
		assertThat(ids("Halcyon Rare Earths Ltd. opened the Kestrel Ridge mine")).contains(
				"company:halcyon-rare-earths", "mine:kestrel-ridge");
		assertThat(ids("a new rare earth separation plant in Wyoming")).contains(
				"mine:wyoming-rare-earth-separation-plant");
		assertThat(ids("the J-20 fighter and the Valkyrie missile")).contains("program:j-20", "program:valkyrie-missile");
	}

	@Test
	void leadersStandForTheirCountry() {
		assertThat(ids("an agreement signed between Trump and Albanese")).contains("country:US", "country:AU");
	}
}
