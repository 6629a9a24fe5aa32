package org.reegraph.api.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two media types a GraphQL response is sent as (GraphQL over HTTP), and which one an {@code Accept} header
 * asks for.
 * <p>
 * {@code application/graphql-response+json} carries the specification's status codes (a request that fails before
 * execution is a 4xx); {@code application/json} is the older convention every client understands (200 for any
 * well-formed request) and is what a client gets that sends no preference, {@code *}{@code /*} or
 * {@code application/*}.
 */
enum ResponseMediaType {

	/** The specification's media type. */
	GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
	/** The legacy media type, the default. */
	JSON("application/json");

	private final String name;

	ResponseMediaType(String name) {
		this.name = name;
	}

	/** {@return the media type with the charset, as sent in Content-Type} */
	String contentType() {
		return name + ";charset=utf-8";
	}

	/**
	 * Picks the response type for the Accept header values, by quality; at equal quality a type the client names
	 * wins over one it reaches by a wildcard, and of two named ones the specification's.
	 *
	 * @param accept the Accept header values (empty when the client sent none)
	 * @return the type, or empty when the client accepts neither (406)
	 */
	static Optional<ResponseMediaType> negotiate(List<String> accept) {
		if (accept.stream().allMatch(String::isBlank)) {
			return Optional.of(JSON);
		}
		Match best = null;
		for (ResponseMediaType type : values()) {
			Match match = type.match(accept);
			if (match != null && match.quality > 0 && (best == null || match.beats(best))) {
				best = match;
			}
		}
		return Optional.ofNullable(best).map(Match::type);
	}

	/** The most specific range of the header that covers this type, or null. */
	private Match match(List<String> accept) {
		Match found = null;
		for (String header : accept) {
			for (String range : header.split(",")) {
				String[] parts = range.split(";");
				String mediaRange = parts[0].trim().toLowerCase(Locale.ROOT);
				int specificity = mediaRange.equals(name) ? 2
						: mediaRange.equals("application/*") ? 1 : mediaRange.equals("*/*") ? 0 : -1;
				if (specificity < 0 || (found != null && found.specificity >= specificity)) {
					continue;
				}
				found = new Match(this, specificity, quality(parts));
			}
		}
		return found;
	}

	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2).trim());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

	private record Match(ResponseMediaType type, int specificity, double quality) {

		boolean beats(Match other) {
			if (quality != other.quality) {
				return quality > other.quality;
			}
			if (specificity != other.specificity) {
				return specificity > other.specificity;
			}
			// Both named: the specification's type; both by wildcard: the default, application/json.
			return specificity == 2 ? type == GRAPHQL_RESPONSE_JSON : type == JSON;
		}
	}
}
