package org.reegraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code .cypher} resource of this module, read from the classpath. Files hold one or more statements,
 * each ending with a semicolon at the end of a line; lines starting with {@code //} are comments.
 *
 * @param path the resource path below {@code org/reegraph/cypher/}, e.g. {@code schema/constraints.cypher}
 * @param text the file's full text, comments included
 */
public record CypherFile(String path, String text) {

	private static final String ROOT = "/org/reegraph/cypher/";

	private static final Pattern PARAM = Pattern.compile(":param\\s+([A-Za-z][A-Za-z0-9]*)\\s*=>\\s*(.*?)\\s*;?\\s*");

	private static final Pattern LITERAL = Pattern.compile(
			"\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|(-?\\d+(?:\\.\\d+)?)|(null|true|false))\\s*");

	private static final Pattern ITEM = Pattern.compile(LITERAL.pattern() + "(?:,|$)");

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

	/**
	 * The example parameters of the file's header: the {@code :param name => value;} lines an analyst pastes
	 * into Neo4j Browser, in order. Values are single-quoted strings, numbers, {@code true}/{@code false},
	 * {@code null} or lists of those.
	 *
	 * @return name to example value (null values kept)
	 * @throws IllegalStateException when a {@code :param} line cannot be read, naming the file and the line
	 */
	public Map<String, Object> exampleParameters() {
		Map<String, Object> params = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			if (!line.startsWith(":param")) {
				continue;
			}
			Matcher m = PARAM.matcher(line);
			if (!m.matches()) {
				throw new IllegalStateException("The Cypher file " + path + " has an unreadable :param line: " + line);
			}
			params.put(m.group(1), value(m.group(2), line));
		}
		return Collections.unmodifiableMap(params);
	}

	private Object value(String source, String line) {
		String s = source.strip();
		if (s.startsWith("[") && s.endsWith("]")) {
			String inner = s.substring(1, s.length() - 1).strip();
			List<Object> items = new ArrayList<>();
			Matcher m = ITEM.matcher(inner);
			int at = 0;
			while (at < inner.length()) {
				if (!m.find(at) || m.start() != at) {
					throw new IllegalStateException("The Cypher file " + path + " has an unreadable :param list: " + line);
				}
				items.add(literal(m));
				at = m.end();
			}
			return Collections.unmodifiableList(items);
		}
		Matcher m = LITERAL.matcher(s);
		if (!m.matches()) {
			throw new IllegalStateException("The Cypher file " + path + " has an unreadable :param value: " + line);
		}
		return literal(m);
	}

	private static Object literal(Matcher m) {
		if (m.group(1) != null) {
			return m.group(1).replace("\\'", "'").replace("\\\\", "\\");
		}
		if (m.group(2) != null) {
			return m.group(2).contains(".") ? (Object) Double.parseDouble(m.group(2)) : (Object) Long.parseLong(m.group(2));
		}
		return switch (m.group(3)) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> null;
		};
	}
}
