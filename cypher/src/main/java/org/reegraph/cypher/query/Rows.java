package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the maps the statements return into the records of this package. */
final class Rows {

	private static final Set<String> ENTITY_KEYS = Set.of("id", "label", "name", "nameLower", "aliases");

	private Rows() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return value == null ? Map.of() : (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		return value == null ? List.of() : (List<Object>) value;
	}

	static List<String> strings(Object value) {
		return list(value).stream().map(String::valueOf).toList();
	}

	static Map<String, Object> withoutNulls(Object value) {
		Map<String, Object> out = new LinkedHashMap<>();
		map(value).forEach((k, v) -> {
			if (v != null) {
				out.put(k, v);
			}
		});
		return out;
	}

	static EntityView entity(Object value) {
		if (value == null) {
			return null;
		}
		Map<String, Object> m = map(value);
		Map<String, Object> props = new LinkedHashMap<>();
		m.forEach((k, v) -> {
			if (!ENTITY_KEYS.contains(k) && v != null) {
				props.put(k, v);
			}
		});
		return new EntityView((String) m.get("id"), (String) m.get("label"), (String) m.get("name"),
				strings(m.get("aliases")), props);
	}

	static EvidenceView evidence(Object value) {
		Map<String, Object> m = map(value);
		Object confidence = m.get("confidence");
		return new EvidenceView((String) m.get("document"), (String) m.get("article"), (String) m.get("publisher"),
				(LocalDate) m.get("published"), (String) m.get("sentence"), (String) m.get("rule"),
				confidence == null ? null : ((Number) confidence).doubleValue(), (String) m.get("factId"),
				withoutNulls(m.get("figures")));
	}

	static List<EvidenceView> evidenceList(Object value) {
		List<EvidenceView> out = new ArrayList<>();
		for (Object o : list(value)) {
			out.add(evidence(o));
		}
		return out;
	}

	static Double toDouble(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}
}
