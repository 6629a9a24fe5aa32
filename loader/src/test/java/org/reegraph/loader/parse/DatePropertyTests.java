package org.reegraph.loader.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Property-based tests for the dates the parser reads: date lines of the digest layout and Date: headers. */
class DatePropertyTests {

	@Property(tries = 300)
	void everyRealDateAndTimeOnADateLineIsReadBack(@ForAll @IntRange(min = 1900, max = 2199) int year,
			@ForAll @IntRange(min = 1, max = 366) int dayOfYear, @ForAll @IntRange(min = 0, max = 23) int hour,
			@ForAll @IntRange(min = 0, max = 59) int minute) throws Exception {
		LocalDate date = LocalDate.ofYearDay(year, Math.min(dayOfYear, YearMonth.of(year, 12).atEndOfMonth()
			.getDayOfYear()));
		String line = String.format(Locale.ROOT, "Wire· %d-%d-%d %02d:%02d", year, date.getMonthValue(),
				date.getDayOfMonth(), hour, minute);
		List<Article> articles = DocumentParser.parse("d.txt", "A title\n" + line + "\nChina exported ore.");
		assertThat(articles).singleElement()
			.satisfies(a -> assertThat(a.published()).isEqualTo(LocalDateTime.of(date, java.time.LocalTime.of(hour,
					minute))));
	}

	@Property(tries = 500)
	void aDateLineIsReadWhenTheDateExistsAndRejectedNamingItsLineWhenNot(
			@ForAll @IntRange(min = 1000, max = 9999) int year, @ForAll @IntRange(min = 0, max = 99) int month,
			@ForAll @IntRange(min = 0, max = 99) int day) {
		boolean exists = month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
		String text = "Intro line\nA title\nWire· " + year + "-" + month + "-" + day + "\nBody text.";
		if (exists) {
			assertThat(catchThrowableOfType(DocumentRejectedException.class, () -> DocumentParser.parse("d.txt", text)))
				.isNull();
		}
		else {
			assertThatThrownBy(() -> DocumentParser.parse("d.txt", text)).isInstanceOf(DocumentRejectedException.class)
				.hasMessage("d.txt: impossible date '" + year + "-" + month + "-" + day + "' at line 3");
		}
	}

	@Property(tries = 300)
	void aDateHeaderIsReadInEveryDocumentedFormat(@ForAll @IntRange(min = 1900, max = 2199) int year,
			@ForAll @IntRange(min = 1, max = 365) int dayOfYear, @ForAll("headerFormats") String pattern)
			throws Exception {
		LocalDate date = LocalDate.ofYearDay(year, dayOfYear);
		String value = date.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
		Article a = DocumentParser.parse("p.md", "Title: T\nDate: " + value + "\n\nBody.").get(0);
		assertThat(a.publishedDate()).as(value).isEqualTo(date);
	}

	@Provide
	Arbitrary<String> headerFormats() {
		return Arbitraries.of("uuuu-MM-dd", "MMMM d, uuuu", "MMM d, uuuu", "d MMMM uuuu", "uuuu/M/d", "uuuu年M月d日");
	}

	@Property(tries = 300)
	void anImpossibleDateHeaderIsRejectedNamingTheValue(@ForAll @IntRange(min = 1900, max = 2199) int year,
			@ForAll @IntRange(min = 0, max = 99) int month, @ForAll @IntRange(min = 0, max = 99) int day) {
		boolean exists = month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
		String value = String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
		String text = "Title: T\nDate: " + value + "\n\nBody.";
		if (exists) {
			assertThat(catchThrowableOfType(DocumentRejectedException.class, () -> DocumentParser.parse("p.md", text)))
				.isNull();
		}
		else {
			assertThatThrownBy(() -> DocumentParser.parse("p.md", text))
				.hasMessage("p.md: the Date: header at line 2 ('" + value + "') is not a valid date; use YYYY-MM-DD");
		}
	}

	@Property(tries = 500)
	void anyTextIsParsedIntoArticlesOrRejectedWithAMessageNamingTheDocument(@ForAll("documents") String text) {
		try {
			List<Article> articles = DocumentParser.parse("any.txt", text);
			assertThat(articles).isNotEmpty().allSatisfy(a -> assertThat(a.body()).isNotBlank());
		}
		catch (DocumentRejectedException ex) {
			assertThat(ex.getMessage()).startsWith("any.txt: ");
		}
	}

	@Provide
	Arbitrary<String> documents() {
		Arbitrary<String> lines = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
				Arbitraries.strings().withChars("0123456789-:· ").ofMaxLength(20).map(s -> "Wire· " + s),
				Arbitraries.strings().withChars("0123456789-/年月日 ").ofMaxLength(14).map(s -> "Date: " + s),
				Arbitraries.of("", "Title: x", "Workflow", "Search documents", "icon", "Wire· 2025-13-45 10:00",
						"Wire· 2025-02-29", "Wire· 2024-02-29 24:00", "# heading"));
		return lines.list().ofMaxSize(10).map(l -> String.join("\n", l));
	}
}
