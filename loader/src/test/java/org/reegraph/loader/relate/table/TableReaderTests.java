package org.reegraph.loader.relate.table;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.loader.recognize.EntityRecognizer;
import org.reegraph.loader.recognize.Gazetteer;
import org.reegraph.model.catalog.Catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Tables written for these tests (invented figures), in the layouts statistical summaries use. */
class TableReaderTests {

	static TableReader reader;

	@BeforeAll
	static void build() {
		Catalog catalog = Catalog.load();
		reader = new TableReader(new EntityRecognizer(catalog, Gazetteer.build(catalog, List.of())));
	}

	/** {@return the facts as "TYPE from -> to {properties} | rule"} */
	static List<String> facts(TableReading reading) {
		return reading.facts().stream().map(f -> f.fact().type() + " " + f.fact().from().id() + " -> "
				+ f.fact().to().id() + " " + new TreeMap<>(f.fact().properties()) + " | " + f.fact().rule()).toList();
	}

	static final String PIPES = """
			Rare earths: world mine production and reserves
			(metric tons of rare-earth-oxide equivalent)
			Mine production | Reserves
			2023 | 2024e
			United States | 11,000 | 12,500 | 1,000,000
			Australia,7 | 9,000 | 9,500 | 4,000,000
			Burma | 20,000 | 21,000 | NA
			Malaysia | 150 | 160 | 3420,000
			India | W | 2,000 | 6,000,000
			Other countries | 1,700 | 1,200 | 2,000,000
			World total (rounded) | 300,000 | 310,000 | 80,000,000

			Output rose in 2024e as new mines opened.
			""";

	@Nested
	class Pipes {

		@Test
		void eachYearColumnIsAProductionFactAndTheLastColumnReserves() {
			TableReading reading = reader.read("Mineral statistics", PIPES);
			assertThat(facts(reading)).containsExactly(
					"PRODUCES country:US -> element:rare-earths {quantity=11000, unit=t, year=2023} | table.production",
					"PRODUCES country:US -> element:rare-earths {quantity=12500, unit=t, year=2024} | table.production",
					"HOLDS_RESERVES country:US -> element:rare-earths {quantity=1000000, unit=t} | table.reserves",
					"PRODUCES country:AU -> element:rare-earths {quantity=9000, unit=t, year=2023} | table.production",
					"PRODUCES country:AU -> element:rare-earths {quantity=9500, unit=t, year=2024} | table.production",
					"HOLDS_RESERVES country:AU -> element:rare-earths {quantity=4000000, unit=t} | table.reserves",
					"PRODUCES country:MM -> element:rare-earths {quantity=20000, unit=t, year=2023} | table.production",
					"PRODUCES country:MM -> element:rare-earths {quantity=21000, unit=t, year=2024} | table.production",
					"PRODUCES country:MY -> element:rare-earths {quantity=150, unit=t, year=2023} | table.production",
					"PRODUCES country:MY -> element:rare-earths {quantity=160, unit=t, year=2024} | table.production",
					"HOLDS_RESERVES country:MY -> element:rare-earths {quantity=420000, unit=t} | table.reserves",
					"PRODUCES country:IN -> element:rare-earths {quantity=2000, unit=t, year=2024} | table.production",
					"HOLDS_RESERVES country:IN -> element:rare-earths {quantity=6000000, unit=t} | table.reserves");
			assertThat(reading.rejections()).isEmpty();
		}

		@Test
		void everyFactCarriesItsRowVerbatimAndTheTableConfidence() {
			TableReading reading = reader.read(null, PIPES);
			assertThat(reading.facts()).allSatisfy(f -> {
				assertThat(PIPES.lines().toList()).contains(f.row());
				assertThat(f.fact().confidence()).isEqualTo(0.9);
			});
			assertThat(reading.facts().get(3).row()).isEqualTo("Australia,7 | 9,000 | 9,500 | 4,000,000");
		}

		@Test
		void markdownTablesWithRulesAndOuterPipesAreRead() {
			TableReading reading = reader.read(null, """
					Dysprosium reserves, in tonnes

					| Country | Reserves |
					|---|---:|
					| Vietnam | 3,100 |
					| Russia6 | 2,400 |
					""");
			assertThat(facts(reading)).containsExactly(
					"HOLDS_RESERVES country:VN -> element:Dy {quantity=3100, unit=t} | table.reserves",
					"HOLDS_RESERVES country:RU -> element:Dy {quantity=2400, unit=t} | table.reserves");
		}
	}

	@Nested
	class TabsAndSpaces {

		@Test
		void tabSeparatedRowsUnderAOneLineHeaderInKilograms() {
			TableReading reading = reader.read(null, """
					Table 4. Terbium output by country (kilograms)
					Country\tProduction 2022\tProduction 2023\tReserves
					China\t1,200\t1,350\t50,000
					Vietnam\t—\t15\tXX
					""");
			assertThat(facts(reading)).containsExactly(
					"PRODUCES country:CN -> element:Tb {quantity=1200, unit=kg, year=2022} | table.production",
					"PRODUCES country:CN -> element:Tb {quantity=1350, unit=kg, year=2023} | table.production",
					"HOLDS_RESERVES country:CN -> element:Tb {quantity=50000, unit=kg} | table.reserves",
					"PRODUCES country:VN -> element:Tb {quantity=15, unit=kg, year=2023} | table.production");
			assertThat(reading.rejections()).isEmpty();
		}

