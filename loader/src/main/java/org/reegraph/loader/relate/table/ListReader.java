package org.reegraph.loader.relate.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.loader.quantity.Amount;
import org.reegraph.loader.quantity.QuantityParser;
import org.reegraph.loader.recognize.EntityRecognizer;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.loader.relate.RawFact;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/**
 * Reads ranked lists of countries with a figure each, the other layout reports and web pages use for
 * production and reserves:
 *
 * <pre>
 * Rare earth mine production in 2023 (metric tons)
 * 1. China: 240,000 metric tons
 * 2. United States – 43,000 tonnes (12%)
 * - Myanmar: 38,000 t
 * </pre>
 *
 * A list is two or more consecutive lines that each hold an optional bullet or rank, exactly one country, a
 * separator ({@code :}, a dash or a tab) and a quantity with its unit. The lines above it (or else the title) say
 * what the figures are: production ("production", "output", "mined", "producers") gives {@code PRODUCES}
 * (quantity, unit, the year they name, the share in parentheses), reserves give {@code HOLDS_RESERVES}; they must
 * also name the commodity. A list whose heading says neither, or names no commodity, makes no fact. Rules
 * {@code list.production} and {@code list.reserves}, confidence 0.85, the line as evidence. Thread-safe.
 */
public final class ListReader {

	/** Confidence of a list fact. */
	public static final double CONFIDENCE = 0.85;

	private static final Pattern ITEM = Pattern
		.compile("^\\s*(?:[-•*·]\\s*|\\d{1,2}[.)]\\s+|#\\d{1,2}\\s+)?([^:\\t–—|]{2,40}?)\\s*(?::|\\t|\\s[-–—]\\s|[–—])\\s*(.+)$");
	private static final Pattern PRODUCTION = Pattern.compile("(?i)\\b(production|output|produc(?:ed|ers?|ing)|mined|"
			+ "mine\\s+production|mining)\\b");
	private static final Pattern RESERVES = Pattern.compile("(?i)\\breserves?\\b");
	private static final Pattern YEAR = Pattern.compile("\\b(19[89]\\d|20[0-4]\\d)\\b");

	private final EntityRecognizer recognizer;
	private final QuantityParser quantities = new QuantityParser();

	/**
	 * Creates a reader.
	 *
	 * @param recognizer the recogniser that names countries and commodities
	 */
	public ListReader(EntityRecognizer recognizer) {
		this.recognizer = Objects.requireNonNull(recognizer, "A list reader needs an entity recogniser.");
	}

	/** An item line read: its country and figures. */
	private record Item(String line, EntityRef country, Amount quantity, Amount share) {
	}

	/**
	 * Reads every list of a text.
	 *
	 * @param title the article's title (may be null)
	 * @param text the body text, lines as written
	 * @return the facts with their lines, and the lists not read with the reason
	 */
	public TableReading read(String title, String text) {
		String[] lines = text.split("\\R", -1);
		List<TableReading.Fact> facts = new ArrayList<>();
		List<TableReading.Rejection> rejections = new ArrayList<>();
		int i = 0;
		while (i < lines.length) {
			List<Item> items = new ArrayList<>();
			int j = i;
			for (Item item = item(lines[j]); item != null; item = j < lines.length ? item(lines[j]) : null) {
				items.add(item);
				j++;
				if (j >= lines.length) {
					break;
				}
			}
			if (items.size() < 2) {
				i = Math.max(i + 1, j);
				continue;
			}
			read(heading(lines, i, title), title, items, facts, rejections);
			i = j;
		}
		return facts.isEmpty() && rejections.isEmpty() ? TableReading.EMPTY : new TableReading(facts, rejections);
	}

	private void read(List<String> heading, String title, List<Item> items, List<TableReading.Fact> facts,
			List<TableReading.Rejection> rejections) {
		String first = items.get(0).line();
		// what the figures are: the lines above the list say; the title only where they say nothing
		String above = String.join("\n", heading.subList(0, heading.size() - (title == null ? 0 : 1)));
		String context = String.join("\n", heading);
		RelType type = kind(above);
		if (type == null && title != null && !RESERVES.matcher(above).find() && !PRODUCTION.matcher(above).find()) {
			type = kind(title);
		}
		if (type == null) {
			rejections.add(new TableReading.Rejection(first, RESERVES.matcher(context).find()
					&& PRODUCTION.matcher(context).find() && kind(above) == null && !above.isBlank()
							? "list not read: the lines above it speak of both production and reserves"
							: "list not read: the lines above it say neither production nor reserves"));
			return;
		}
		Optional<EntityRef> commodity = TableReader.commodity(recognizer, heading);
		if (commodity.isEmpty()) {
			rejections.add(new TableReading.Rejection(first, "list not read: no commodity named above it or in the title"));
			return;
		}
		Matcher year = YEAR.matcher(context);
		Integer y = year.find() ? Integer.valueOf(year.group(1)) : null;
		for (Item item : items) {
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("quantity", item.quantity().asNumber());
			props.put("unit", item.quantity().unit());
			if (item.share() != null) {
				props.put("sharePct", item.share().asNumber());
			}
			if (y != null && type == RelType.PRODUCES) {
				props.put("year", y);
			}
			String rule = type == RelType.PRODUCES ? "list.production" : "list.reserves";
			facts.add(new TableReading.Fact(new RawFact(type, item.country(), commodity.get(), props, rule, CONFIDENCE),
					item.line().strip()));
		}
	}

	/** PRODUCES or HOLDS_RESERVES for a heading that speaks of one of them only, else null. */
	private static RelType kind(String text) {
		boolean reserves = RESERVES.matcher(text).find();
		boolean production = PRODUCTION.matcher(text).find();
		return reserves == production ? null : reserves ? RelType.HOLDS_RESERVES : RelType.PRODUCES;
	}

	/** The heading lines above a list (up to three, one paragraph), then the title. */
	private static List<String> heading(String[] lines, int at, String title) {
		List<String> out = new ArrayList<>();
		for (int k : TableReader.above(lines, at - 1, 0, 3)) {
			out.add(lines[k]);
		}
		if (title != null) {
			out.add(title);
		}
		return out;
	}

	private Item item(String line) {
		Matcher m = ITEM.matcher(line);
		if (!m.matches()) {
			return null;
		}
		String name = m.group(1).strip();
		List<Mention> names = TableReader.names(recognizer, name);
		if (names.size() != 1 || names.get(0).entity().label() != Label.COUNTRY || names.get(0).adjective()
				|| names.get(0).length() < name.replaceAll("^(?i)the\\s+", "").length() - 1) {
			return null;
		}
		List<Amount> amounts = quantities.parse(m.group(2));
		Amount quantity = amounts.stream().filter(a -> a.kind() == Amount.Kind.QUANTITY).findFirst().orElse(null);
		if (quantity == null || quantity.value().compareTo(BigDecimal.ZERO) <= 0 || quantity.start() > 3) {
			return null;
		}
		Amount share = amounts.stream().filter(a -> a.kind() == Amount.Kind.PERCENT).findFirst().orElse(null);
		return new Item(line, names.get(0).entity(), quantity, share);
	}

}
