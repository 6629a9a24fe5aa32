package org.reegraph.cypher.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Turns the driver's values, as the statements return them, into the records of this package in one pass: no
 * intermediate Java maps and lists ({@code Record.asMap}) are built first. A missing key reads as null.
 */
final class Rows {

	private static final Value NO_VALUES = Values.value(Map.of());

	private Rows() {
	}

	/** {@return the value's items mapped one by one (unmodifiable), or an empty list when the value is null} */
	static <T> List<T> list(Value value, Function<Value, T> item) {
		if (value.isNull()) {
			return List.of();
		}
		List<T> out = new ArrayList<>(value.size());
		for (Value v : value.values()) {
			out.add(item.apply(v));
		}
		return Collections.unmodifiableList(out);
	}

	/**
	 * {@return the value's map items mapped one by one (unmodifiable); a null item reads as an empty map, so its
	 * keys read as null; an empty list when the value is null}
	 */
	static <T> List<T> maps(Value value, Function<Value, T> item) {
		return list(value, v -> item.apply(v.isNull() ? NO_VALUES : v));
	}

	static List<String> strings(Value value) {
		return list(value, v -> v.isNull() ? "null" : v.asObject().toString());
	}

	static String string(Value value) {
		return value.asString(null);
	}

	/**
	 * {@return a map value's entries whose values are not null, as Java values (an immutable map, so the records'
	 * defensive copies keep it as it is); empty for a null value}
	 */
	static Map<String, Object> withoutNulls(Value value) {
		return value.isNull() ? Map.of() : entries(value, false);
	}

	static EntityView entity(Value value) {
		if (value.isNull()) {
			return null;
		}
		return new EntityView(string(value.get("id")), string(value.get("label")), string(value.get("name")),
				strings(value.get("aliases")), entries(value, true));
	}

	/** The non-null entries of a map value, built straight into an immutable map, the entity's own keys left out if asked. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> entries(Value value, boolean skipEntityKeys) {
		Map.Entry<String, Object>[] entries = new Map.Entry[value.size()];
		int n = 0;
		for (String key : value.keys()) {
			if (skipEntityKeys && isEntityKey(key)) {
				continue;
			}
			Value v = value.get(key);
			if (!v.isNull()) {
				entries[n++] = Map.entry(key, v.asObject());
			}
		}
		return n == 0 ? Map.of() : Map.ofEntries(n == entries.length ? entries : Arrays.copyOf(entries, n));
	}

	private static boolean isEntityKey(String key) {
		return switch (key) {
			case "id", "label", "name", "nameLower", "aliases" -> true;
			default -> false;
		};
	}

	static EvidenceView evidence(Value value) {
		if (value.isNull()) {
			value = NO_VALUES;
		}
		Value confidence = value.get("confidence");
		return new EvidenceView(string(value.get("document")), string(value.get("article")),
				string(value.get("publisher")), value.get("published").asLocalDate(null), string(value.get("sentence")),
				string(value.get("rule")), toDouble(confidence), string(value.get("factId")),
				withoutNulls(value.get("figures")));
	}

	static List<EvidenceView> evidenceList(Value value) {
		return maps(value, Rows::evidence);
	}

	static Double toDouble(Value value) {
		return value.isNull() ? null : value.asNumber().doubleValue();
	}

	static Number number(Value value) {
		return value.isNull() ? null : value.asNumber();
	}
}
