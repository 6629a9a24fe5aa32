package org.reegraph.loader.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a document's bytes into text, or says precisely why it cannot: documents are UTF-8 (a BOM is
 * tolerated); anything else is rejected.
 */
public final class TextDecoder {

	private TextDecoder() {
	}

	/**
	 * Decodes and validates.
	 *
	 * @param document the document name for messages
	 * @param bytes the content
	 * @return the text without BOM, line endings normalised to {@code \n}
	 * @throws DocumentRejectedException when the bytes are not a UTF-8 text document
	 */
	public static String decode(String document, byte[] bytes) throws DocumentRejectedException {
		if (bytes.length == 0) {
			throw new DocumentRejectedException(document, "the file is empty");
		}
		String binary = binaryKind(bytes);
		if (binary != null) {
			throw new DocumentRejectedException(document, "this is a binary file (" + binary + "), not a text document");
		}
		if ((bytes[0] == (byte) 0xFE && bytes.length > 1 && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes.length > 1 && bytes[1] == (byte) 0xFE)) {
			throw new DocumentRejectedException(document,
					"the file is UTF-16 (byte-order mark at offset 0); save it as UTF-8 and load it again");
		}
		int offset = 0;
		if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
			offset = 3;
		}
		for (int i = offset; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new DocumentRejectedException(document, "NUL byte at offset " + i
						+ ": this is a binary file or not UTF-8 text");
			}
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int at = in.position();
			throw new DocumentRejectedException(document, String.format(Locale.ROOT,
					"not valid UTF-8: invalid byte 0x%02X at offset %d (line %d); save the file as UTF-8", bytes[at],
					at, lineAt(bytes, at)));
		}
		try {
			decoder.flush(out);
		}
		catch (RuntimeException ex) {
			throw new DocumentRejectedException(document, "not valid UTF-8 at the end of the file");
		}
		out.flip();
		String text = out.toString().replace("\r\n", "\n").replace('\r', '\n');
		if (text.isBlank()) {
			throw new DocumentRejectedException(document, "the file holds only white space");
		}
		String head = text.stripLeading().toLowerCase(Locale.ROOT);
		if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")) {
			throw new DocumentRejectedException(document,
					"this is HTML/XML markup, not a text article; save the page as plain text first");
		}
		return text;
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/** Recognises common binary formats by their magic numbers. */
	static String binaryKind(byte[] b) {
		if (startsWith(b, 0x89, 'P', 'N', 'G')) {
			return "PNG image";
		}
		if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
			return "ZIP archive";
		}
		if (startsWith(b, '%', 'P', 'D', 'F')) {
			return "PDF document";
		}
		if (startsWith(b, 0x1F, 0x8B)) {
			return "gzip archive";
		}
		if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
			return "JPEG image";
		}
		if (startsWith(b, 'G', 'I', 'F', '8')) {
			return "GIF image";
		}
		if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
			return "ELF executable";
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Decodes a string handed over directly (no bytes to check).
	 *
	 * @param document the name
	 * @param text the text
	 * @return the normalised text
	 * @throws DocumentRejectedException when blank
	 */
	public static String normalise(String document, String text) throws DocumentRejectedException {
		if (text == null || text.isBlank()) {
			throw new DocumentRejectedException(document, "the document is empty");
		}
		return text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
	}

}
