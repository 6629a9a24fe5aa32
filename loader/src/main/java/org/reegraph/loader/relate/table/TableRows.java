package org.reegraph.loader.relate.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.reegraph.loader.quantity.Amount;
import org.reegraph.loader.recognize.EntityRecognizer;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.loader.relate.RawFact;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/**
 * Reads the rows of one table, once its header, caption and heading lines are known. Used once per table.
 */
final class TableRows {

	/** Rows that sum or lump countries together: no fact, and not an error either. */
	private static final Pattern NO_FACT_ROW = Pattern
		.compile("(?i)(world(\\s+total)?|total|other\\s+countries|others?|rest\\s+of\\s+(the\\s+)?world)\\b.*");

	private final EntityRecognizer recognizer;
	private final List<String> header;
	private final List<String> rows;
	private final List<String> caption;
	private final List<String> heading;
	private final String title;

	TableRows(EntityRecognizer recognizer, List<String> header, List<String> rows, List<String> caption,
			List<String> heading, String title) {
		this.recognizer = recognizer;
		this.header = header;
		this.rows = rows;
		this.caption = caption;
		this.heading = heading;
		this.title = title;
	}

	void read(List<TableReading.Fact> facts, List<TableReading.Rejection> rejections) {
		String first = header.get(0);
		List<String> near = new ArrayList<>(header);
		java.util.Collections.reverse(near);
		near.addAll(caption);
		Header.Columns columns = Header.columns(header, String.join("\n", near));
		if (columns.problem() != null) {
			rejections.add(new TableReading.Rejection(first, "table not read: " + columns.problem()));
			return;
		}
		boolean quantities = columns.columns().stream().anyMatch(c -> c.kind() != Header.Kind.IMPORT_SHARE);
		Header.Unit unit = Header.unit(String.join("\n", near));
		if (unit == null && !heading.isEmpty()) {
			// "World Mine Production and Reserves (metric tons …)" may head the section a line or two above the caption
			unit = Header.unit(String.join("\n", heading));
		}
		if (quantities && unit == null) {
			rejections.add(new TableReading.Rejection(first,
					"table not read: no unit (metric tons, tonnes, kg) in its caption or header"));
			return;
		}
		List<String> commodityTexts = new ArrayList<>(caption);
		commodityTexts.addAll(header);
		commodityTexts.addAll(heading);
		if (title != null) {
			commodityTexts.add(title);
		}
		Optional<EntityRef> commodity = TableReader.commodity(recognizer, commodityTexts);
		if (commodity.isEmpty()) {
			rejections.add(new TableReading.Rejection(first,
					"table not read: no commodity named in its caption, heading or title"));
			return;
		}
		EntityRef importer = null;
		if (columns.columns().stream().anyMatch(c -> c.kind() == Header.Kind.IMPORT_SHARE)) {
			List<EntityRef> named = caption.stream().flatMap(l -> countries(l, true).stream()).distinct().toList();
			if (named.size() != 1) {
				rejections.add(new TableReading.Rejection(first, named.isEmpty()
						? "table not read: its caption does not name whose imports the shares are"
						: "table not read: its caption names more than one country"));
				return;
			}
			importer = named.get(0);
		}
		for (String row : rows) {
			String problem = row(row, columns.columns(), unit, commodity.get(), importer, facts);
			if (problem != null) {
				rejections.add(new TableReading.Rejection(row, problem));
			}
		}
	}

	/** Reads one row into facts; {@return why it was rejected, or null} */
	private String row(String line, List<Header.Column> columns, Header.Unit unit, EntityRef commodity,
			EntityRef importer, List<TableReading.Fact> facts) {
		Cells.Row row = Cells.split(line);
		String name = Cells.name(row.name());
		if (NO_FACT_ROW.matcher(name).matches()) {
			return null;
		}
		if (row.values().size() != columns.size()) {
			return "expected " + columns.size() + " value" + (columns.size() == 1 ? "" : "s") + " after the name, found "
					+ row.values().size();
		}
		List<BigDecimal> values = new ArrayList<>();
		for (int k = 0; k < columns.size(); k++) {
			Cells.Value v = Cells.value(row.values().get(k));
			if (v.problem() != null) {
				return "value " + (k + 1) + ": " + v.problem();
			}
			if (v.number() != null && columns.get(k).kind() == Header.Kind.IMPORT_SHARE
					&& v.number().compareTo(BigDecimal.valueOf(100)) > 0) {
				return "value " + (k + 1) + ": a share of " + v.number().toPlainString() + "% is over 100%";
			}
			values.add(v.number());
		}
		List<EntityRef> countries = countries(name, false);
		if (countries.size() != 1) {
			return countries.isEmpty() ? "'" + name + "' is not exactly a country's name"
					: "'" + name + "' names more than one country";
		}
		EntityRef country = countries.get(0);
		for (int k = 0; k < columns.size(); k++) {
			BigDecimal v = values.get(k);
			if (v == null || v.signum() == 0) {
				continue; // no value, or none produced: nothing to relate
			}
			Header.Column column = columns.get(k);
			Map<String, Object> p = new LinkedHashMap<>();
			RawFact fact = switch (column.kind()) {
				case PRODUCTION -> {
					p.put("quantity", number(v.multiply(unit.factor())));
					p.put("unit", unit.unit());
					if (column.year() != null) {
						p.put("year", column.year());
					}
					yield new RawFact(RelType.PRODUCES, country, commodity, p, "table.production", TableReader.CONFIDENCE);
				}
				case RESERVES -> {
					p.put("quantity", number(v.multiply(unit.factor())));
					p.put("unit", unit.unit());
					yield new RawFact(RelType.HOLDS_RESERVES, country, commodity, p, "table.reserves", TableReader.CONFIDENCE);
				}
				case IMPORT_SHARE -> {
					if (country.id().equals(importer.id())) {
						yield null;
					}
					p.put("sharePct", number(v));
					p.put("commodity", commodity.name().toLowerCase(Locale.ROOT));
					yield new RawFact(RelType.EXPORTS_TO, country, importer, p, "table.import-share", TableReader.CONFIDENCE);
				}
			};
			if (fact != null) {
				facts.add(new TableReading.Fact(fact, line));
			}
		}
		return null;
	}

	/**
	 * {@return the distinct countries a text names}; for a row name ({@code anywhere} false) the name must be
	 * nothing but country names (with brackets: "Burma (Myanmar)"), else none is returned
	 */
	private List<EntityRef> countries(String text, boolean anywhere) {
		List<Mention> found = TableReader.names(recognizer, text).stream()
			.filter(m -> m.entity().label() == Label.COUNTRY
					&& (anywhere || !m.adjective()))
			.toList();
		if (!anywhere) {
			StringBuilder rest = new StringBuilder(text);
			for (Mention m : found) {
				for (int k = m.start(); k < m.end(); k++) {
					rest.setCharAt(k, ' ');
				}
			}
			if (rest.toString().codePoints().anyMatch(Character::isLetter)) {
				return List.of();
			}
		}
		return found.stream().map(Mention::entity).distinct().toList();
	}

	private static Number number(BigDecimal v) {
		return new Amount(Amount.Kind.QUANTITY, v, null, 0, 1).asNumber();
	}
}
