package org.reegraph.model.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sub-national place (a state, province, region or city) and the country it lies in. The graph has no node
 * for it: a text that places a mine "in Utah" places it in the United States, and the place's name can be kept
 * as the mine's {@code location}.
 *
 * @param name the place's English name
 * @param countryCode the ISO 3166-1 code of its country
 * @param kind {@code STATE}, {@code PROVINCE}, {@code REGION}, {@code CITY} …
 * @param aliases other English spellings
 * @param zh Chinese names
 */
public record Place(String name, String countryCode, String kind, List<String> aliases, List<String> zh) {

	/**
	 * Validates and copies.
	 *
	 * @param name the place's English name
	 * @param countryCode the ISO 3166-1 code of its country
	 * @param kind {@code STATE}, {@code PROVINCE}, {@code REGION}, {@code CITY} …
	 * @param aliases other English spellings
	 * @param zh Chinese names
	 */
	public Place {
		Objects.requireNonNull(name, "A place needs a name.");
		Objects.requireNonNull(countryCode, () -> "The place '" + name + "' needs a country.");
		aliases = List.copyOf(aliases == null ? List.of() : aliases);
		zh = List.copyOf(zh == null ? List.of() : zh);
	}

	/** {@return the name, the aliases and the Chinese names} */
	public List<String> forms() {
		List<String> all = new ArrayList<>(1 + aliases.size() + zh.size());
		all.add(name);
		all.addAll(aliases);
		all.addAll(zh);
		return List.copyOf(all);
	}
}
