package org.reegraph.loader.quantity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.loader.text.GuardedPattern;

/**
 * Finds {@link Amount amounts} in a sentence. Stateless and thread-safe.
 */
public final class QuantityParser {

	/** Numbers larger than this are not plausible facts about minerals (1e15 USD, tonnes, …): dropped. */
	public static final BigDecimal MAX_PLAUSIBLE = new BigDecimal("1e15");

	/**
	 * A number with optional thousands separators and decimals. It must stand on its own: not glued to a
	 * Latin letter, digit, separator or a minus sign before it ("1e309", "1,2345", "-40" and "$-5" are not
	 * read as 309, 2345, 40 or 5), and not continued by more digits or an exponent after it ("1.5e3").
	 * Chinese text is not affected ("出口5577吨").
	 */
	private static final String NUM = "(?<![A-Za-z\\d.,]|(?:^|[\\s(\\[$])[-\u2212]|[eE][+-])"
			+ "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]*[eE][+-]?\\d|\\d|[.,]\\d)";
	private static final String SCALE = "(?:\\s*(trillion|billion|million|thousand|bn|mn|m|k)\\b)?";

	// Every pattern with NUM needs an ASCII digit (parse skips them all without one); the guards add their words.
	private static final GuardedPattern MONEY = GuardedPattern.of(Pattern
		.compile("(?:USD\\s?\\$|US\\$|(?<![A-Za-z])\\$)\\s?" + NUM + SCALE, Pattern.CASE_INSENSITIVE), "$");
	/** "A$1.25 billion", "C$15.96 million", "€120 million", "£40m", "AUD 200 million", "5 billion yuan". */
	private static final GuardedPattern MONEY_OTHER = GuardedPattern.of(Pattern.compile("(?:(A\\$|AU\\$|AUD\\s?|C\\$|CA\\$"
			+ "|CAD\\s?|€|EUR\\s?|£|GBP\\s?|RMB\\s?|CNY\\s?)\\s?" + NUM + SCALE + "|" + NUM + SCALE
			+ "\\s*(yuan|euros?|pounds sterling|Australian dollars|Canadian dollars)\\b)(?!\\s*(?:per\\b|/))"),
			"$", "€", "£", "aud", "cad", "eur", "gbp", "rmb", "cny", "yuan", "euro", "pounds", "dollars");
	private static final GuardedPattern MONEY_OTHER_ZH = GuardedPattern.exact(Pattern.compile(NUM
			+ "\\s*(万亿|亿|万)?\\s*(?:人民币|元)(?!\\s*(?:/|每))"), "元", "人民币");
	private static final GuardedPattern MONEY_WORDS = GuardedPattern.of(Pattern
		.compile(NUM + SCALE + "\\s*(?:US dollars|dollars|USD)\\b", Pattern.CASE_INSENSITIVE), "dollars", "usd");
	private static final GuardedPattern MONEY_ZH = GuardedPattern.exact(Pattern.compile(NUM + "\\s*(万亿|亿|万)?\\s*美元"),
			"美元");
	private static final Pattern PER_KG = Pattern
		.compile("^\\s*(?:per|a|/)\\s*(?:kilogram|kilo|kg)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern PER_KG_ZH = Pattern.compile("^\\s*(?:/|每)\\s*(?:公斤|千克)");

	/** "560,000 yuan per tonne", "RMB 85.3/kg", "€120 per kilogram", "$12,000 per tonne". */
	private static final GuardedPattern PRICE_WORDS = GuardedPattern.of(Pattern.compile("(?:(RMB|CNY|€|EUR|US\\$|(?<![A-Za-z])\\$)\\s?)?"
			+ NUM + SCALE + "\\s*(yuan|renminbi|RMB|CNY|euros?|EUR|US dollars|dollars)?\\s*(?:per\\b|/)\\s*"
			+ "(metric tonne|metric ton|tonne|ton|t|kilogram|kilo|kg)\\b", Pattern.CASE_INSENSITIVE), "per", "/");
	/** "85.3元/千克", "56万元/吨", "每吨3.2万元" is left alone (the unit before the figure is rare in customs data). */
	private static final GuardedPattern PRICE_ZH = GuardedPattern.exact(Pattern.compile(NUM + "\\s*(万)?\\s*元\\s*(?:/|每)\\s*"
			+ "(千克|公斤|吨)"), "元");

	private static final Pattern QUANTITY = Pattern.compile(NUM + "(?:\\s*(million|thousand|billion))?\\s*"
			+ "(metric tons|metric tonnes|tonnes|tons|tonne|ton|kilograms|kilogram|kg|t)\\b", Pattern.CASE_INSENSITIVE);
	private static final GuardedPattern QUANTITY_ZH = GuardedPattern.exact(
			Pattern.compile(NUM + "\\s*(万)?\\s*(吨|公斤|千克)"),
			"吨", "公斤", "千克");

	private static final GuardedPattern PERCENT = GuardedPattern.of(Pattern
		.compile(NUM + "\\s*(?:%|％|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE), "%", "％", "percent", "per cent");
	private static final GuardedPattern PERCENT_RANGE = GuardedPattern
		.exact(Pattern.compile(NUM + "%?\\s*(?:-|–|to)\\s*" + NUM + "\\s*%"), "%");
	private static final GuardedPattern FRACTION = GuardedPattern.of(Pattern
		.compile("\\b(two-thirds|two thirds|one-third|one third|three-quarters|one-quarter|half)\\b",
				Pattern.CASE_INSENSITIVE), "third", "quarter", "half");
	private static final Map<String, String> FRACTIONS = Map.of("two-thirds", "66.7", "two thirds", "66.7",
			"one-third", "33.3", "one third", "33.3", "three-quarters", "75", "one-quarter", "25", "half", "50");

	private static final GuardedPattern YEAR = GuardedPattern
		.exact(Pattern.compile("(?<![\\d.,$])((?:19|20)\\d{2})(?![\\d%])(?:\\s*年)?"), "19", "20");
	private static final GuardedPattern MONTH_EN = GuardedPattern.exact(
			Pattern.compile("\\b(January|February|March|April|May|"
			+ "June|July|August|September|October|November|December)\\b"), "January", "February", "March", "April",
			"May", "June", "July", "August", "September", "October", "November", "December");
	private static final GuardedPattern MONTH_ZH = GuardedPattern
		.exact(Pattern.compile("(?<![\\d])(1[0-2]|[1-9])\\s*月(?!\\s*\\d+\\s*日)"), "月");
	private static final GuardedPattern DURATION = GuardedPattern
		.of(Pattern.compile("\\b(\\d{1,3})\\s+months?\\b", Pattern.CASE_INSENSITIVE), "month");

	/** Matches nothing: stands in for a search that cannot succeed. */
	private static final Pattern NOTHING = Pattern.compile("(?!)");

	/**
	 * Finds every amount in a sentence, ordered by position. Overlaps are resolved in favour of the more
	 * specific reading (a price per kilogram over plain money, a tonnage over a bare number).
	 *
	 * @param sentence the sentence
	 * @return the amounts
	 */
	public List<Amount> parse(String sentence) {
		List<Amount> found = new ArrayList<>();
		String lower = GuardedPattern.lower(sentence);
		boolean digits = hasDigit(sentence);
		money(sentence, lower, digits, found);
		prices(sentence, lower, digits, found);
		quantities(sentence, lower, digits, found);
		percents(sentence, lower, digits, found);
		periods(sentence, lower, digits, found);
		found.sort(Comparator.comparingInt(Amount::start).thenComparing(a -> -(a.end() - a.start())));
		List<Amount> kept = new ArrayList<>();
		int lastEnd = -1;
		for (Amount a : found) {
			if (a.start() >= lastEnd) {
				kept.add(a);
				lastEnd = a.end();
			}
		}
		return kept;
	}

	/** {@return whether the text has an ASCII digit, which every number NUM reads starts with} */
	private static boolean hasDigit(String s) {
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			if (ch >= '0' && ch <= '9') {
				return true;
			}
		}
		return false;
	}

	private static void money(String s, String lower, boolean digits, List<Amount> out) {
		if (!digits) {
			return;
		}
		Matcher m = MONEY.matcher(s, lower);
		while (m.find()) {
			// "$-5 billion" never matches: a negative amount is not a fact we store (see NUM)
			addMoney(s, out, scaled(number(m.group(1)), m.group(2)), m.start(), m.end());
		}
		m = MONEY_WORDS.matcher(s, lower);
		while (m.find()) {
			addMoney(s, out, scaled(number(m.group(1)), m.group(2)), m.start(), m.end());
		}
		m = MONEY_OTHER.matcher(s, lower);
		while (m.find()) {
			boolean before = m.group(1) != null;
			String mark = (before ? m.group(1) : m.group(5)).strip().toUpperCase(Locale.ROOT);
			BigDecimal v = before ? scaled(number(m.group(2)), m.group(3)) : scaled(number(m.group(4)), m.group(6));
			String currency = mark.startsWith("A") ? "AUD" : mark.startsWith("C$") || mark.startsWith("CA") || mark.startsWith(
					"CANADIAN") ? "CAD" : mark.startsWith("€") || mark.startsWith("EUR") ? "EUR" : mark.startsWith("£")
							|| mark.startsWith("GBP") || mark.startsWith("POUNDS") ? "GBP" : "CNY";
			if (plausible(v)) {
				out.add(new Amount(Amount.Kind.MONEY_OTHER, v, currency, m.start(), m.end()));
			}
		}
		m = MONEY_OTHER_ZH.matcher(s, lower);
		while (m.find()) {
			BigDecimal v = zhScaled(number(m.group(1)), m.group(2));
			if (plausible(v)) {
				out.add(new Amount(Amount.Kind.MONEY_OTHER, v, "CNY", m.start(), m.end()));
			}
		}
		m = MONEY_ZH.matcher(s, lower);
		while (m.find()) {
			BigDecimal v = zhScaled(number(m.group(1)), m.group(2));
			addMoney(s, out, v, m.start(), m.end());
		}
	}

	private static void addMoney(String s, List<Amount> out, BigDecimal v, int start, int end) {
		if (!plausible(v)) {
			return;
		}
		String rest = s.substring(end);
		Matcher perKg = PER_KG.matcher(rest);
		Matcher perKgZh = PER_KG_ZH.matcher(rest);
		if (perKg.find()) {
			out.add(new Amount(Amount.Kind.PRICE_PER_KG, v, "USD/kg", start, end + perKg.end()));
		}
		else if (perKgZh.find()) {
			out.add(new Amount(Amount.Kind.PRICE_PER_KG, v, "USD/kg", start, end + perKgZh.end()));
		}
		else {
			out.add(new Amount(Amount.Kind.MONEY, v, "USD", start, end));
		}
	}

	/**
	 * Prices in a currency other than the US dollar, or per tonne: kept as stated (value, currency/unit), never
	 * converted. A dollar price per kilogram is {@link Amount.Kind#PRICE_PER_KG} (read by {@link #money}).
	 */
	private static void prices(String s, String lower, boolean digits, List<Amount> out) {
		if (!digits) {
			return;
		}
		Matcher m = PRICE_WORDS.matcher(s, lower);
		while (m.find()) {
			String before = m.group(1) == null ? "" : m.group(1).toUpperCase(Locale.ROOT);
			String after = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
			// a bare "¥" is the yen's sign as much as the yuan's: no currency, no price
			String currency = before.equals("RMB") || before.equals("CNY") || after.equals("yuan")
					|| after.equals("renminbi") || after.equals("rmb") || after.equals("cny") ? "CNY"
					: before.equals("€") || before.equals("EUR") || after.startsWith("euro") || after.equals("eur") ? "EUR"
					: before.endsWith("$") || after.endsWith("dollars") ? "USD" : null;
			String mass = m.group(5).toLowerCase(Locale.ROOT).startsWith("k") ? "kg" : "t";
			BigDecimal v = scaled(number(m.group(2)), m.group(3));
			if (currency == null || currency.equals("USD") && mass.equals("kg") || !plausible(v)) {
				continue; // no currency, or a dollar price per kilogram (money() reads it)
			}
			out.add(new Amount(Amount.Kind.PRICE, v, currency + "/" + mass, m.start(), m.end()));
		}
		m = PRICE_ZH.matcher(s, lower);
		while (m.find()) {
			BigDecimal v = zhScaled(number(m.group(1)), m.group(2));
			if (plausible(v)) {
				out.add(new Amount(Amount.Kind.PRICE, v, "CNY/" + (m.group(3).equals("吨") ? "t" : "kg"), m.start(),
						m.end()));
			}
		}
	}

	private static void quantities(String s, String lower, boolean digits, List<Amount> out) {
		if (!digits) {
			return;
		}
		Matcher m = QUANTITY.matcher(s);
		while (m.find()) {
			BigDecimal v = scaled(number(m.group(1)), m.group(2));
			String unit = m.group(3).toLowerCase(Locale.ROOT).startsWith("k") ? "kg" : "t";
			if (plausible(v)) {
				out.add(new Amount(Amount.Kind.QUANTITY, v, unit, m.start(), m.end()));
			}
		}
		m = QUANTITY_ZH.matcher(s, lower);
		while (m.find()) {
			BigDecimal v = zhScaled(number(m.group(1)), m.group(2));
			if (plausible(v)) {
				out.add(new Amount(Amount.Kind.QUANTITY, v, m.group(3).equals("吨") ? "t" : "kg", m.start(), m.end()));
			}
		}
		m = DURATION.matcher(s, lower);
		while (m.find()) {
			out.add(new Amount(Amount.Kind.MONTHS_DURATION, new BigDecimal(m.group(1)), "months", m.start(), m.end()));
		}
	}

	private static void percents(String s, String lower, boolean digits, List<Amount> out) {
		Matcher range = digits ? PERCENT_RANGE.matcher(s, lower) : NOTHING.matcher("");
		while (range.find()) {
			// "60%-90%": a range; both ends are kept as separate amounts so each can be reported
			BigDecimal low = number(range.group(1));
			BigDecimal high = number(range.group(2));
			if (plausiblePercent(low) && plausiblePercent(high)) {
				out.add(new Amount(Amount.Kind.PERCENT, low, "%", range.start(1), range.end(1)));
				out.add(new Amount(Amount.Kind.PERCENT, high, "%", range.start(2), range.end()));
			}
		}
		Matcher m = digits ? PERCENT.matcher(s, lower) : NOTHING.matcher("");
		while (m.find()) {
			BigDecimal v = number(m.group(1));
			if (v != null && v.compareTo(new BigDecimal("100000")) <= 0) {
				out.add(new Amount(Amount.Kind.PERCENT, v, "%", m.start(), m.end()));
			}
		}
		m = FRACTION.matcher(s, lower);
		while (m.find()) {
			out.add(new Amount(Amount.Kind.PERCENT, new BigDecimal(FRACTIONS.get(m.group(1).toLowerCase(Locale.ROOT))),
					"%", m.start(), m.end()));
		}
	}

	private static void periods(String s, String lower, boolean digits, List<Amount> out) {
		Matcher m = digits ? YEAR.matcher(s, lower) : NOTHING.matcher("");
		while (m.find()) {
			out.add(new Amount(Amount.Kind.YEAR, new BigDecimal(m.group(1)), null, m.start(), m.end()));
		}
		m = MONTH_EN.matcher(s, lower);
		while (m.find()) {
			if (m.group(1).equals("May") && !precededByPreposition(s, m.start())) {
				continue; // "may" as a verb, capitalised at the start of a sentence
			}
			out.add(new Amount(Amount.Kind.MONTH, BigDecimal.valueOf(Month.valueOf(m.group(1).toUpperCase(Locale.ROOT))
				.getValue()), null, m.start(), m.end()));
		}
		m = digits ? MONTH_ZH.matcher(s, lower) : NOTHING.matcher("");
		while (m.find()) {
			out.add(new Amount(Amount.Kind.MONTH, new BigDecimal(m.group(1)), null, m.start(), m.end()));
		}
	}

	private static boolean precededByPreposition(String s, int at) {
		String before = s.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
		return before.matches(".*\\b(in|from|since|until|to|of|by|during|early|late|mid)\\s+$");
	}

	private static BigDecimal number(String text) {
		try {
			return new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** "4亿", "27万": a number times its Chinese scale word (万 10^4, 亿 10^8, 万亿 10^12); null stays null. */
	private static BigDecimal zhScaled(BigDecimal v, String scale) {
		if (v == null || scale == null) {
			return v;
		}
		return v.multiply(switch (scale) {
			case "万亿" -> new BigDecimal("1e12");
			case "亿" -> new BigDecimal("1e8");
			default -> new BigDecimal("1e4");
		});
	}

	private static BigDecimal scaled(BigDecimal v, String scale) {
		if (v == null || scale == null) {
			return v;
		}
		return switch (scale.toLowerCase(Locale.ROOT)) {
			case "trillion" -> v.multiply(new BigDecimal("1e12"));
			case "billion", "bn" -> v.multiply(new BigDecimal("1e9"));
			case "million", "mn", "m" -> v.multiply(new BigDecimal("1e6"));
			case "thousand", "k" -> v.multiply(new BigDecimal("1e3"));
			default -> v;
		};
	}

	private static boolean plausible(BigDecimal v) {
		return v != null && v.signum() > 0 && v.compareTo(MAX_PLAUSIBLE) <= 0;
	}

	private static boolean plausiblePercent(BigDecimal v) {
		return v != null && v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0;
	}

	/**
	 * Resolves a month mentioned in an article against the article's date: "in June" in an article of
	 * August 2025 is 2025-06; "in November" in an article of February 2025 is 2024-11.
	 *
	 * @param month 1–12
	 * @param explicitYear a year given in the same sentence, or null
	 * @param published the article's date, or null
	 * @return {@code YYYY-MM}, or null when no year can be known
	 */
	public static String resolveMonth(int month, Integer explicitYear, LocalDate published) {
		if (explicitYear != null) {
			return String.format(Locale.ROOT, "%04d-%02d", explicitYear, month);
		}
		if (published == null) {
			return null;
		}
		int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
		return String.format(Locale.ROOT, "%04d-%02d", year, month);
	}


}
