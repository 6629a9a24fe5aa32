package org.reegraph.loader.recognize;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.model.Label;
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
	void aCompanyNamedWithEverydayWordsIsOneOnlyWhenWrittenAsAName() {
		assertThat(ids("Vital Metals shipped bastnaesite to Saskatoon.")).contains("company:vital-metals");
		assertThat(ids("Gallium and germanium are vital metals for chips.")).doesNotContain("company:vital-metals");
		assertThat(ids("Brazilian rare earths producers grew.")).doesNotContain("company:brazilian-rare-earths")
			.contains("country:BR");
		assertThat(ids("USA RARE EARTH ACQUIRES LESS COMMON METALS")).as("a headline in capitals")
			.contains("company:usa-rare-earth", "company:lcm");
		assertThat(ids("ASM, or artisanal and small-scale mining, is common in Congo."))
			.doesNotContain("company:australian-strategic-materials");
	}

	@Test
	void programmesAreRecognisedByTheirHeadAndTechnologiesByTheLexicon() {
		assertThat(ids("Ottawa funds the Critical Minerals Geoscience and Data Initiative."))
			.contains("program:critical-minerals-geoscience-and-data-initiative");
		assertThat(ids("The DOE program and the NATO initiative awarded $50 million."))
			.noneMatch(id -> id.startsWith("program:"));
		assertThat(ids("Acme Launches Program")).noneMatch(id -> id.startsWith("program:"));
		assertThat(ids("Cobalt is used in electric-vehicle batteries and solar panels."))
			.contains("program:electric-vehicle-batteries", "program:solar-panels")
			.doesNotContain("program:electric-vehicles");
	}

	@Test
	void aDemonymBeforeGovernmentNamesTheStateItself() {
		var mentions = recognizer.recognize("The Australian government lent Iluka money; Australian ore is cheap.");
		assertThat(mentions).filteredOn(m -> m.entity().id().toString().equals("country:AU"))
			.extracting(m -> m.text() + "/" + m.adjective())
			.containsExactly("Australian government/false", "Australian/true");
	}

	@Test
	void sitesAndOperationsNamedAfterTheirOwnersPossessive() {
		assertThat(ids("Lynas' Kalgoorlie plant cracks concentrate.")).contains("mine:kalgoorlie")
			.noneMatch(id -> id.startsWith("mine:-") || id.contains("'"));
		assertThat(ids("Karawara Resources Ltd’s Mesa, Arizona site recycles magnets.")).contains("mine:mesa-arizona-site");
		assertThat(ids("Its operations in Brazil grew.")).noneMatch(id -> id.startsWith("mine:"));
		assertThat(ids("Lynas' Malaysian operations and Apple's Web site grew; the Superfund site closed."))
			.noneMatch(id -> id.startsWith("mine:"));
	}

	@Test
	void moreHeadsOfPublicBodies() {
		assertThat(ids("The Offshore Renewable Energy Catapult joined the project."))
			.contains("organization:offshore-renewable-energy-catapult");
		assertThat(ids("The Center for Strategic and International Studies published a report."))
			.contains("organization:center-for-strategic-and-international-studies");
		assertThat(ids("At the center of the dispute is gallium.")).noneMatch(id -> id.startsWith("organization:"));
		assertThat(ids("The AI Data Center in Texas opened.")).noneMatch(id -> id.startsWith("organization:"));
		assertThat(ids("Brazil's Ministry of Mines and Energy approved the project."))
			.doesNotContain("organization:india-ministry-of-mines");
	}

	@Test
	void aFacilityNamedByPlaceDoesNotTakeItsOwnersPossessive() {
		assertThat(ids("Neo’s rare earth separation facility in Sillamäe, Estonia, buys ore."))
			.contains("mine:sillamae-rare-earth-separation-facility")
			.noneMatch(id -> id.startsWith("mine:sillamae-s-"));
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

	private static Mention only(String text, Label label) {
		List<Mention> found = recognizer.recognize(text).stream()
			.filter(m -> !m.rule().startsWith("cue.") && m.entity().label() == label).toList();
		assertThat(found).as("%s in \"%s\"", label, text).hasSize(1);
		return found.get(0);
	}

	@Nested
	class OrganisationsByShape {

		@Test
		void governmentBodiesTheCatalogLacksAreOrganisationsWithTheirCountry() {
			Mention osc = only("The U.S. Office of Strategic Capital lent $150 million.", Label.ORGANIZATION);
			assertThat(osc.text()).isEqualTo("Office of Strategic Capital");
			assertThat(osc.entity().id()).hasToString("organization:office-of-strategic-capital");
			assertThat(osc.entity().countryCode()).isEqualTo("US");
			Mention aus = only("The Australian Government Critical Minerals Office approved the loan.", Label.ORGANIZATION);
			assertThat(aus.entity().countryCode()).isEqualTo("AU");
			Mention dept = only("Canada's Department of Natural Resources and Energy Security said so.", Label.ORGANIZATION);
			assertThat(dept.text()).isEqualTo("Department of Natural Resources and Energy Security");
			assertThat(dept.entity().countryCode()).isEqualTo("CA");
			Mention agency = only("Officials at the Strategic Stockpile Agency declined to comment.", Label.ORGANIZATION);
			assertThat(agency.text()).isEqualTo("Strategic Stockpile Agency");
		}

		@Test
		void knownBodiesKeepTheirCatalogIdentity() {
			assertThat(ids("China's Ministry of Commerce announced the list.")).contains("organization:mofcom");
			assertThat(ids("the Ministry of Industry and Information Technology issued quotas")).hasSize(1)
				.allMatch(id -> id.startsWith("organization:"));
			assertThat(ids("the Defense Logistics Agency and the European Commission"))
				.containsExactly("organization:defense-logistics-agency", "organization:european-commission");
			assertThat(ids("the Bureau of Industry and Security and the Japan Organization for Metals and Energy Security"))
				.hasSize(2).allMatch(id -> id.startsWith("organization:"));
		}

		@Test
		void namesStopBeforeTitlesAndTheFullStop() {
			Mention m = only("The Office of Mineral Supply Secretary Jane Doe spoke.", Label.ORGANIZATION);
			assertThat(m.text()).isEqualTo("Office of Mineral Supply");
			assertThat(only("Funding came from the Office of Mineral Supply.", Label.ORGANIZATION).text())
				.isEqualTo("Office of Mineral Supply");
		}

		@Test
		void aBareHeadNounIsNoOrganisation() {
			assertThat(ids("The Agency said the Commission would decide.")).isEmpty();
		}
	}

	@Nested
	class CompaniesByShape {

		@Test
		void legalSuffixesMakeCompaniesWithoutTheSuffixInTheId() {
			assertThat(ids("Baotou Steel Co., Ltd. signed")).contains("company:baotou-steel");
			assertThat(ids("Kestrel Magnets Pty Ltd signed")).contains("company:kestrel-magnets");
			assertThat(ids("Vacuumschmelze GmbH and Magnetfabrik AG signed")).contains("company:vacuumschmelze",
					"company:magnetfabrik");
			assertThat(ids("Acme Holdings and Acme Metals plc")).contains("company:acme-holdings", "company:acme-metals");
			assertThat(ids("Solvay S.A. expanded")).contains("company:solvay");
		}

		@Test
		void descriptiveEndingsNeedANameNotACommonOpener() {
			assertThat(ids("Iluka Resources and Arafura Rare Earths signed")).contains("company:iluka-resources",
					"company:arafura-rare-earths");
			assertThat(ids("Critical Minerals are essential to defence.")).noneMatch(id -> id.startsWith("company:"));
			assertThat(ids("Rare Earth Metals remain scarce.")).noneMatch(id -> id.startsWith("company:"));
		}

		@Test
		void aHeadlineVerbPhraseIsNoEntity() {
			List<Mention> found = recognizer.recognize("Acme Announces Agreement With Northwind Rare Earths");
			assertThat(found).filteredOn(m -> !m.rule().startsWith("cue."))
				.noneMatch(m -> m.entity().label() == Label.AGREEMENT)
				.noneMatch(m -> m.text().contains("Announces") || m.text().contains("With"));
			assertThat(ids("Acme Announces Agreement With Northwind Rare Earths")).contains("company:northwind-rare-earths");
			assertThat(ids("Halcyon Opens Tarrant Plant")).contains("mine:tarrant").noneMatch(id -> id.contains("opens"));
		}
	}

	@Nested
	class PlacesAndSites {

		@Test
		void aStateOrProvinceIsAMentionOfItsCountryMarkedAsAPlace() {
			List<Mention> ms = recognizer.recognize("The plant in Sumter, South Carolina, ships to Inner Mongolia.");
			assertThat(ms).filteredOn(m -> m.rule().equals(Gazetteer.PLACE)).extracting(Mention::text, m -> m.entity()
				.id().toString()).containsExactly(org.assertj.core.groups.Tuple.tuple("South Carolina", "country:US"),
						org.assertj.core.groups.Tuple.tuple("Inner Mongolia", "country:CN"));
			assertThat(ids("New Mexico and Western Australia host deposits.")).containsExactly("country:US", "country:AU")
				.as("the longest name wins: New Mexico is no mention of Mexico");
			assertThat(ids("The maine issue is texas-sized.")).as("places match only as written").isEmpty();
			assertThat(ids("包头和赣州是稀土重镇。")).startsWith("country:CN", "country:CN");
		}

		@Test
		void aPlaceThatOpensALongerNameIsPartOfThatName() {
			assertThat(recognizer.recognize("Ontario Teachers and Texas Mineral Resources invested."))
				.noneMatch(m -> m.rule().equals(Gazetteer.PLACE));
			assertThat(recognizer.recognize("Miners in Kachin State sold ore."))
				.anyMatch(m -> m.rule().equals(Gazetteer.PLACE) && m.text().equals("Kachin State"));
		}

		@Test
		void aSiteIsNamedWithoutWhatItWorksAndNeverByAnAdjectiveOfACountry() {
			assertThat(ids("Peak owns the Ngualla rare earths project.")).contains("mine:ngualla");
			assertThat(ids("Work began on the Eneabba Rare Earths Refinery.")).contains("mine:eneabba");
			assertThat(ids("It opened the Karawara Mill last year.")).contains("mine:karawara-mill");
			assertThat(ids("Lynas produced oxide at its Malaysian plant.")).noneMatch(id -> id.startsWith("mine:"));
			assertThat(ids("MP Materials will build the 10X Facility.")).noneMatch(id -> id.startsWith("mine:"))
				.as("no site named after a fragment of a word");
			assertThat(ids("Karawara’s rare earth separation facility opened.")).noneMatch(id -> id.startsWith("mine:k"))
				.as("an owner's possessive names no site");
			assertThat(ids("Output rose at the La Rochelle facility.")).contains("mine:la-rochelle")
				.as("a site may be named after its town");
			assertThat(ids("World Mine Production and Reserves of gallium")).noneMatch(id -> id.startsWith("mine:"))
				.as("a heading word names no site");
			assertThat(ids("Ore came from Vital Metals' Nechalacho operations.")).contains("mine:nechalacho");
			assertThat(ids("The company's Asian operations and Field Operations grew.")).noneMatch(id -> id.startsWith("mine:"));
		}

		@Test
		void aSubnationalGovernmentIsABodyOfItsCountryAndAnAcronymCanNameAProgramme() {
			List<Mention> ms = recognizer.recognize("The State of Louisiana and the CLIMATES programme backed the plant.");
			assertThat(ms).filteredOn(m -> m.entity().label() == Label.ORGANIZATION).singleElement()
				.satisfies(m -> {
					assertThat(m.entity().name()).isEqualTo("State of Louisiana");
					assertThat(m.entity().countryCode()).isEqualTo("US");
				});
			assertThat(ids("The State of Louisiana and the CLIMATES programme backed the plant."))
				.contains("program:climates-programme");
			assertThat(ids("THE programme was launched.")).noneMatch(id -> id.startsWith("program:"))
				.as("a capitalised article is no acronym");
		}
	}

	@Test
	void aDemonymOpeningTheNameOfABodyThatIsNoMinistryStaysInTheName() {
		assertThat(ids("The Australian Renewable Energy Agency provided a grant."))
			.containsExactly("organization:australian-renewable-energy-agency");
		assertThat(ids("The Chinese Ministry of Commerce announced controls.")).contains("organization:mofcom");
	}

	@Nested
	class ProgrammesAndSites {

		@Test
		void lexiconProgrammesHaveTheirKind() {
			Mention ev = only("Demand from EVs keeps rising.", Label.PROGRAM);
			assertThat(ev.entity().id()).hasToString("program:electric-vehicles");
			assertThat(ev.entity().properties()).containsEntry("kind", "CIVIL");
			assertThat(only("magnets for hypersonic guidance systems", Label.PROGRAM).entity().properties())
				.containsEntry("kind", "DEFENSE");
			assertThat(ids("wind turbines, MRI scanners, hard-disk drives and semiconductors")).containsExactly(
					"program:wind-turbines", "program:mri-scanners", "program:hard-disk-drives", "program:semiconductors");
			assertThat(ids("drones, guided missiles, fighter jets, submarines and quantum communication")).hasSize(5)
				.allMatch(id -> id.startsWith("program:"));
		}

		@Test
		void namedFacilitiesAreMinesWithTheirKind() {
			Mention plant = only("Halcyon runs the Tarrant processing facility.", Label.MINE);
			assertThat(plant.entity().id()).hasToString("mine:tarrant");
			assertThat(plant.entity().properties()).containsEntry("kind", "REFINERY");
			assertThat(only("the Tarrant Project is fully permitted", Label.MINE).entity().properties())
				.containsEntry("kind", "PROJECT");
			assertThat(only("the Seadrift Facility will open", Label.MINE).entity().properties()).containsEntry("kind",
					"FACILITY");
			assertThat(only("the Tamworth Separation Plant", Label.MINE).entity().properties()).containsEntry("kind",
					"SEPARATION_PLANT");
		}
	}

	@Nested
	class ShapesBeyondTheGazetteer {

		@Test
		void aPluralHeadOverAListNamesOneBodyPerItem() {
			var names = recognizer.recognize("Other agencies including the Departments of Agriculture, Energy and War "
					+ "helped.").stream().filter(m -> m.entity().label() == Label.ORGANIZATION).map(m -> m.entity().name())
				.toList();
			assertThat(names).containsExactly("Department of Agriculture", "Department of Energy", "Department of War");
			assertThat(recognizer.recognize("He met the Departments of Energy and War.").stream()
				.filter(m -> m.entity().label() == Label.ORGANIZATION).map(m -> m.entity().name()))
				.containsExactly("Department of Energy", "Department of War");
		}

		@Test
		void institutesFundsExchangesAndUniversitiesAreBodies() {
			assertThat(ids("with participation from the Canada Growth Fund and the University of Birmingham"))
				.contains("organization:canada-growth-fund", "organization:university-of-birmingham");
			assertThat(ids("prices quoted by the Ningbo Shipping Exchange")).contains("organization:ningbo-shipping-exchange");
		}

		@Test
		void namedStrategiesAndOfficialListsArePolicies() {
			assertThat(ids("Budget 2024 supports the Canadian Critical Minerals Strategy."))
				.anyMatch(id -> id.startsWith("policy:") && id.endsWith("critical-minerals-strategy"));
			Mention list = only("The final 2025 List of Critical Minerals adds ten minerals.", Label.POLICY);
			assertThat(list.entity().name()).isEqualTo("2025 List of Critical Minerals");
			assertThat(list.entity().properties()).containsEntry("kind", "LIST");
		}

		@Test
		void accentedCapitalsStayInsideNames() {
			assertThat(recognizer.recognize("Neo’s rare earth separation facility in Sillamäe, Estonia").stream()
				.filter(m -> m.entity().label() == Label.MINE).map(Mention::text)).noneMatch(t -> t.contains("Sillam s"))
				.isNotEmpty();
		}

		@Test
		void mineralsAndProductsOfTheTradeAreElements() {
			assertThat(ids("The List adds silicon, silver, rhenium, potash, phosphate and metallurgical coal.")).contains(
					"element:Si", "element:Ag", "element:Re", "element:potash", "element:phosphate",
					"element:metallurgical-coal");
			assertThat(ids("bastnaesite ore and ionic clay deposits yield mixed rare earth carbonate and Dy-Tb oxide"))
				.contains("element:bastnaesite", "element:ionic-clay", "element:mixed-rare-earth-carbonate",
						"element:dytb-oxide");
			assertThat(ids("up to 900 MT of Nd-Pr oxide")).contains("element:ndpr-oxide");
			assertThat(ids("The List adds boron, copper, lead, and silver.")).contains("element:Pb");
			assertThat(ids("Australia's lead ore output rose.")).contains("element:Pb");
			assertThat(ids("The deal will lead to more copper mining.")).doesNotContain("element:Pb");
			assertThat(ids("China, the gold standard in refining, exported magnets to Japan.")).doesNotContain("element:Au");
			assertThat(ids("Exports of gold, silver and copper rose.")).contains("element:Au", "element:Ag");
		}
	}
}
