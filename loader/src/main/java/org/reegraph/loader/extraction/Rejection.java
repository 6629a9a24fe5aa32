package org.reegraph.loader.extraction;

/**
 * A document that was not loaded, and why.
 *
 * @param document the file (or name) of the document
 * @param reason what is wrong, in words for the person who supplied it
 */
public record Rejection(String document, String reason) {

	@Override
	public String toString() {
		return document + ": " + reason;
	}
}
