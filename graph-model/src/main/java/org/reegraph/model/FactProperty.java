package org.reegraph.model;

/**
 * The fact properties the contract knows, each with one type and a meaning shared by every relationship type
 * that has it. A type may say more precisely what a property means for it ({@link #means(String)}).
 */
public enum FactProperty {

	/** What is traded, refined or supplied. */
	COMMODITY("commodity", PropertyType.STRING, "What is traded or supplied, as the source names it (rare earth magnets)."),
	/** An amount, in {@link #UNIT}. */
	QUANTITY("quantity", PropertyType.FLOAT, "The amount, in `unit`."),
	/** The unit of the quantity. */
	UNIT("unit", PropertyType.STRING, "The unit of `quantity` (t, kg…)."),
	/** A value in US dollars. */
	VALUE_USD("valueUsd", PropertyType.FLOAT, "The value in US dollars."),
	/** The period the figures refer to. */
	PERIOD("period", PropertyType.STRING, "The period the figures refer to, as the text gives it (2025-06, 2024)."),
	/** A change against an earlier period. */
	CHANGE_PCT("changePct", PropertyType.FLOAT, "The change against the previous period, in percent (negative: a fall)."),
	/** A share, in percent. */
	SHARE_PCT("sharePct", PropertyType.FLOAT, "A share, in percent."),
	/** Money invested or paid. */
	AMOUNT_USD("amountUsd", PropertyType.FLOAT, "The amount invested or paid, in US dollars."),
	/** How money is given. */
	INSTRUMENT("instrument", PropertyType.STRING, "How the money is given (equity, loan, grant, offtake…)."),
	/** A stake, in percent. */
	STAKE_PCT("stakePct", PropertyType.FLOAT, "The stake, in percent."),
	/** What kind of measure. */
	KIND("kind", PropertyType.STRING, "What kind of measure (entity listing, tariff, ban…)."),
	/** A rate, in percent. */
	RATE_PCT("ratePct", PropertyType.FLOAT, "The tariff or duty rate, in percent."),
	/** Where a fact stands, when the source does not state it as simply so; every type has it. */
	STATUS("status", PropertyType.STRING, "Where the fact stands when the source does not state it as simply so: PLANNED, "
			+ "PROPOSED, THREATENED, SIGNED, IN_FORCE, SUSPENDED or LIFTED; absent for a plainly stated fact."),
	/** The year the figures refer to. */
	YEAR("year", PropertyType.INTEGER, "The year the figures refer to."),
	/** Where an input comes from. */
	ORIGIN_COUNTRY("originCountry", PropertyType.STRING, "The ISO code of the country the input comes from (CN)."),
	/** How long a stockpile lasts. */
	COVERAGE_MONTHS("coverageMonths", PropertyType.FLOAT, "How many months of need the stockpile covers."),
	/** A price in US dollars per kilogram. */
	USD_PER_KG("usdPerKg", PropertyType.FLOAT, "The price in US dollars per kilogram."),
	/** A price as stated. */
	PRICE("price", PropertyType.FLOAT, "The price as stated, in `currency` per `unit`, where it is not in US dollars per kg."),
	/** The currency of a price. */
	CURRENCY("currency", PropertyType.STRING, "The currency of `price` (CNY, EUR…)."),
	/** The form of a material. */
	FORM("form", PropertyType.STRING, "The form priced: oxide, metal, alloy…"),
	/** The purity of a material. */
	PURITY("purity", PropertyType.STRING, "The purity, as stated (99.5%).");

	private final PropertySpec spec;

	FactProperty(String name, PropertyType type, String description) {
		this.spec = new PropertySpec(name, type, description);
	}

	/** {@return the property with its shared meaning} */
	public PropertySpec spec() {
		return spec;
	}

	/**
	 * {@return the property with the meaning it has for one relationship type}
	 *
	 * @param description what the value means for that type, one sentence
	 */
	public PropertySpec means(String description) {
		return new PropertySpec(spec.name(), spec.type(), description);
	}
}
