package org.reegraph.model;

/**
 * The value type of a fact property the contract names. The GraphQL schema and the filters take their scalar
 * from it; the loader writes values of this type.
 */
public enum PropertyType {

	/** Text, as the source gives it ({@code "2025-06"}, {@code "oxide"}). */
	STRING,
	/** A whole number (a year). */
	INTEGER,
	/** A number that may have a fraction (quantities, shares, prices, money). */
	FLOAT,
	/** A calendar date. */
	DATE
}
