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
 */
@ConfigurationProperties("reegraph.api")
public record ApiConfig(@Bindable(defaultValue = "12") int maxDepth, @Bindable(defaultValue = "20000") int maxComplexity,
		@Bindable(defaultValue = "100") int maxPageSize, @Bindable(defaultValue = "6") int maxHops,
		@Bindable(defaultValue = "10s") Duration queryTimeout, @Nullable String token) {

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
		if (queryTimeout == null || queryTimeout.isZero() || queryTimeout.isNegative()) {
			throw new IllegalArgumentException("reegraph.api.query-timeout must be positive, got " + queryTimeout + ".");
		}
	}

	/** {@return true when the loadDocument mutation is enabled} */
	public boolean writable() {
		return token != null && !token.isBlank();
	}
}
