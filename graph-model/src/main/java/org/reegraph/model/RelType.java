package org.reegraph.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.reegraph.model.RelationshipSpec.Reading;

import static org.reegraph.model.FactProperty.AMOUNT_USD;
import static org.reegraph.model.FactProperty.CHANGE_PCT;
import static org.reegraph.model.FactProperty.COMMODITY;
import static org.reegraph.model.FactProperty.COVERAGE_MONTHS;
import static org.reegraph.model.FactProperty.CURRENCY;
import static org.reegraph.model.FactProperty.FORM;
import static org.reegraph.model.FactProperty.INSTRUMENT;
import static org.reegraph.model.FactProperty.KIND;
import static org.reegraph.model.FactProperty.ORIGIN_COUNTRY;
import static org.reegraph.model.FactProperty.PERIOD;
import static org.reegraph.model.FactProperty.PRICE;
import static org.reegraph.model.FactProperty.PURITY;
import static org.reegraph.model.FactProperty.QUANTITY;
import static org.reegraph.model.FactProperty.RATE_PCT;
import static org.reegraph.model.FactProperty.SHARE_PCT;
import static org.reegraph.model.FactProperty.STAKE_PCT;
import static org.reegraph.model.FactProperty.STATUS;
import static org.reegraph.model.FactProperty.UNIT;
import static org.reegraph.model.FactProperty.USD_PER_KG;
import static org.reegraph.model.FactProperty.VALUE_USD;
import static org.reegraph.model.FactProperty.YEAR;
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
	EXPORTS_TO("TradeFlow", "A trade flow; \"X imports from Y\" is stored as Y EXPORTS_TO X.",
			reading("exportsTo", "Trade flows to importers."), reading("importsFrom", "Trade flows from exporters to it."),
			set(COUNTRY, COMPANY), set(COUNTRY, COMPANY),
			COMMODITY.spec(), QUANTITY.spec(), UNIT.spec(), VALUE_USD.spec(), PERIOD.spec(), CHANGE_PCT.spec(),
			SHARE_PCT.means("The exporter's share of the importer's supply, in percent."),
			USD_PER_KG.means("The unit price of the flow, in US dollars per kilogram, where the source gives one.")),
	/** The first refines or processes the second's material (ore "sent to China for refining"). */
	REFINES_FOR("RefiningService", "The first refines or processes the second's material (ore \"sent to China for refining\").",
			reading("refinesFor", "Countries and companies whose material it refines."),
			reading("refinedBy", "Countries and companies that refine its material."),
			set(COUNTRY, COMPANY), set(COUNTRY, COMPANY),
			COMMODITY.means("The material refined, as the source names it (ore, concentrate).")),
	/** An investment, stake or subsidy. */
	INVESTS_IN("Investment", "An investment, stake or subsidy.",
			reading("investsIn", "Companies, mines and programmes it invests in."),
			reading("investors", "Who invests in it."),
			set(COUNTRY, ORGANIZATION, COMPANY), set(COMPANY, MINE, PROGRAM),
			AMOUNT_USD.spec(), INSTRUMENT.spec(), STAKE_PCT.means("The stake the investment buys, in percent.")),
	/** Sanctions, entity listings, punitive tariffs. */
	SANCTIONS("Sanction", "A sanction, entity listing or punitive tariff.",
			reading("sanctions", "Countries and companies it sanctions."), reading("sanctionedBy", "Who sanctions it."),
			set(COUNTRY, ORGANIZATION), set(COUNTRY, COMPANY), KIND.spec(), RATE_PCT.spec(), STATUS.spec()),
	/** Mining or production output. */
	PRODUCES("Production", "Mining or production output of an element or material.",
			reading("produces", "Elements and materials it produces, with shares and quantities."),
			reading("producers", "Who produces it, with shares and quantities."),
			set(COUNTRY, COMPANY, MINE), set(ELEMENT),
			QUANTITY.spec(), UNIT.spec(), SHARE_PCT.means("Its share of world output, in percent."), VALUE_USD.spec(),
			YEAR.spec()),
	/** Processing or refining capacity. */
	REFINES("Refining", "Processing or refining capacity for an element or material.",
			reading("refines", "Elements and materials it refines or processes, with shares."),
			reading("refiners", "Who refines it, with shares."),
			set(COUNTRY, COMPANY, MINE), set(ELEMENT), SHARE_PCT.means("Its share of world refining, in percent.")),
	/** Known reserves. */
	HOLDS_RESERVES("ReserveHolding", "Known reserves of an element.",
			reading("reserves", "Elements it holds reserves of."), reading("reserves", "Who holds reserves of it."),
			set(COUNTRY), set(ELEMENT),
			QUANTITY.spec(), UNIT.spec(), SHARE_PCT.means("Its share of world reserves, in percent.")),
	/** Reliance of a programme, company or country on an input. */
	DEPENDS_ON("Dependency", "Reliance of a programme, company or country on an element, a country or a company.",
			reading("dependsOn", "What it depends on, with origin and share."), reading("dependents", "Who depends on it."),
			set(PROGRAM, COMPANY, COUNTRY), set(ELEMENT, COUNTRY, COMPANY),
			ORIGIN_COUNTRY.spec(), SHARE_PCT.means("The share of the need met from this input or origin, in percent.")),
	/** A party to an agreement. */
	PARTY_TO("AgreementParty", "A party to an agreement.",
			reading("partyTo", "Agreements it is a party to."), reading("parties", "The parties to the agreement."),
			set(COUNTRY, COMPANY, ORGANIZATION), set(AGREEMENT)),
	/** Who issued a policy. */
	ISSUED_BY("Issuance", "Who issued a policy.",
			reading("issuedBy", "Who issued it."), reading("policies", "Policies it issued."),
			set(POLICY), set(COUNTRY, ORGANIZATION)),
	/** Which materials a policy or deal is about. */
	COVERS("Coverage", "Which elements and materials a policy or agreement is about.",
			reading("covers", "The elements and materials it is about."),
			reading("coveredBy", "Policies and agreements about it."),
			set(POLICY, AGREEMENT), set(ELEMENT)),
	/** Whom a policy is aimed at. */
	TARGETS("Targeting", "Whom a policy is aimed at.",
			reading("targets", "Whom it is aimed at."), reading("targetedBy", "Policies aimed at it."),
			set(POLICY), set(COUNTRY, COMPANY)),
	/** A company operates a mine or plant. */
	OPERATES("Operation", "A company operates a mine or plant.",
			reading("operates", "Mines and plants it operates."), reading("operators", "Who operates it."),
			set(COMPANY), set(MINE)),
	/** Where a mine, company or organization is. */
	LOCATED_IN("Location", "Where a mine, company or organisation is.",
			reading("locatedIn", "The country it is in."),
			reading("locatedHere", "Mines, companies and organisations located in it."),
			set(MINE, COMPANY, ORGANIZATION), set(COUNTRY)),
	/** A takeover or stake purchase. */
	ACQUIRES("Acquisition", "A takeover or stake purchase.",
			reading("acquires", "Companies it acquires (stakes)."), reading("acquiredBy", "Who acquires it."),
			set(COMPANY), set(COMPANY),
			STAKE_PCT.means("The stake acquired, in percent."), AMOUNT_USD.means("The price paid, in US dollars.")),
	/** A supplier relation. */
	SUPPLIES("Supply", "A supplier relation.",
			reading("supplies", "Companies and programmes it supplies."), reading("suppliers", "Who supplies it."),
			set(COUNTRY, COMPANY, MINE), set(COMPANY, PROGRAM), COMMODITY.spec()),
	/** Builds or runs a programme. */
	DEVELOPS("Development", "Builds or runs a programme.",
			reading("develops", "Programmes it develops."), reading("developers", "Who develops or runs it."),
			set(COMPANY, ORGANIZATION, COUNTRY), set(PROGRAM)),
	/** A magnet or alloy contains an element. */
	CONTAINS("Constituent", "A magnet, alloy or group contains an element.",
			reading("contains", "The elements this material contains."),
			reading("containedIn", "The materials that contain it."),
			set(ELEMENT), set(ELEMENT)),
	/** Strategic reserves held. */
	STOCKPILES("Stockpile", "Strategic reserves of an element held by a country, organisation or company.",
			reading("stockpiles", "Elements it stockpiles."), reading("stockpiledBy", "Who stockpiles it."),
			set(COUNTRY, ORGANIZATION, COMPANY), set(ELEMENT), QUANTITY.spec(), UNIT.spec(), COVERAGE_MONTHS.spec()),
	/**
	 * A price stated for a material in a market: the end is the market's country ({@code CN} for a domestic
	 * Chinese price, {@code EU} for European prices), else the country of the source that reports the price.
	 */
	PRICED_IN("Price", "A price stated for a material in a market: the end is the market's country (CN for a "
			+ "domestic Chinese price, EU for European prices), else the country of the source that reports the price.",
			reading("prices", "Its prices in each market (usdPerKg, or price, currency and unit as stated)."),
			reading("pricedHere", "Prices stated for elements and materials in its market."),
			set(ELEMENT), set(COUNTRY),
			USD_PER_KG.spec(), PRICE.spec(), CURRENCY.spec(), UNIT.means("The unit `price` is stated per (kg, t, lb)."),
			FORM.spec(), PURITY.spec(), PERIOD.spec(), CHANGE_PCT.spec());

	private final RelationshipSpec spec;

	RelType(String factName, String description, Reading forward, Reading backward, Set<Label> from, Set<Label> to,
			PropertySpec... properties) {
		List<PropertySpec> all = new java.util.ArrayList<>(List.of(properties));
		if (all.stream().noneMatch(p -> p.name().equals(STATUS.spec().name()))) {
			all.add(STATUS.spec()); // every fact may be planned, proposed, threatened or suspended
		}
		this.spec = new RelationshipSpec(name(), factName, description, forward, backward, from, to, List.copyOf(all));
	}

	private static Reading reading(String field, String description) {
		return new Reading(field, description);
	}

	private static Set<Label> set(Label first, Label... rest) {
		return EnumSet.of(first, rest);
	}

	/** {@return everything the contract says about this type, as data the per-type artifacts are generated from} */
	public RelationshipSpec spec() {
		return spec;
	}

	/** {@return the labels this type may start at} */
	public Set<Label> from() {
		return spec.from();
	}

	/** {@return the labels this type may end at} */
	public Set<Label> to() {
		return spec.to();
	}

	/** {@return the names of the fact properties the contract names for this type, besides the evidence} */
	public List<String> properties() {
		return spec.propertyNames();
	}

	/**
	 * Whether the contract allows this type between the two labels.
	 *
	 * @param start the label of the start node
	 * @param end the label of the end node
	 * @return true when {@code (start)-[this]->(end)} is an allowed triple
	 */
	public boolean allows(Label start, Label end) {
		return spec.from().contains(start) && spec.to().contains(end);
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
