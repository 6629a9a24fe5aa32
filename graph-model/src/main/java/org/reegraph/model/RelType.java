package org.reegraph.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.reegraph.model.Label.AGREEMENT;
import static org.reegraph.model.Label.COMPANY;
import static org.reegraph.model.Label.COUNTRY;
import static org.reegraph.model.Label.ELEMENT;
import static org.reegraph.model.Label.MINE;
import static org.reegraph.model.Label.ORGANIZATION;
import static org.reegraph.model.Label.POLICY;
import static org.reegraph.model.Label.PROGRAM;

/**
 * The relationship types of the graph contract, each with the labels it may start and end at and the
 * properties the contract names for it. The enum constant name is the type as spelled in the graph.
 */
public enum RelType {

	/** Trade flow. "X imports from Y" is stored as {@code Y EXPORTS_TO X}. */
	EXPORTS_TO(set(COUNTRY, COMPANY), set(COUNTRY, COMPANY),
			"commodity", "quantity", "unit", "valueUsd", "period", "changePct", "sharePct"),
	/** The first refines or processes the second's material (ore "sent to China for refining"). */
	REFINES_FOR(set(COUNTRY, COMPANY), set(COUNTRY, COMPANY), "commodity"),
	/** An investment, stake or subsidy. */
	INVESTS_IN(set(COUNTRY, ORGANIZATION, COMPANY), set(COMPANY, MINE, PROGRAM),
			"amountUsd", "instrument", "stakePct"),
	/** Sanctions, entity listings, punitive tariffs. */
	SANCTIONS(set(COUNTRY, ORGANIZATION), set(COUNTRY, COMPANY), "kind", "ratePct", "status"),
	/** Mining or production output. */
	PRODUCES(set(COUNTRY, COMPANY, MINE), set(ELEMENT), "quantity", "unit", "sharePct", "valueUsd", "year"),
	/** Processing or refining capacity. */
	REFINES(set(COUNTRY, COMPANY, MINE), set(ELEMENT), "sharePct"),
	/** Known reserves. */
	HOLDS_RESERVES(set(COUNTRY), set(ELEMENT), "quantity", "unit", "sharePct"),
	/** Reliance of a programme, company or country on an input. */
	DEPENDS_ON(set(PROGRAM, COMPANY, COUNTRY), set(ELEMENT, COUNTRY, COMPANY), "originCountry", "sharePct"),
	/** A party to an agreement. */
	PARTY_TO(set(COUNTRY, COMPANY, ORGANIZATION), set(AGREEMENT)),
	/** Who issued a policy. */
	ISSUED_BY(set(POLICY), set(COUNTRY, ORGANIZATION)),
	/** Which materials a policy or deal is about. */
	COVERS(set(POLICY, AGREEMENT), set(ELEMENT)),
	/** Whom a policy is aimed at. */
	TARGETS(set(POLICY), set(COUNTRY, COMPANY)),
	/** A company operates a mine or plant. */
	OPERATES(set(COMPANY), set(MINE)),
	/** Where a mine, company or organization is. */
	LOCATED_IN(set(MINE, COMPANY, ORGANIZATION), set(COUNTRY)),
	/** A takeover or stake purchase. */
	ACQUIRES(set(COMPANY), set(COMPANY), "stakePct", "amountUsd"),
	/** A supplier relation. */
	SUPPLIES(set(COUNTRY, COMPANY, MINE), set(COMPANY, PROGRAM), "commodity"),
	/** Builds or runs a programme. */
	DEVELOPS(set(COMPANY, ORGANIZATION, COUNTRY), set(PROGRAM)),
	/** A magnet or alloy contains an element. */
	CONTAINS(set(ELEMENT), set(ELEMENT)),
	/** Strategic reserves held. */
	STOCKPILES(set(COUNTRY, ORGANIZATION, COMPANY), set(ELEMENT), "quantity", "unit", "coverageMonths"),
	/**
	 * A price stated for a material in a market: the end is the market's country ({@code CN} for a domestic
	 * Chinese price, {@code EU} for European prices), else the country of the source that reports the price.
	 */
	PRICED_IN(set(ELEMENT), set(COUNTRY), "usdPerKg", "price", "currency", "unit", "form", "purity", "period",
			"changePct");

	private final Set<Label> from;
	private final Set<Label> to;
	private final List<String> properties;

	RelType(Set<Label> from, Set<Label> to, String... properties) {
		this.from = Collections.unmodifiableSet(from);
		this.to = Collections.unmodifiableSet(to);
		this.properties = List.of(properties);
	}

	private static Set<Label> set(Label first, Label... rest) {
		return EnumSet.of(first, rest);
	}

	/** {@return the labels this type may start at} */
	public Set<Label> from() {
		return from;
	}

	/** {@return the labels this type may end at} */
	public Set<Label> to() {
		return to;
	}

	/** {@return the fact properties the contract names for this type, besides the evidence} */
	public List<String> properties() {
		return properties;
	}

	/**
	 * Whether the contract allows this type between the two labels.
	 *
	 * @param start the label of the start node
	 * @param end the label of the end node
	 * @return true when {@code (start)-[this]->(end)} is an allowed triple
	 */
	public boolean allows(Label start, Label end) {
		return from.contains(start) && to.contains(end);
	}

	/**
	 * Finds a type by name, ignoring case.
	 *
	 * @param name a type name such as {@code "EXPORTS_TO"}
	 * @return the type, or empty
	 */
	public static Optional<RelType> fromName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name.trim())).findFirst();
	}
}