		@Test
		void theUnitMayHeadTheSectionAboveTheCaption() {
			TableReading reading = reader.read(null, """
					World Germanium Production and Reserves (metric tons):
					Reserves for Ruritania were revised from company reports.

					                   Mine production       Reserves
					                   2023      2024e
					Belgium            40        45            NA
					Canada             9         10            1,200
					""");
			assertThat(facts(reading)).contains(
					"PRODUCES country:BE -> element:Ge {quantity=40, unit=t, year=2023} | table.production",
					"HOLDS_RESERVES country:CA -> element:Ge {quantity=1200, unit=t} | table.reserves");
			assertThat(reader.read(null, """
					Ruritania's share of germanium output:

					                   Mine production       Reserves
					                   2023      2024e
					Belgium            40        45            NA
					""").facts()).as("still no unit, still no fact").isEmpty();
		}

		@Test
		void spaceSeparatedRowsUnderRunsOfSpacesWithThousandsInTheCaption() {
			TableReading reading = reader.read(null, """
					GALLIUM
					Primary production and reserves (thousand metric tons)
					Mine production     Reserves
					2023      2024e
					Japan 3 2 NA
					Burma 38,000 31,000 NA
					Germany   W   1.5   20
					""");
			assertThat(facts(reading)).containsExactly(
					"PRODUCES country:JP -> element:Ga {quantity=3000, unit=t, year=2023} | table.production",
					"PRODUCES country:JP -> element:Ga {quantity=2000, unit=t, year=2024} | table.production",
					"PRODUCES country:MM -> element:Ga {quantity=38000000, unit=t, year=2023} | table.production",
					"PRODUCES country:MM -> element:Ga {quantity=31000000, unit=t, year=2024} | table.production",
					"PRODUCES country:DE -> element:Ga {quantity=1500, unit=t, year=2024} | table.production",
					"HOLDS_RESERVES country:DE -> element:Ga {quantity=20000, unit=t} | table.reserves");
		}

		@Test
		void bareYearsAreProductionOnlyWhenTheCaptionSaysSo() {
			TableReading production = reader.read(null, """
					Neodymium mine production, tonnes
					Country 2022 2023
					Australia 500 600
					""");
			assertThat(facts(production)).as(production.rejections().toString()).hasSize(2);
			TableReading imports = reader.read(null, """
					Neodymium, tonnes
					Country 2022 2023
					Australia 500 600
					""");
			assertThat(imports.facts()).isEmpty();
			assertThat(imports.rejections()).singleElement()
				.satisfies(r -> assertThat(r.reason()).contains("not said to be production"));
		}
	}

	@Nested
	class Footnotes {

		@Test
		void aFirstGroupOfFourOrMoreDigitsStartsWithAFootnote() {
			assertThat(Cells.value("3410,000").number()).isEqualByComparingTo("410000");
			assertThat(Cells.value("12345,000").number()).isEqualByComparingTo("345000");
			assertThat(Cells.value("410,000").number()).isEqualByComparingTo("410000");
			assertThat(Cells.value("1,900,000").number()).isEqualByComparingTo("1900000");
			assertThat(Cells.value("2.5").number()).isEqualByComparingTo("2.5");
			assertThat(Cells.value("3010,000").problem()).contains("footnote");
		}

		@Test
		void noValueMarkersAreNeitherNumbersNorErrors() {
			for (String none : List.of("NA", "W", "—", "XX", "--")) {
				assertThat(Cells.value(none)).as(none).isEqualTo(Cells.Value.NONE);
			}
			assertThat(Cells.value("about 20").problem()).isEqualTo("'about 20' is not a number");
		}

		@Test
		void footnotesAfterNamesAreDropped() {
			assertThat(Cells.name("Australia,7")).isEqualTo("Australia");
			assertThat(Cells.name("Russia6")).isEqualTo("Russia");
			assertThat(Cells.name("China 3, 4")).isEqualTo("China");
			assertThat(Cells.name("Korea, Republic of")).isEqualTo("Korea, Republic of");
		}
	}

	@Nested
	class Rejections {

