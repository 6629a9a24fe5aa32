package org.reegraph.api;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import org.reegraph.cypher.query.DependencyQuery;

/**
 * The API's limits and secrets, bound from {@code reegraph.api.*} (environment: {@code REEGRAPH_API_*}).
 *
 * @param maxDepth the deepest query accepted (default 12)
 * @param maxComplexity the highest query cost accepted, where a list field costs its page size ({@code first},
 *        times {@code maxHops} for dependencyPaths) times the cost of what it selects (default 20000)
 * @param maxPageSize the largest {@code first} accepted (default 100, at least 20)
 * @param maxHops the longest dependency chain accepted (default and ceiling 6; the default request asks for 4)
 * @param queryTimeout the transaction timeout of every statement (default 10 s)
 * @param token the API token that enables the loadDocument mutation; none by default (read-only)
 * @param maxQueryLength the longest query document accepted, in characters (default 100000); variables do not count
 * @param maxQueryTokens the most GraphQL tokens (names, punctuation, values) a query document may have (default 15000)
 * @param maxAliases the most aliased fields a query may have, fragments expanded (default 30): aliases are the only
 *        way to ask for one field many times, and each aliased list or top-level field runs its own statement
 * @param introspectionEnabled whether clients may ask for the schema ({@code __schema}, {@code __type}; default true,
 *        which GraphiQL needs); {@code __typename} always works
 */
@ConfigurationProperties("reegraph.api")
public record ApiConfig(@Bindable(defaultValue = "12") int maxDepth, @Bindable(defaultValue = "20000") int maxComplexity,
		@Bindable(defaultValue = "100") int maxPageSize, @Bindable(defaultValue = "6") int maxHops,
		@Bindable(defaultValue = "10s") Duration queryTimeout, @Nullable String token,
		@Bindable(defaultValue = "100000") int maxQueryLength, @Bindable(defaultValue = "15000") int maxQueryTokens,
		@Bindable(defaultValue = "30") int maxAliases, @Bindable(defaultValue = "true") boolean introspectionEnabled) {

	/** The schema's largest default page size ({@code first: Int = 20}); a smaller maxPageSize would refuse defaults. */
	public static final int SMALLEST_MAX_PAGE_SIZE = 20;

	/**
	 * Validates, naming the bad value.
	 *
	 * @param maxDepth the deepest query accepted (default 12)
	 * @param maxComplexity the highest query cost accepted, where a list field costs its page size ({@code first},
	 *        times {@code maxHops} for dependencyPaths) times the cost of what it selects (default 20000)
	 * @param maxPageSize the largest {@code first} accepted (default 100, at least 20)
	 * @param maxHops the longest dependency chain accepted (default and ceiling 6; the default request asks for 4)
	 * @param queryTimeout the transaction timeout of every statement (default 10 s)
	 * @param token the API token that enables the loadDocument mutation; none by default (read-only)
	 * @param maxQueryLength the longest query document accepted, in characters (default 100000)
	 * @param maxQueryTokens the most GraphQL tokens a query document may have (default 15000)
	 * @param maxAliases the most aliased fields a query may have, fragments expanded (default 30)
	 * @param introspectionEnabled whether clients may ask for the schema (default true)
	 */
	public ApiConfig {
		if (maxPageSize < SMALLEST_MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("reegraph.api.max-page-size must be at least " + SMALLEST_MAX_PAGE_SIZE
					+ " (the schema's default page size), got " + maxPageSize + ".");
		}
		if (maxHops < 1 || maxHops > DependencyQuery.MAX_HOPS) {
			throw new IllegalArgumentException("reegraph.api.max-hops must be between 1 and " + DependencyQuery.MAX_HOPS
					+ ", got " + maxHops + ".");
		}
		if (maxDepth < 1 || maxComplexity < 1) {
			throw new IllegalArgumentException("reegraph.api.max-depth and max-complexity must be positive, got "
					+ maxDepth + " and " + maxComplexity + ".");
		}
		if (maxQueryLength < 1 || maxQueryTokens < 1 || maxAliases < 0) {
			throw new IllegalArgumentException("reegraph.api.max-query-length and max-query-tokens must be positive and "
					+ "max-aliases not negative, got " + maxQueryLength + ", " + maxQueryTokens + " and " + maxAliases + ".");
		}
		if (queryTimeout == null || queryTimeout.isZero() || queryTimeout.isNegative()) {
			throw new IllegalArgumentException("reegraph.api.query-timeout must be positive, got " + queryTimeout + ".");
		}
	}

	/** {@return true when the loadDocument mutation is enabled} */
	public boolean writable() {
		return token != null && !token.isBlank();
	}

	/** {@return the settings with the token redacted: a record's default toString would print it} */
	@Override
	public String toString() {
		return "ApiConfig[maxDepth=" + maxDepth + ", maxComplexity=" + maxComplexity + ", maxPageSize=" + maxPageSize
				+ ", maxHops=" + maxHops + ", queryTimeout=" + queryTimeout + ", token=" + (writable() ? "<redacted>"
						: "<none>") + ", maxQueryLength=" + maxQueryLength + ", maxQueryTokens=" + maxQueryTokens
				+ ", maxAliases=" + maxAliases + ", introspectionEnabled=" + introspectionEnabled + "]";
	}
}
