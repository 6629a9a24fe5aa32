package org.reegraph.loader.relate.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reegraph.loader.recognize.EntityRecognizer;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Mention;
import org.reegraph.loader.relate.RawFact;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/**
 * Reads the one-line import-source lists of statistical summaries:
 *
 * <pre>
 * Import Sources (2020–23): Gallium metal: China, 53%; Japan, 21%; Canada, 11%; and other, 15%.
 * </pre>
 *
 * Each named country {@code EXPORTS_TO} the importer with {@code sharePct}, the commodity (named before the list,
 * else in the title) and the period ({@code 2020/2023}, or the one year given). The importer is the country of the
 * publisher in the document's header, when the publisher is a country or a public body (a national survey
 * reports its own country's imports; a firm quoting a list does not make its country the importer); a line
 * without one, or without a commodity, makes no fact and is reported as not read.
 * Rule {@code list.import-share}, confidence 0.8, the line as evidence. Thread-safe.
 */
public final class ImportSourcesReader {

	/** Confidence of an import-share fact. */
	public static final double CONFIDENCE = 0.8;

	private static final Pattern LINE = Pattern.compile("(?im)^\\s*import\\s+sources\\s*(?:\\(\\s*((?:19|20)\\d{2})"
			+ "(?:\\s*[–—-]\\s*(\\d{2,4}))?\\s*\\))?\\s*:\\s*(.+)$");
	private static final Pattern ITEM = Pattern.compile("^\\s*(?:and\\s+)?([^,;:]{2,40}?),?\\s+(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*$");
	private static final Pattern REST = Pattern.compile("(?i)^\\s*(?:and\\s+)?others?\\b.*");

	private final EntityRecognizer recognizer;
	private final Function<String, Optional<EntityRef>> countries;

	/**
	 * Creates a reader.
	 *
	 * @param recognizer the recogniser that names countries and commodities
	 * @param countries finds a country entity by ISO code (for a publisher's country)
	 */
	public ImportSourcesReader(EntityRecognizer recognizer, Function<String, Optional<EntityRef>> countries) {
		this.recognizer = Objects.requireNonNull(recognizer, "An import-sources reader needs an entity recogniser.");
		this.countries = Objects.requireNonNull(countries, "An import-sources reader needs the countries.");
	}

	/**
	 * Reads every import-sources line of a text.
	 *
	 * @param title the article's title (may be null)
	 * @param publisher the document's publisher as its header names it (may be null)
	 * @param text the body text
	 * @return the facts with their lines, and the lines not read with the reason
	 */
	public TableReading read(String title, String publisher, String text) {
		List<TableReading.Fact> facts = new ArrayList<>();
		List<TableReading.Rejection> rejections = new ArrayList<>();
		Matcher line = LINE.matcher(text);
		while (line.find()) {
			String written = line.group().strip();
			String list = line.group(3);
			Optional<EntityRef> importer = publisherCountry(publisher);
			if (importer.isEmpty()) {
				rejections.add(new TableReading.Rejection(written,
						"import sources not read: no importer (the publisher's country is not known)"));
				continue;
			}
			// "Rare-earth compounds and metals: China, 70%; …": what is imported comes before the list's first colon
			int colon = list.indexOf(':');
			String what = colon > 0 ? list.substring(0, colon) : "";
			String items = colon > 0 ? list.substring(colon + 1) : list;
			List<String> texts = new ArrayList<>();
			texts.add(what);
			if (title != null) {
				texts.add(title);
			}
			Optional<EntityRef> commodity = TableReader.commodity(recognizer, texts);
			if (commodity.isEmpty()) {
				rejections.add(new TableReading.Rejection(written, "import sources not read: no commodity named"));
				continue;
			}
			String period = period(line.group(1), line.group(2));
			for (String part : items.replaceFirst("\\.\\s*$", "").split(";")) {
				Matcher item = ITEM.matcher(part);
				if (REST.matcher(part).matches() || !item.matches()) {
					continue; // "and other, 6%"
				}
				Optional<EntityRef> exporter = TableReader.first(recognizer, item.group(1), Label.COUNTRY);
				if (exporter.isEmpty() || exporter.get().id().equals(importer.get().id())) {
					continue;
				}
				Map<String, Object> props = new LinkedHashMap<>();
				props.put("commodity", commodity.get().name().toLowerCase(java.util.Locale.ROOT));
				props.put("sharePct", number(item.group(2)));
				if (period != null) {
					props.put("period", period);
				}
				facts.add(new TableReading.Fact(new RawFact(RelType.EXPORTS_TO, exporter.get(), importer.get(), props,
						"list.import-share", CONFIDENCE), written));
			}
		}
		return facts.isEmpty() && rejections.isEmpty() ? TableReading.EMPTY : new TableReading(facts, rejections);
	}

	/** The country a publisher speaks for: a country it names, or the country of the public body it is. */
	private Optional<EntityRef> publisherCountry(String publisher) {
		if (publisher == null || publisher.isBlank()) {
			return Optional.empty();
		}
		for (Mention m : recognizer.recognize(publisher)) {
			if (m.entity().label() == Label.COUNTRY && !m.adjective()) {
				return Optional.of(m.entity());
			}
			String code = m.entity().countryCode();
			if (code != null && m.entity().label() == Label.ORGANIZATION) {
				return countries.apply(code);
			}
		}
		return Optional.empty();
	}

	private static String period(String from, String to) {
		if (from == null) {
			return null;
		}
		if (to == null) {
			return from;
		}
		String end = to.length() == 2 ? from.substring(0, 2) + to : to;
		return from + "/" + end;
	}

	private static Number number(String s) {
		java.math.BigDecimal v = new java.math.BigDecimal(s).stripTrailingZeros();
		return v.scale() <= 0 ? (Number) v.longValueExact() : (Number) v.doubleValue();
	}
}
