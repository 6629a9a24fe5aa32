package org.reegraph.loader.quantity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
		assertThat(parser.parse("$-5 billion")).noneMatch(a -> a.kind() == Amount.Kind.MONEY);
		assertThat(parser.parse("999999999999999999999 tons")).noneMatch(a -> a.kind() == Amount.Kind.QUANTITY);
		assertThat(parser.parse("1e309 tons")).allMatch(a -> a.value().compareTo(QuantityParser.MAX_PLAUSIBLE) <= 0);
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
}
