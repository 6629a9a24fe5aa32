package org.reegraph.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The node labels of the graph contract. Every entity node carries one of these labels and, in addition,
 * the common label {@link #ENTITY_LABEL} so that id look-ups and full-text search work across labels.
 */
public enum Label {

	/** A state or a bloc such as the EU; key property {@code code} (ISO 3166-1 alpha-2, {@code EU}). */
	COUNTRY("Country"),
	/** A firm. */
	COMPANY("Company"),
	/** A government body, agency, ministry or alliance (Pentagon, MOFCOM, USGS, G7). */
	ORGANIZATION("Organization"),
	/** A chemical element, or a material or group made of them (NdFeB magnet, heavy rare earths). */
	ELEMENT("Element"),
	/** A mine, refinery, separation or magnet plant. */
	MINE("Mine"),
	/** A deal, framework or contract between parties. */
	AGREEMENT("Agreement"),
	/** An export control, tariff, sanction, law, subsidy or price floor. */
	POLICY("Policy"),
	/** A weapon system, product or industrial programme (F-35, Tomahawk, MagSafe charger). */
	PROGRAM("Program");

	/** The label every entity node carries besides its own, used for id look-ups and full-text search. */
	public static final String ENTITY_LABEL = "Entity";

	private final String cypherName;

	Label(String cypherName) {
		this.cypherName = cypherName;
	}

	/** {@return the label as spelled in the graph, e.g. {@code Country}} */
	public String cypherName() {
		return cypherName;
	}

	/** {@return the prefix of the ids of this label's entities, e.g. {@code country}} */
	public String idPrefix() {
		return cypherName.toLowerCase(Locale.ROOT);
	}

	/**
	 * Finds a label by its graph spelling, ignoring case.
	 *
	 * @param name a label name such as {@code "Country"} or {@code "program"}
	 * @return the label, or empty when the contract has no such label
	 */
	public static Optional<Label> fromName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(l -> l.cypherName.equalsIgnoreCase(name.trim())).findFirst();
	}

	/**
	 * Finds the label whose ids start with the given prefix.
	 *
	 * @param prefix an id prefix such as {@code "company"}
	 * @return the label, or empty
	 */
	public static Optional<Label> fromIdPrefix(String prefix) {
		return Arrays.stream(values()).filter(l -> l.idPrefix().equals(prefix)).findFirst();
	}
}
