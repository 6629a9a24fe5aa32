package org.reegraph.cypher.query;

import java.util.Objects;

/**
 * One what-if cut-off: an origin country stops supplying an element (and the materials containing it).
 *
 * @param origin the country: a code or name ({@code CN}, {@code China})
 * @param element the element: a symbol or name ({@code Dy})
 */
public record CutOff(String origin, String element) {

	/**
	 * Validates.
	 *
	 * @param origin the country
	 * @param element the element
	 */
	public CutOff {
		Objects.requireNonNull(origin, "A cut-off needs an origin country, e.g. \"CN\".");
		Objects.requireNonNull(element, "A cut-off needs an element, e.g. \"Dy\".");
	}
}
