package org.reegraph.loader.relate.table;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reegraph.loader.recognize.EntityRecognizer;
import org.reegraph.loader.recognize.Gazetteer;
import org.reegraph.model.catalog.Catalog;

import static org.assertj.core.api.Assertions.assertThat;

/** Ranked lists of countries with a figure each, on lists written for the test. */
class ListReaderTests {

	static ListReader reader;

	@BeforeAll
	static void reader() {
		Catalog catalog = Catalog.load();
		reader = new ListReader(new EntityRecognizer(catalog, Gazetteer.build(catalog, List.of())));
	}

	static List<String> facts(String title, String text) {
		return reader.read(title, text).facts().stream()
			.map(f -> f.fact().from().name() + " " + f.fact().type() + " " + f.fact().to().name() + " "
					+ f.fact().properties().get("quantity") + " " + f.fact().properties().get("unit") + " "
					+ f.fact().properties().get("year") + " " + f.fact().properties().get("sharePct") + " ["
					+ f.fact().rule() + "]")
			.toList();
	}

	@Test
	void readsARankedProductionListWithYearUnitAndShare() {
		assertThat(facts("Who mines the world's rare earths", """
				Rare earth mine production in 2023:

				1. China: 240,000 metric tons (69%)
				2. United States – 43,000 tonnes
				3. Myanmar: 38,000 t
				""")).containsExactly("China PRODUCES rare earths 240000 t 2023 69 [list.production]",
				"United States PRODUCES rare earths 43000 t 2023 null [list.production]",
				"Myanmar PRODUCES rare earths 38000 t 2023 null [list.production]");
	}

	@Test
	void readsReservesFromBullets() {
		assertThat(facts(null, """
				Known gallium reserves by country
				- Vietnam: 22,000,000 tonnes
				- Brazil: 21,000,000 tonnes
				""")).containsExactly("Vietnam HOLDS_RESERVES Gallium 22000000 t null null [list.reserves]",
				"Brazil HOLDS_RESERVES Gallium 21000000 t null null [list.reserves]");
	}

	@Test
	void aListWhoseHeadingSaysNeitherProductionNorReservesIsRejectedNotGuessed() {
		TableReading reading = reader.read(null, """
				Rare earth imports we tracked
				Japan: 5,000 tonnes
				Germany: 3,000 tonnes
				""");
		assertThat(reading.facts()).isEmpty();
		assertThat(reading.rejections()).extracting(TableReading.Rejection::reason)
			.containsExactly("list not read: the lines above it say neither production nor reserves");
	}

	@Test
	void oneLineIsNoListAndProseIsNoList() {
		assertThat(facts("Rare earth production", "China: 240,000 tonnes of rare earths were mined in 2023.")).isEmpty();
		assertThat(facts("Rare earth production", """
				China produced 240,000 tonnes in 2023, far ahead of the rest.
				The United States mined 43,000 tonnes.
				""")).isEmpty();
	}

	@Test
	void aLineWithTwoCountriesOrNoQuantityIsNotAnItem() {
		assertThat(facts("Rare earth production", """
				China and Myanmar: 278,000 tonnes
				Australia: a growing producer
				""")).isEmpty();
	}

	@Test
	void theLinesAboveTheListDecideWhatTheFiguresAreNotTheTitle() {
		assertThat(facts("Rare earth reserves and production, a primer", """
				Rare earth mine production in 2023
				1. China: 240,000 metric tons
				2. Myanmar: 38,000 metric tons
				""")).allMatch(f -> f.contains(" PRODUCES ")).hasSize(2);
		assertThat(reader.read(null, """
				Rare earth production and reserves
				1. China: 240,000 metric tons
				2. Myanmar: 38,000 metric tons
				""").rejections()).extracting(TableReading.Rejection::reason)
			.containsExactly("list not read: the lines above it speak of both production and reserves");
	}
}
