package org.reegraph.loader.relate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.reegraph.loader.quantity.Amount;

/** A small builder for fact properties that skips absent values. */
final class Props {

	private final Map<String, Object> map = new LinkedHashMap<>();

	Props put(String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
		return this;
	}

	Props quantity(Optional<Amount> a) {
		a.ifPresent(q -> {
			map.put("quantity", q.asNumber());
			map.put("unit", q.unit());
		});
		return this;
	}

	/** The commodity as the contract writes it: the element's or material's name in lower case. */
	Props commodity(Optional<org.reegraph.loader.recognize.EntityRef> element) {
		element.ifPresent(e -> map.put("commodity", e.name().toLowerCase(java.util.Locale.ROOT)));
		return this;
	}

	Props number(String key, Optional<Amount> a) {
		a.ifPresent(v -> map.put(key, v.asNumber()));
		return this;
	}

	Map<String, Object> build() {
		return map;
	}
}
