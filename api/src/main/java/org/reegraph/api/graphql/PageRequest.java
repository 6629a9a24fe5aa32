package org.reegraph.api.graphql;

import java.util.Map;

/**
 * What page a connection field asks for, by the Relay cursor connections rules: {@code first} (with {@code
 * after}) pages forward, {@code last} (with {@code before}) pages backward; both cursors may bound the window.
 *
 * @param field the field's name, for messages
 * @param size how many edges at most
 * @param backward true when {@code last} was given: the page is the window's end
 * @param after the cursor to start after, or null
 * @param before the cursor to end before, or null
 */
record PageRequest(String field, int size, boolean backward, String after, String before) {

	/** The page size when neither first nor last is given: the list fields' default. */
	static final int DEFAULT_SIZE = 20;

	/**
	 * {@return the page a connection field's arguments ask for}
	 *
	 * @param field the field's name
	 * @param arguments its arguments
	 * @throws IllegalArgumentException when first and last are both given, or one is negative
	 */
	static PageRequest of(String field, Map<String, Object> arguments) {
		Integer first = (Integer) arguments.get("first");
		Integer last = (Integer) arguments.get("last");
		if (first != null && last != null) {
			throw new IllegalArgumentException("first: " + first + " and last: " + last + " on " + field
					+ ": give one of them, not both (first pages forward from after, last backward from before).");
		}
		if (first != null && first < 0) {
			throw new IllegalArgumentException("first: " + first + " on " + field + " must not be negative.");
		}
		if (last != null && last < 0) {
			throw new IllegalArgumentException("last: " + last + " on " + field + " must not be negative.");
		}
		return new PageRequest(field, last != null ? last : first != null ? first : DEFAULT_SIZE, last != null,
				(String) arguments.get("after"), (String) arguments.get("before"));
	}
}
