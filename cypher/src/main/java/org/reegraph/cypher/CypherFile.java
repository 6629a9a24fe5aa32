package org.reegraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code .cypher} resource of this module, read from the classpath. Files hold one or more statements,
 * each ending with a semicolon at the end of a line; lines starting with {@code //} are comments.
 *
 * @param path the resource path below {@code org/reegraph/cypher/}, e.g. {@code schema/constraints.cypher}
 * @param text the file's full text, comments included
 */
public record CypherFile(String path, String text) {

	private static final String ROOT = "/org/reegraph/cypher/";

	/**
	 * Validates the components.
	 *
	 * @param path the resource path below {@code org/reegraph/cypher/}, e.g. {@code schema/constraints.cypher}
	 * @param text the file's full text, comments included
	 */
	public CypherFile {
		Objects.requireNonNull(path, "A Cypher file needs a path.");
		Objects.requireNonNull(text, "A Cypher file needs its text.");
	}

	/**
	 * Reads a bundled file.
	 *
	 * @param path the path below {@code org/reegraph/cypher/}
	 * @return the file
	 * @throws UncheckedIOException when the file is missing, naming it
	 */
	public static CypherFile load(String path) {
		try (InputStream in = CypherFile.class.getResourceAsStream(ROOT + path)) {
			if (in == null) {
				throw new UncheckedIOException(new IOException("The Cypher file " + ROOT + path + " is missing."));
			}
			return new CypherFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher file " + ROOT + path + ".", ex);
		}
	}

	/** {@return the statements of this file without comments and without the closing semicolons} */
	public List<String> statements() {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//") || trimmed.startsWith(":param")) {
				continue;
			}
			if (trimmed.endsWith(";")) {
				current.append(trimmed, 0, trimmed.length() - 1);
				statements.add(current.toString().strip());
				current.setLength(0);
			}
			else {
				current.append(line).append('\n');
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return List.copyOf(statements);
	}

	/**
	 * {@return the file's only statement}
	 *
	 * @throws IllegalStateException when the file holds more or fewer than one statement
	 */
	public String statement() {
		List<String> all = statements();
		if (all.size() != 1) {
			throw new IllegalStateException("The Cypher file " + path + " must hold exactly one statement, it holds "
					+ all.size() + ".");
		}
		return all.get(0);
	}
}
