package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The question {@link ReegraphQueries#dependencyPaths(DependencyQuery)} answers.
 *
 * @param element a symbol or name of the element, any case ({@code Dy}, {@code dysprosium})
 * @param origin an origin country code or name, or null for any
 * @param programCountry the programmes' country code or name, or null for any
 * @param programKind {@code DEFENSE}, {@code CIVIL}, or null for any
 * @param maxHops the longest chain to follow, 1 to {@value #MAX_HOPS}
 * @param first the most paths to return, at least 1
 * @param asOf only statements published on or before this date count (null: every statement); see
 *        {@link ReegraphQueries} for the rule on undated documents
 */
public record DependencyQuery(String element, String origin, String programCountry, String programKind,
		int maxHops, int first, LocalDate asOf) {

	/** The server-side cap on {@code maxHops}: the statement never expands further. */
	public static final int MAX_HOPS = 6;

	/**
	 * Validates, naming the bad value.
	 *
	 * @param element a symbol or name of the element, any case ({@code Dy}, {@code dysprosium})
	 * @param origin an origin country code or name, or null for any
	 * @param programCountry the programmes' country code or name, or null for any
	 * @param programKind {@code DEFENSE}, {@code CIVIL}, or null for any
	 * @param maxHops the longest chain to follow, 1 to {@value #MAX_HOPS}
	 * @param first the most paths to return, at least 1
	 * @param asOf only statements published on or before this date count, or null for every statement
	 */
	public DependencyQuery {
		Objects.requireNonNull(element, "A dependency query needs an element, e.g. \"Dy\".");
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS + ", got " + maxHops + ".");
		}
		if (first < 1) {
			throw new IllegalArgumentException("first must be at least 1, got " + first + ".");
		}
		if (programKind != null && !programKind.equals("DEFENSE") && !programKind.equals("CIVIL")) {
			throw new IllegalArgumentException("programKind must be DEFENSE or CIVIL, got '" + programKind + "'.");
		}
	}

	/**
	 * {@return a query with the defaults: any origin, country and kind, 4 hops, 20 paths}
	 *
	 * @param element the element's symbol or name
	 */
	public static DependencyQuery of(String element) {
		return new DependencyQuery(element, null, null, null, 4, 20);
	}

	/**
	 * The question over every statement, whatever its date.
	 *
	 * @param element a symbol or name of the element
	 * @param origin an origin country code or name, or null for any
	 * @param programCountry the programmes' country code or name, or null for any
	 * @param programKind {@code DEFENSE}, {@code CIVIL}, or null for any
	 * @param maxHops the longest chain to follow, 1 to {@value #MAX_HOPS}
	 * @param first the most paths to return, at least 1
	 */
	public DependencyQuery(String element, String origin, String programCountry, String programKind, int maxHops,
			int first) {
		this(element, origin, programCountry, programKind, maxHops, first, null);
	}

	/**
	 * {@return the same question as known on a date}
	 *
	 * @param date only statements published on or before it count; null for every statement
	 */
	public DependencyQuery asOf(LocalDate date) {
		return new DependencyQuery(element, origin, programCountry, programKind, maxHops, first, date);
	}

	Map<String, Object> parameters() {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("element", element);
		p.put("origin", origin);
		p.put("programCountry", programCountry);
		p.put("programKind", programKind);
		p.put("maxHops", (long) maxHops);
		p.put("first", (long) first);
		p.put("asOf", asOf);
		return p;
	}
}
