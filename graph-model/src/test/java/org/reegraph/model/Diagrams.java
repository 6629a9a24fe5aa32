package org.reegraph.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.code.TranscoderUtil;

/**
 * The documentation's pictures: regenerates {@code diagrams/data-model.puml} from the contract and renders
 * every {@code diagrams/*.puml} below the docs folder to {@code img/<name>.svg} with PlantUML's Java API (the
 * Smetana layout, so no Graphviz is needed). Run by {@value DataModelDiagram#REGENERATE_COMMAND}; lives in the
 * test sources so the graph model never depends on PlantUML.
 */
final class Diagrams {

	private static final Pattern EMBEDDED_SOURCE = Pattern.compile("<\\?plantuml-src ([^?]+)\\?>");

	private Diagrams() {
	}

	/**
	 * Regenerates and renders.
	 *
	 * @param args the docs folder
	 * @throws IOException when a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("Usage: Diagrams <docs folder>");
		}
		Path docs = Path.of(args[0]).toAbsolutePath().normalize();
		Path diagrams = docs.resolve("diagrams");
		Path img = docs.resolve("img");
		Files.createDirectories(diagrams);
		Files.createDirectories(img);
		Files.writeString(diagrams.resolve("data-model.puml"), DataModelDiagram.source(), StandardCharsets.UTF_8);
		for (Path puml : sources(docs)) {
			Path svg = img.resolve(svgName(puml));
			render(Files.readString(puml, StandardCharsets.UTF_8), svg);
			System.out.println("Rendered " + docs.relativize(puml) + " -> " + docs.relativize(svg));
		}
	}

	/** {@return the PlantUML sources below {@code docs/diagrams}, sorted by name} */
	static List<Path> sources(Path docs) throws IOException {
		try (Stream<Path> files = Files.list(docs.resolve("diagrams"))) {
			return files.filter(f -> f.getFileName().toString().endsWith(".puml")).sorted().toList();
		}
	}

	/** {@return the file name of the SVG rendered from a source, {@code x.puml} → {@code x.svg}} */
	static String svgName(Path puml) {
		String name = puml.getFileName().toString();
		return name.substring(0, name.length() - ".puml".length()) + ".svg";
	}

	/**
	 * {@return the PlantUML source an SVG was rendered from, as PlantUML embeds it, or null when it has none}
	 *
	 * @param svg the SVG text
	 */
	static String embeddedSource(String svg) {
		Matcher m = EMBEDDED_SOURCE.matcher(svg);
		if (!m.find()) {
			return null;
		}
		try {
			return TranscoderUtil.getDefaultTranscoder().decode(m.group(1));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The SVG's embedded PlantUML source cannot be decoded: " + ex.getMessage(), ex);
		}
	}

	private static void render(String source, Path target) throws IOException {
		try (OutputStream out = Files.newOutputStream(target)) {
			String description = new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG))
				.getDescription();
			if (description == null || description.contains("Error")) {
				throw new IllegalStateException("PlantUML could not render " + target + ": " + description);
			}
		}
	}
}
