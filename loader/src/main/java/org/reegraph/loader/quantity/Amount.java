package org.reegraph.loader.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number found in a sentence, with what it measures.
 *
 * @param kind what the number is
 * @param value the value, normalised: USD for money, tonnes or kilograms for quantities (see {@code unit}),
 *        percent points for percentages, the year for years, 1–12 for months
 * @param unit "t" or "kg" for quantities, "USD" for money, "%" for percentages, otherwise null
 * @param start the offset in the sentence where the number's text starts
 * @param end the offset after its text
 */
public record Amount(Kind kind, BigDecimal value, String unit, int start, int end) {

	/** What an amount measures. */
	public enum Kind {
		/** Money in USD. */
		MONEY,
		/**
		 * Money in another currency, kept as stated ({@code unit} is its ISO code: AUD, CAD, EUR, GBP, CNY) so that it
		 * is never taken for dollars; no rule converts it.
		 */
		MONEY_OTHER,
		/** A mass (tonnes or kilograms). */
		QUANTITY,
		/** A percentage or share. */
		PERCENT,
		/** A price in USD per kilogram. */
		PRICE_PER_KG,
		/**
		 * A price as stated in another currency or per another unit: {@code unit} is currency and mass joined by a
		 * slash ({@code CNY/t}, {@code CNY/kg}, {@code EUR/kg}, {@code USD/t}).
		 */
		PRICE,
		/** A calendar year. */
		YEAR,
		/** A month of the year (1–12), to be resolved against the article date. */
		MONTH,
		/** A count of months (e.g. "sufficient for 9 months"). */
		MONTHS_DURATION
	}

	/**
	 * Validates the components.
	 *
	 * @param kind what the number is
	 * @param value the value, normalised: USD for money, tonnes or kilograms for quantities (see {@code unit}),
	 *        percent points for percentages, the year for years, 1–12 for months
	 * @param unit "t" or "kg" for quantities, "USD" for money, "%" for percentages, otherwise null
	 * @param start the offset in the sentence where the number's text starts
	 * @param end the offset after its text
	 */
	public Amount {
		Objects.requireNonNull(kind, "An amount needs a kind.");
		Objects.requireNonNull(value, "An amount needs a value.");
	}

	/** {@return the value as a plain number for the graph: a long when whole, else a double} */
	public Number asNumber() {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
			return stripped.longValueExact();
		}
		return value.doubleValue();
	}
}
