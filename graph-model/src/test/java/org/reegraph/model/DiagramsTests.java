package org.reegraph.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation's pictures cannot drift: the committed data-model source is what the contract generates
 * today, and every committed SVG was rendered from the committed source beside it. No database, no rendering
 * (PlantUML only decodes the source it embedded in the SVG).
 */
class DiagramsTests {

	private static final String HINT = "; run `" + DataModelDiagram.REGENERATE_COMMAND + "` to regenerate";

	/** The module's tests run in graph-model/, so the docs folder is beside it. */
	private static final Path DOCS = Path.of(System.getProperty("user.dir")).resolve("../docs").normalize();

	@Test
	void theCommittedDataModelSourceIsWhatTheContractGenerates() throws IOException {
		Path committed = DOCS.resolve("diagrams/data-model.puml");
		assertThat(committed).as("docs/diagrams/data-model.puml is missing" + HINT).exists();
		assertThat(normalise(Files.readString(committed, StandardCharsets.UTF_8)))
			.as("docs/diagrams/data-model.puml no longer matches org.reegraph.model.GraphContract" + HINT)
			.isEqualTo(normalise(DataModelDiagram.source()));
	}

	@Test
	void theGeneratedSourceShowsEveryLabelAndEveryAllowedTriple() {
		String source = DataModelDiagram.source();
		for (Label label : Label.values()) {
			assertThat(source).contains("class " + label.cypherName() + " <<Entity>>");
		}
		for (Triple triple : GraphContract.allowedTriples()) {
			String arrow = "\n" + triple.from().cypherName() + " --> " + triple.to().cypherName() + " : ";
			assertThat(source).contains(arrow);
			String line = source.substring(source.indexOf(arrow) + 1);
			line = line.substring(0, line.indexOf('\n'));
			assertThat(line.substring(line.indexOf(" : ") + 3).split("\\\\n")).as(line).contains(triple.type().name());
		}
		assertThat(source).contains(
				"| EXPORTS_TO | commodity, quantity, unit, valueUsd, period, changePct, sharePct, usdPerKg, status |");
	}

	@Test
	void everyCommittedSvgWasRenderedFromTheCommittedSource() throws IOException {
		List<Path> sources = Diagrams.sources(DOCS);
		assertThat(sources).extracting(p -> p.getFileName().toString())
			.contains("architecture.puml", "data-model.puml");
		for (Path puml : sources) {
			Path svg = DOCS.resolve("img").resolve(Diagrams.svgName(puml));
			assertThat(svg).as("docs/img/" + svg.getFileName() + " is missing" + HINT).exists();
			String embedded = Diagrams.embeddedSource(Files.readString(svg, StandardCharsets.UTF_8));
			assertThat(embedded).as("docs/img/" + svg.getFileName() + " carries no PlantUML source" + HINT).isNotNull();
			assertThat(normalise(embedded))
				.as("docs/img/" + svg.getFileName() + " was rendered from another version of docs/diagrams/"
						+ puml.getFileName() + HINT)
				.isEqualTo(normalise(Files.readString(puml, StandardCharsets.UTF_8)));
		}
	}

	@Test
	void aSvgFromAnotherSourceIsCaught() throws IOException {
		String svg = Files.readString(DOCS.resolve("img/data-model.svg"), StandardCharsets.UTF_8);
		assertThat(normalise(Diagrams.embeddedSource(svg)))
			.isNotEqualTo(normalise(Files.readString(DOCS.resolve("diagrams/architecture.puml"), StandardCharsets.UTF_8)));
		assertThat(Diagrams.embeddedSource("<svg><g/></svg>")).isNull();
	}

	/** Line endings and trailing blank lines do not count (a checkout on Windows may change them). */
	private static String normalise(String text) {
		return text.replace("\r\n", "\n").strip();
	}
}
