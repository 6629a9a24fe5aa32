package org.reegraph.loader.quantity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityParserTests {

	private final QuantityParser parser = new QuantityParser();

	private Amount only(String text, Amount.Kind kind) {
		List<Amount> found = parser.parse(text).stream().filter(a -> a.kind() == kind).toList();
		assertThat(found).as(text).hasSize(1);
		return found.get(0);
	}

	@Test
	void readsMoneyWithScales() {
		assertThat(only("invested $400 million in", Amount.Kind.MONEY).asNumber()).isEqualTo(400_000_000L);
		assertThat(only("a deal of $8.5 billion", Amount.Kind.MONEY).asNumber()).isEqualTo(8_500_000_000L);
		assertThat(only("USD$1 billion fund", Amount.Kind.MONEY).asNumber()).isEqualTo(1_000_000_000L);
		assertThat(only("投资4亿美元", Amount.Kind.MONEY).asNumber()).isEqualTo(400_000_000L);
	}

	@Test
	void readsPricesPerKilogram() {
		Amount price = only("a floor of $110 per kilogram", Amount.Kind.PRICE_PER_KG);
		assertThat(price.asNumber()).isEqualTo(110L);
		assertThat(parser.parse("a floor of $110 per kilogram")).noneMatch(a -> a.kind() == Amount.Kind.MONEY);
	}

	@Test
	void readsPricesInOtherCurrenciesAndPerTonneAsStated() {
		Amount yuan = only("rose to 560,000 yuan per tonne", Amount.Kind.PRICE);
		assertThat(yuan.asNumber()).isEqualTo(560_000L);
		assertThat(yuan.unit()).isEqualTo("CNY/t");
		assertThat(only("均价为85.3元/千克", Amount.Kind.PRICE).unit()).isEqualTo("CNY/kg");
		assertThat(only("报价56万元/吨", Amount.Kind.PRICE).asNumber()).isEqualTo(560_000L);
		assertThat(only("RMB 85.3/kg", Amount.Kind.PRICE).unit()).isEqualTo("CNY/kg");
		assertThat(only("at €120 per kilogram", Amount.Kind.PRICE).unit()).isEqualTo("EUR/kg");
		assertThat(only("sold at $12,000 per tonne", Amount.Kind.PRICE).unit()).isEqualTo("USD/t");
		assertThat(parser.parse("sold at $12,000 per tonne")).noneMatch(a -> a.kind() == Amount.Kind.MONEY);
		assertThat(parser.parse("a floor of $110 per kilogram")).as("a dollar price per kilogram stays PRICE_PER_KG")
			.noneMatch(a -> a.kind() == Amount.Kind.PRICE);
		assertThat(parser.parse("12,000 per tonne")).as("no currency, no price").noneMatch(a -> a.kind() == Amount.Kind.PRICE);
	}

	@Test
	void readsTonnagesInEnglishAndChinese() {
		Amount t = only("rose to 353 tons in June", Amount.Kind.QUANTITY);
		assertThat(t.asNumber()).isEqualTo(353L);
		assertThat(t.unit()).isEqualTo("t");
		assertThat(only("44 million tonnes of reserves", Amount.Kind.QUANTITY).asNumber()).isEqualTo(44_000_000L);
		assertThat(only("5577吨稀土磁铁", Amount.Kind.QUANTITY).asNumber()).isEqualTo(5577L);
		assertThat(only("45,000 tons", Amount.Kind.QUANTITY).asNumber()).isEqualTo(45_000L);
		assertThat(only("12 kg", Amount.Kind.QUANTITY).unit()).isEqualTo("kg");
	}

	@Test
	void readsPercentagesRangesAndFractions() {
		assertThat(only("about 90% of refining", Amount.Kind.PERCENT).asNumber()).isEqualTo(90L);
		assertThat(only("11.5 percent of output", Amount.Kind.PERCENT).asNumber()).isEqualTo(11.5);
		assertThat(only("two-thirds coming from China", Amount.Kind.PERCENT).asNumber()).isEqualTo(66.7);
		assertThat(parser.parse("refining 60%-90% of elements").stream().filter(a -> a.kind() == Amount.Kind.PERCENT)
			.map(Amount::asNumber)).containsExactly(60L, 90L);
	}

	@Test
	void dropsImplausibleAndNegativeNumbers() {
		assertThat(parser.parse("$-5 billion")).isEmpty();
		assertThat(parser.parse("a loss of $ -5 billion")).isEmpty();
		assertThat(parser.parse("-5 billion dollars")).isEmpty();
		assertThat(parser.parse("stocks fell by -40 tons")).isEmpty();
		assertThat(parser.parse("999999999999999999999 tons")).isEmpty();
		assertThat(parser.parse("$2,000 trillion")).isEmpty();
	}

	@Test
	void doesNotReadPartOfANumber() {
		// scientific notation is not how news reports tonnages: dropped, never read as "309 tons" or "$1"
		assertThat(parser.parse("1e309 tons")).isEmpty();
		assertThat(parser.parse("$1e309")).isEmpty();
		assertThat(parser.parse("1e309 dollars")).isEmpty();
		assertThat(parser.parse("1.5E+3 tonnes")).isEmpty();
		assertThat(parser.parse("1,2345 tons")).isEmpty();
		// ranges, Chinese and bracketed numbers still read
		assertThat(only("5-10 tons", Amount.Kind.QUANTITY).asNumber()).isEqualTo(10L);
		assertThat(only("出口5577吨", Amount.Kind.QUANTITY).asNumber()).isEqualTo(5577L);
		assertThat(only("(353 tons)", Amount.Kind.QUANTITY).asNumber()).isEqualTo(353L);
	}

	@Test
	void resolvesMonthsAgainstTheArticleDate() {
		assertThat(QuantityParser.resolveMonth(6, null, LocalDate.of(2025, 8, 6))).isEqualTo("2025-06");
		assertThat(QuantityParser.resolveMonth(11, null, LocalDate.of(2025, 2, 1))).isEqualTo("2024-11");
		assertThat(QuantityParser.resolveMonth(3, 2023, LocalDate.of(2025, 2, 1))).isEqualTo("2023-03");
		assertThat(QuantityParser.resolveMonth(3, null, null)).isNull();
		assertThat(parser.parse("In June, exports rose")).anyMatch(a -> a.kind() == Amount.Kind.MONTH
				&& a.value().intValue() == 6);
		assertThat(parser.parse("May rise further")).noneMatch(a -> a.kind() == Amount.Kind.MONTH);
	}

	@Property(tries = 300)
	void anyWholeNumberOfTonsIsReadBack(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long tons) {
		Amount a = only(String.format("exports of %,d tons", tons), Amount.Kind.QUANTITY);
		assertThat(a.value()).isEqualByComparingTo(BigDecimal.valueOf(tons));
	}

	@Property(tries = 300)
	void anyMillionsAmountIsReadInDollars(@ForAll @IntRange(min = 1, max = 999_999) int millions) {
		Amount a = only("invested $" + millions + " million", Amount.Kind.MONEY);
		assertThat(a.value()).isEqualByComparingTo(BigDecimal.valueOf(millions).multiply(BigDecimal.valueOf(1_000_000)));
	}

	@Property(tries = 200)
	void validDatesResolveToTheirMonth(@ForAll @IntRange(min = 1, max = 12) int month,
			@ForAll @IntRange(min = 2000, max = 2100) int year) {
		String period = QuantityParser.resolveMonth(month, null, LocalDate.of(year, 12, 31));
		assertThat(period).isEqualTo(String.format("%04d-%02d", year, month));
	}

	@Property(tries = 300)
	void scaledMoneyIsReadExactlyOrDroppedWhenImplausible(@ForAll @IntRange(min = 1, max = 999_999) int whole,
			@ForAll @IntRange(min = 0, max = 99) int cents, @ForAll("scales") String scale) {
		String number = whole + "." + String.format("%02d", cents);
		BigDecimal expected = new BigDecimal(number).multiply(switch (scale) {
			case "thousand" -> new BigDecimal("1e3");
			case "million" -> new BigDecimal("1e6");
			case "billion" -> new BigDecimal("1e9");
			default -> new BigDecimal("1e12");
		});
		List<Amount> money = parser.parse("a deal worth $" + number + " " + scale + " was signed").stream()
			.filter(a -> a.kind() == Amount.Kind.MONEY).toList();
		if (expected.compareTo(QuantityParser.MAX_PLAUSIBLE) <= 0) {
			assertThat(money).singleElement().satisfies(a -> assertThat(a.value()).isEqualByComparingTo(expected));
		}
		else {
			assertThat(money).isEmpty();
		}
	}

	@Provide
	Arbitrary<String> scales() {
		return Arbitraries.of("thousand", "million", "billion", "trillion");
	}

	@Property(tries = 200)
	void chineseMoneyInHundredMillionsIsRead(@ForAll @IntRange(min = 1, max = 9_999) int yi) {
		Amount a = only("投资" + yi + "亿美元", Amount.Kind.MONEY);
		assertThat(a.value()).isEqualByComparingTo(BigDecimal.valueOf(yi).multiply(new BigDecimal("1e8")));
	}

	@Property(tries = 200)
	void negativeMoneyIsNeverRead(@ForAll @IntRange(min = 1, max = 999_999) int n, @ForAll("scales") String scale,
			@ForAll("minusForms") String form) {
		assertThat(parser.parse(form.formatted(n, scale))).noneMatch(a -> a.kind() == Amount.Kind.MONEY);
	}

	@Provide
	Arbitrary<String> minusForms() {
		return Arbitraries.of("a loss of $-%d %s", "$ -%d %s", "(-%d %s dollars)", "net: -%d %s USD",
				"\u2212%d %s US dollars");
	}

	@Property(tries = 200)
	void numbersInScientificNotationAreNeverRead(@ForAll @IntRange(min = 1, max = 9) int mantissa,
			@ForAll @IntRange(min = 0, max = 400) int exponent, @ForAll("units") String unit) {
		assertThat(parser.parse(mantissa + "e" + exponent + " " + unit)).isEmpty();
		assertThat(parser.parse(mantissa + ".5E+" + exponent + " " + unit)).isEmpty();
	}

	@Provide
	Arbitrary<String> units() {
		return Arbitraries.of("tons", "tonnes", "kg", "dollars", "USD", "percent");
	}

	@Property(tries = 500)
	void anyTextYieldsOnlyPlausibleAmountsWithinTheSentence(@ForAll("hostileText") String text) {
		for (Amount a : parser.parse(text)) {
			assertThat(a.start()).isBetween(0, a.end());
			assertThat(a.end()).isLessThanOrEqualTo(text.length());
			if (a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.QUANTITY
					|| a.kind() == Amount.Kind.PRICE_PER_KG) {
				assertThat(a.value().signum()).as(text).isPositive();
				assertThat(a.value()).as(text).isLessThanOrEqualTo(QuantityParser.MAX_PLAUSIBLE);
			}
			assertThat(a.asNumber()).isNotNull();
		}
	}

	@Provide
	Arbitrary<String> hostileText() {
		Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
				Arbitraries.strings().withChars("0123456789,.-e$% ").ofMaxLength(25),
				Arbitraries.of("$", "US$", "USD", " tons", "吨", "万", "亿美元", " billion", " million", " per kg", "%",
						" percent", " in June", " 2025", "-", "\u2212", "e309", "1e309", "999999999999999999999"));
		return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
	}
}
