package org.reegraph.loader.relate.table;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reegraph.loader.recognize.EntityRecognizer;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Gazetteer;
import org.reegraph.model.catalog.Catalog;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-line import-source lists of statistical summaries, on lines written for the test. */
class ImportSourcesReaderTests {

	static ImportSourcesReader reader;

	@BeforeAll
	static void reader() {
		Catalog catalog = Catalog.load();
		reader = new ImportSourcesReader(new EntityRecognizer(catalog, Gazetteer.build(catalog, List.of())),
				code -> catalog.byId("country:" + code).map(c -> new EntityRef(c.id(), c.name(), c.properties())));
	}

	static List<String> facts(String title, String publisher, String text) {
		return reader.read(title, publisher, text).facts().stream()
			.map(f -> f.fact().from().id() + " " + f.fact().type() + " " + f.fact().to().id() + " "
					+ f.fact().properties().get("sharePct") + " " + f.fact().properties().get("commodity") + " "
					+ f.fact().properties().get("period"))
			.toList();
	}

	@Test
	void eachSourceCountryExportsItsShareToThePublishersCountry() {
		assertThat(facts("Germanium", "U.S. Geological Survey", """
				Salient statistics follow.
				Import Sources (2019–22): Germanium metal: Belgium, 41%; China, 32%; Germany, 12%; and other, 15%.
				""")).containsExactly("country:BE EXPORTS_TO country:US 41 germanium 2019/2022",
						"country:CN EXPORTS_TO country:US 32 germanium 2019/2022",
						"country:DE EXPORTS_TO country:US 12 germanium 2019/2022");
	}

	@Test
	void theCommodityMayComeFromTheTitleAndTheImporterFromACountryInThePublishersName() {
		assertThat(facts("Antimony statistics", "Geoscience Australia",
				"Import sources: China, 55.5%; Vietnam, 20%; and others, 24.5%.")).containsExactly(
						"country:CN EXPORTS_TO country:AU 55.5 antimony null", "country:VN EXPORTS_TO country:AU 20 antimony null");
	}

	@Test
	void aLineWithoutAnImporterOrACommodityMakesNoFactAndSaysWhy() {
		TableReading noImporter = reader.read("Gallium", "Example Blog", "Import Sources (2020–23): China, 53%; Japan, 21%.");
		assertThat(noImporter.facts()).isEmpty();
		assertThat(noImporter.rejections()).singleElement().satisfies(r -> assertThat(r.toString())
			.contains("no importer"));
		TableReading noCommodity = reader.read("Annual report", "U.S. Geological Survey",
				"Import Sources (2020–23): China, 53%; Japan, 21%.");
		assertThat(noCommodity.facts()).isEmpty();
		assertThat(noCommodity.rejections()).singleElement().satisfies(r -> assertThat(r.toString())
			.contains("no commodity"));
		assertThat(reader.read("Gallium", "U.S. Geological Survey", "Imports rose; sources include China at 53%.").facts())
			.as("only the statistical line shape").isEmpty();
		assertThat(reader.read("Graphite", "Tamar Metals Inc.", "Import Sources: China, 80%; Japan, 20%.").facts())
			.as("a firm quoting a list does not make its country the importer").isEmpty();
		assertThat(facts("Gallium", "U.S. Geological Survey", "Import Sources (2023): China, 53%; Japan, 21%."))
			.contains("country:CN EXPORTS_TO country:US 53 gallium 2023");
	}
}
