package org.reegraph.cypher.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * Turns the driver's values, as the statements return them, into the records of this package in one pass: no
 * intermediate Java maps and lists ({@code Record.asMap}) are built first. A missing key reads as null.
 */
final class Rows {

	private static final Set<String> ENTITY_KEYS = Set.of("id", "label", "name", "nameLower", "aliases");

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

	static List<String> strings(Value value) {
		return list(value, v -> v.isNull() ? "null" : v.asObject().toString());
	}

	static String string(Value value) {
		return value.asString(null);
	}

	/** {@return a map value's entries whose values are not null, as Java values; empty for a null value} */
	static Map<String, Object> withoutNulls(Value value) {
		if (value.isNull()) {
			return Map.of();
		}
		Map<String, Object> out = new HashMap<>();
		for (String key : value.keys()) {
			Value v = value.get(key);
			if (!v.isNull()) {
				out.put(key, v.asObject());
			}
		}
		return out;
	}

	static EntityView entity(Value value) {
		if (value.isNull()) {
			return null;
		}
		Map<String, Object> props = new HashMap<>();
		for (String key : value.keys()) {
			Value v = value.get(key);
			if (!ENTITY_KEYS.contains(key) && !v.isNull()) {
				props.put(key, v.asObject());
			}
		}
		return new EntityView(string(value.get("id")), string(value.get("label")), string(value.get("name")),
				strings(value.get("aliases")), props);
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
		return list(value, Rows::evidence);
	}

	static Double toDouble(Value value) {
		return value.isNull() ? null : value.asNumber().doubleValue();
	}

	static Number number(Value value) {
		return value.isNull() ? null : value.asNumber();
	}
}
