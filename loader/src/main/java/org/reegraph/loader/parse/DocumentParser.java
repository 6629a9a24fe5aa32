package org.reegraph.loader.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into articles. Two layouts are understood:
 * <ul>
 * <li>the news digest of the bundled corpus: optional header lines ({@code Workflow}, a topic line,
 * {@code icon}, {@code Search documents}), then articles of a title line, a {@code Publisher· YYYY-MM-DD HH:MM}
 * line and a body; a body that comes before the first title belongs to the first article that has none
 * (a fragment cut at the top of a page);</li>
 * <li>plain text or Markdown: an optional {@code Title:}, {@code Source:}, {@code URL:}, {@code Date:} header,
 * else the first line is the title; the rest is the body.</li>
 * </ul>
 */
public final class DocumentParser {

	/** {@code Publisher· 2025-08-06 14:17}; the space after the dot is optional, the time too. */
	private static final Pattern DATE_LINE = Pattern
		.compile("^(.{1,80}?)\\s*[·•]\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2}))?\\s*$");

	private static final Set<String> HEADER_WORDS = Set.of("workflow", "icon", "search documents");

	private static final Pattern FIELD = Pattern.compile("^(?i)(title|source|publisher|url|date)\\s*:\\s*(.*)$");

	private static final List<DateTimeFormatter> PLAIN_DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
			DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("uuuu/M/d"),
			DateTimeFormatter.ofPattern("uuuu年M月d日"));

	private DocumentParser() {
	}

	/**
	 * Parses a document.
	 *
	 * @param document the document name, used in messages and evidence
	 * @param text the decoded text
	 * @return the articles, at least one
	 * @throws DocumentRejectedException when the document holds no usable article, an impossible date or a
	 *         title without body; the message names the line
	 */
	public static List<Article> parse(String document, String text) throws DocumentRejectedException {
		String[] lines = text.split("\n", -1);
		List<Integer> dateLines = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			if (i > 0 && DATE_LINE.matcher(lines[i].strip()).matches() && !lines[i - 1].isBlank()) {
				dateLines.add(i);
			}
		}
		return dateLines.isEmpty() ? parsePlain(document, lines) : parseDigest(document, lines, dateLines);
	}

	private static List<Article> parseDigest(String document, String[] lines, List<Integer> dateLines)
			throws DocumentRejectedException {
		int start = skipHeader(lines, dateLines.get(0) - 1);
		String leading = join(lines, start, dateLines.get(0) - 1);
		List<Article> articles = new ArrayList<>();
		for (int k = 0; k < dateLines.size(); k++) {
			int dateLine = dateLines.get(k);
			int titleLine = dateLine - 1;
			int bodyEnd = k + 1 < dateLines.size() ? dateLines.get(k + 1) - 1 : lines.length;
			String title = lines[titleLine].strip();
			Matcher m = DATE_LINE.matcher(lines[dateLine].strip());
			if (!m.matches()) {
				throw new IllegalStateException("Date line " + (dateLine + 1) + " was matched before.");
			}
			LocalDateTime published = dateTime(document, dateLine + 1, m);
			String body = join(lines, dateLine + 1, bodyEnd);
			articles.add(new Article(document, title, m.group(1).strip(), published, null, body, titleLine + 1));
		}
		if (!leading.isBlank()) {
			for (int k = 0; k < articles.size(); k++) {
				Article a = articles.get(k);
				if (a.body().isBlank()) {
					articles.set(k, new Article(a.document(), a.title(), a.publisher(), a.published(), a.url(), leading,
							a.line()));
					leading = "";
					break;
				}
			}
		}
		for (Article a : articles) {
			if (a.body().isBlank()) {
				throw new DocumentRejectedException(document, "the article '" + a.title() + "' at line " + a.line()
						+ " has a title but no body");
			}
		}
		return articles;
	}

	private static int skipHeader(String[] lines, int limit) {
		int searchAt = -1;
		for (int i = 0; i < Math.min(limit, 8); i++) {
			if (lines[i].strip().equalsIgnoreCase("search documents")) {
				searchAt = i;
			}
		}
		if (searchAt >= 0) {
			return searchAt + 1;
		}
		int i = 0;
		while (i < limit && (lines[i].isBlank() || HEADER_WORDS.contains(lines[i].strip().toLowerCase(Locale.ROOT)))) {
			i++;
		}
		return i;
	}

	private static LocalDateTime dateTime(String document, int line, Matcher m) throws DocumentRejectedException {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
					Integer.parseInt(m.group(4)));
			LocalTime time = m.group(5) == null ? LocalTime.MIDNIGHT
					: LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
			return date.atTime(time);
		}
		catch (DateTimeException ex) {
			throw new DocumentRejectedException(document, "impossible date '" + m.group(2) + "-" + m.group(3) + "-"
					+ m.group(4) + (m.group(5) == null ? "" : " " + m.group(5) + ":" + m.group(6)) + "' at line "
					+ line);
		}
	}

	private static List<Article> parsePlain(String document, String[] lines) throws DocumentRejectedException {
		String title = null;
		String publisher = null;
		String url = null;
		LocalDateTime published = null;
		int i = 0;
		while (i < lines.length && lines[i].isBlank()) {
			i++;
		}
		int titleLine = i + 1;
		Matcher field;
		while (i < lines.length && (field = FIELD.matcher(lines[i].strip())).matches()) {
			String value = field.group(2).strip();
			switch (field.group(1).toLowerCase(Locale.ROOT)) {
				case "title" -> {
					title = value;
					titleLine = i + 1;
				}
				case "source", "publisher" -> publisher = value;
				case "url" -> url = value;
				case "date" -> published = plainDate(document, i + 1, value);
				default -> throw new IllegalStateException("Unhandled header field " + field.group(1));
			}
			i++;
		}
		if (title == null) {
			while (i < lines.length && lines[i].isBlank()) {
				i++;
			}
			if (i == lines.length) {
				throw new DocumentRejectedException(document, "the document has a header but no title and no body");
			}
			title = lines[i].strip().replaceFirst("^#+\\s*", "");
			titleLine = i + 1;
			i++;
		}
		String body = join(lines, i, lines.length);
		if (body.isBlank()) {
			throw new DocumentRejectedException(document, "the article '" + abbreviate(title) + "' at line " + titleLine
					+ " has a title but no body");
		}
		return List.of(new Article(document, title, publisher, published, url, body, titleLine));
	}

	private static LocalDateTime plainDate(String document, int line, String value) throws DocumentRejectedException {
		String v = value.length() >= 10 && value.charAt(4) == '-' && value.length() > 10 ? value.substring(0, 10)
				: value;
		for (DateTimeFormatter f : PLAIN_DATES) {
			try {
				return LocalDate.parse(v, f.withResolverStyle(java.time.format.ResolverStyle.STRICT)).atStartOfDay();
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		throw new DocumentRejectedException(document, "the Date: header at line " + line + " ('" + abbreviate(value)
				+ "') is not a valid date; use YYYY-MM-DD");
	}

	private static String join(String[] lines, int from, int to) {
		StringBuilder sb = new StringBuilder();
		for (int i = Math.max(0, from); i < to && i < lines.length; i++) {
			sb.append(lines[i]).append('\n');
		}
		return sb.toString().strip();
	}

	static String abbreviate(String s) {
		return s.length() <= 80 ? s : s.substring(0, 77) + "...";
	}
}
