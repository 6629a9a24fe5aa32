package org.reegraph.loader.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One CSV file of Neo4j's bulk importer: a header naming each column with its type, then rows. Strings are
 * always quoted (so an empty string stays an empty string) and a missing value is an empty unquoted field (the
 * importer then sets no property, as Cypher's {@code SET n.p = null} does not). Arrays are joined with
 * {@link #ARRAY_DELIMITER}. Not thread-safe.
 */
final class ImportCsv implements AutoCloseable {

	/** Between the elements of an array value; a control character no document text keeps. */
	static final char ARRAY_DELIMITER = '\u001F';

	/** Property keys that may appear in a header: they come from the graph contract and the catalog, never text. */
	private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private final Path file;
	private final BufferedWriter out;
	private final List<String> columns;
	private long rows;
	private boolean multiline;

	/**
	 * Creates the file and writes its header.
	 *
	 * @param file the file to create
	 * @param header the header's columns, each {@code name:type} or an importer keyword such as {@code :START_ID}
	 * @param columns for each header column, the key its value is taken from in {@link #row(Map)}
	 */
	ImportCsv(Path file, List<String> header, List<String> columns) {
		this.file = file;
		this.columns = List.copyOf(columns);
		try {
			this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			out.write(String.join(",", header));
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the import file " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * {@return the header column of a property: its key and the importer's type for its value}
	 *
	 * @param key the property key
	 * @param value a value of it
	 * @throws IllegalArgumentException when the key could not stand in a header or the importer has no type for
	 *         the value
	 */
	static String column(String key, Object value) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("The property key '" + key + "' cannot be a column of the bulk "
					+ "importer's files (letters, digits and _ only).");
		}
		return key + ":" + type(value, key);
	}

	private static String type(Object value, String key) {
		if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				// Cypher stores an empty list; the importer reads an empty field as no value. No row needs it today.
				throw new IllegalArgumentException("The property '" + key + "' is an empty list, which the bulk "
						+ "importer cannot write; load these documents with `load`.");
			}
			String element = type(list.get(0), key);
			for (Object o : list) {
				if (!type(o, key).equals(element)) {
					throw new IllegalArgumentException("The property '" + key + "' mixes types in one list: " + list
							+ ".");
				}
			}
			return element + "[]";
		}
		if (value instanceof String) {
			return "string";
		}
		if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return "long"; // the driver sends every Java integer as a 64-bit integer
		}
		if (value instanceof Double || value instanceof Float) {
			return "double";
		}
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof LocalDate) {
			return "date";
		}
		throw new IllegalArgumentException("The property '" + key + "' holds a " + (value == null ? "null"
				: value.getClass().getName()) + ", which the bulk import files do not write.");
	}

	/**
	 * Writes a row: the value of each column's key, or an empty field where the row has none.
	 *
	 * @param row the values by key
	 */
	void row(Map<String, ?> row) {
		try {
			for (int i = 0; i < columns.size(); i++) {
				if (i > 0) {
					out.write(',');
				}
				Object value = row.get(columns.get(i));
				if (value != null) {
					write(value);
				}
			}
			out.write('\n');
			rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the import file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private void write(Object value) throws IOException {
		if (value instanceof List<?> list) {
			StringBuilder joined = new StringBuilder();
			boolean text = list.get(0) instanceof String;
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					joined.append(ARRAY_DELIMITER);
				}
				String s = String.valueOf(list.get(i));
				if (s.indexOf(ARRAY_DELIMITER) >= 0) {
					throw new IllegalArgumentException("A list value holds the importer's array delimiter (U+001F): "
							+ list + ".");
				}
				joined.append(s);
			}
			if (text) {
				quoted(joined.toString());
			}
			else {
				out.write(joined.toString());
			}
		}
		else if (value instanceof String s) {
			quoted(s);
		}
		else {
			out.write(String.valueOf(value)); // numbers, booleans, ISO dates: as Java prints them, read back exactly
		}
	}

	private void quoted(String s) throws IOException {
		if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
			multiline = true;
		}
		out.write('"');
		out.write(s.indexOf('"') < 0 ? s : s.replace("\"", "\"\""));
		out.write('"');
	}

	/** {@return the file} */
	Path file() {
		return file;
	}

	/** {@return the rows written} */
	long rows() {
		return rows;
	}

	/** {@return whether a value spans lines (the importer must then be told to read multi-line fields)} */
	boolean multiline() {
		return multiline;
	}

	@Override
	public void close() {
		try {
			out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the import file " + file + ": " + ex.getMessage(), ex);
		}
	}
}
