package org.reegraph.loader.parse;

/**
 * A document cannot be read. The message names the file and, where it helps, the line or byte offset;
 * it is written for the person who supplied the file, not for a developer.
 */
public final class DocumentRejectedException extends Exception {

	private static final long serialVersionUID = 1L;

	/** The file name or path of the rejected document. */
	private final String document;
	/** What is wrong with the document, without its name. */
	private final String reason;

	/**
	 * Creates the exception.
	 *
	 * @param document the file name or path
	 * @param reason what is wrong, e.g. "not UTF-8: invalid byte 0xC3 at offset 17"
	 */
	public DocumentRejectedException(String document, String reason) {
		super(document + ": " + reason);
		this.document = document;
		this.reason = reason;
	}

	/** {@return the document that was rejected} */
	public String document() {
		return document;
	}

	/** {@return what is wrong with it, without the document name} */
	public String reason() {
		return reason;
	}
}
