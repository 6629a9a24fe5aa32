package org.reegraph.cypher.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.reegraph.model.GraphContract;

/**
 * Writes the generated {@code .cypher} files: every template below {@code src/templates/} expanded with the
 * contract into {@code src/main/resources/} at the same path. Run by {@value CypherTemplates#REGENERATE_COMMAND};
 * lives in the test sources, so the module ships the expanded files only.
 */
public final class GeneratedCypher {

	/** Where the templates are, below the module folder. */
	static final String TEMPLATES = "src/templates/org/reegraph/cypher";
	/** Where the expanded files go, below the module folder. */
	static final String OUTPUT = "src/main/resources/org/reegraph/cypher";

	private GeneratedCypher() {
	}

	/**
	 * Regenerates.
	 *
	 * @param args the cypher module's folder
	 * @throws IOException when a file cannot be read or written
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("Usage: GeneratedCypher <cypher module folder>");
		}
		Path module = Path.of(args[0]).toAbsolutePath().normalize();
		for (Map.Entry<String, String> file : expected(module).entrySet()) {
			Path target = module.resolve(OUTPUT).resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
			System.out.println("Generated " + module.relativize(target));
		}
	}

	/**
	 * {@return per path below the output folder, the text the template there expands to with today's contract}
	 *
	 * @param module the cypher module's folder
	 * @throws IOException when a template cannot be read
	 */
	static Map<String, String> expected(Path module) throws IOException {
		CypherTemplates templates = new CypherTemplates(GraphContract.relationships());
		Path root = module.resolve(TEMPLATES);
		Map<String, String> out = new LinkedHashMap<>();
		for (Path template : templates(root)) {
			String path = root.relativize(template).toString().replace('\\', '/');
			out.put(path, templates.expand(path, Files.readString(template, StandardCharsets.UTF_8)));
		}
		return out;
	}

	private static List<Path> templates(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
		}
	}
}
