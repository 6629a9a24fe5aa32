package org.reegraph.loader.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One article of a document.
 *
 * @param document the file name the article was read from
 * @param title the title line
 * @param publisher the publisher, or null
 * @param published the publication time, or null when the document gives none (then dates like "in June"
 *        cannot be resolved)
 * @param url the URL from a plain-text header, or null
 * @param body the body text (may be Chinese, English or both)
 * @param line the 1-based line of the title in the document
 */
public record Article(String document, String title, String publisher, LocalDateTime published, String url,
		String body, int line) {

	private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

	/**
	 * Validates the components.
	 *
	 * @param document the file name the article was read from
	 * @param title the title line
	 * @param publisher the publisher, or null
	 * @param published the publication time, or null when the document gives none (then dates like "in June"
	 *        cannot be resolved)
	 * @param url the URL from a plain-text header, or null
	 * @param body the body text (may be Chinese, English or both)
	 * @param line the 1-based line of the title in the document
	 */
	public Article {
		Objects.requireNonNull(document, "An article needs its document name.");
		Objects.requireNonNull(title, "An article needs a title.");
		Objects.requireNonNull(body, "An article needs a body.");
	}

	/** {@return the publication date, or null} */
	public LocalDate publishedDate() {
		return published == null ? null : published.toLocalDate();
	}

	/**
	 * {@return a stable id: the same title and date give the same id, whichever file the article came in, so
	 * an article that appears in two files is loaded once}
	 */
	public String id() {
		String key = WHITESPACE.matcher(title.strip().toLowerCase(Locale.ROOT)).replaceAll(" ") + "|"
				+ (published == null ? "" : published.toLocalDate().toString());
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return "article:" + HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK.", ex);
		}
	}
}