		@Test
		void rowsThatCannotBeReadUnambiguouslyAreRejectedWithTheirTextAndReason() {
			TableReading reading = reader.read(null, """
					Rare earths (metric tons)
					Mine production | Reserves
					2023 | 2024e
					Canada | 1,000 | 5,000
					Brazil | 80 | about 20 | 2,000,000
					Atlantis | 5 | 5 | 5
					China and Malaysia | 5 | 5 | 5
					Thailand | 7,100 | 3010,000 | 4,000
					Vietnam | | 300 | 3,000,000
					Brazil 80 abc 21,000,000
					Greenland | NA | NA | 1,500,000
					""");
			assertThat(reading.rejections()).extracting(TableReading.Rejection::text, TableReading.Rejection::reason)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("Canada | 1,000 | 5,000",
								"expected 3 values after the name, found 2"),
						org.assertj.core.groups.Tuple.tuple("Brazil | 80 | about 20 | 2,000,000",
								"value 2: 'about 20' is not a number"),
						org.assertj.core.groups.Tuple.tuple("Atlantis | 5 | 5 | 5",
								"'Atlantis' is not exactly a country's name"),
						org.assertj.core.groups.Tuple.tuple("China and Malaysia | 5 | 5 | 5",
								"'China and Malaysia' is not exactly a country's name"),
						org.assertj.core.groups.Tuple.tuple("Thailand | 7,100 | 3010,000 | 4,000",
								"value 2: '3010,000' cannot be told apart into footnote and number"),
						org.assertj.core.groups.Tuple.tuple("Vietnam | | 300 | 3,000,000",
								"value 1: an empty cell where a number must be"),
						org.assertj.core.groups.Tuple.tuple("Brazil 80 abc 21,000,000",
								"value 2: 'abc' is not a number"));
			assertThat(facts(reading)).containsExactly(
					"HOLDS_RESERVES country:GL -> element:rare-earths {quantity=1500000, unit=t} | table.reserves");
		}

		@Test
		void aTableWithoutACommodityMakesNoFacts() {
			TableReading reading = reader.read("Mining statistics", """
					World mine production and reserves (metric tons)
					Mine production | Reserves
					2023 | 2024e
					United States | 11,000 | 12,500 | 1,000,000
					""");
			assertThat(reading.facts()).isEmpty();
			assertThat(reading.rejections()).singleElement().satisfies(r -> {
				assertThat(r.text()).isEqualTo("Mine production | Reserves");
				assertThat(r.reason()).contains("no commodity");
			});
		}

		@Test
		void theTitleNamesTheCommodityWhenTheCaptionDoesNot() {
			TableReading reading = reader.read("Rare earths in 2024", """
					World mine production and reserves (metric tons of rare-earth-oxide equivalent)
					Mine production | Reserves
					2023 | 2024e
					United States | 11,000 | 12,500 | 1,000,000
					""");
			assertThat(facts(reading)).hasSize(3).allMatch(f -> f.contains("element:rare-earths"));
		}

		@Test
		void aTableWithoutAUnitMakesNoFacts() {
			TableReading reading = reader.read(null, """
					Lithium production
					Country | 2022 | 2023
					Chile | 39,000 | 44,000
					""");
			assertThat(reading.facts()).isEmpty();
			assertThat(reading.rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("no unit"));
		}

		@Test
		void proseMakesNoFactsAndNoRejections() {
			TableReading reading = reader.read("China's rare earth output", """
					China produced 270,000 tons of rare earths in 2024, while its reserves reached 44 million tons.
					Mine production rose in 2024.
					The United States holds 1.9 million tons of reserves | analysts say.

					Production and reserves
					China's output rose to 270,000 tons in 2024, and reserves stood at 44 million tons.
					""");
			assertThat(reading).isEqualTo(TableReading.EMPTY);
		}

		@Test
		void aNullTextIsRefusedWithAMessage() {
			assertThatNullPointerException().isThrownBy(() -> reader.read("t", null))
				.withMessageContaining("must not be null");
		}
	}

	@Nested
	class ImportShares {

		@Test
		void sharesBecomeExportsToTheImporterTheCaptionNames() {
			TableReading reading = reader.read(null, """
					U.S. imports of rare-earth compounds and metals by source, 2020-23
					Country | Share of imports (%)
					China | 64
					Malaysia | 15
					Japan | 8
					Estonia,2 | 4
					Other | 9
					""");
			assertThat(facts(reading)).containsExactly(
					"EXPORTS_TO country:CN -> country:US {commodity=rare earths, sharePct=64} | table.import-share",
					"EXPORTS_TO country:MY -> country:US {commodity=rare earths, sharePct=15} | table.import-share",
					"EXPORTS_TO country:JP -> country:US {commodity=rare earths, sharePct=8} | table.import-share",
					"EXPORTS_TO country:EE -> country:US {commodity=rare earths, sharePct=4} | table.import-share");
		}

		@Test
		void withoutAnImporterInTheCaptionTheTableIsSkipped() {
			TableReading reading = reader.read("United States", """
					Import sources of rare earths, 2020-23
					Country | Share of imports (%)
					China | 64
					""");
			assertThat(reading.facts()).isEmpty();
			assertThat(reading.rejections()).singleElement()
				.satisfies(r -> assertThat(r.reason()).contains("does not name whose imports"));
		}

		@Test
		void aShareOverAHundredIsRejected() {
			TableReading reading = reader.read(null, """
					Japanese imports of dysprosium
					Country | Share of imports (%)
					China | 140
					""");
			assertThat(reading.rejections()).singleElement()
				.satisfies(r -> assertThat(r.reason()).isEqualTo("value 1: a share of 140% is over 100%"));
		}
	}
}
