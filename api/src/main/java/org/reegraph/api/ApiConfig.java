package org.reegraph.api;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The API's limits and secrets, bound from {@code reegraph.api.*} (environment: {@code REEGRAPH_API_*}).
 *
 * @param maxDepth the deepest query accepted (default 12)
 * @param maxComplexity the highest query cost accepted, where a list field costs its page size ({@code first},
 *        times {@code maxHops} for dependencyPaths) times the cost of what it selects (default 20000)
 * @param maxPageSize the largest {@code first} accepted (default 100)
 * @param maxHops the longest dependency chain accepted (default and ceiling 6)
 * @param queryTimeout the transaction timeout of every statement (default 10 s)
 * @param token the API token that enables the loadDocument mutation; none by default (read-only)
 */
@ConfigurationProperties("reegraph.api")
public record ApiConfig(@Bindable(defaultValue = "12") int maxDepth, @Bindable(defaultValue = "20000") int maxComplexity,
		@Bindable(defaultValue = "100") int maxPageSize, @Bindable(defaultValue = "6") int maxHops,
		@Bindable(defaultValue = "10s") Duration queryTimeout, @Nullable String token) {

	/** {@return true when the loadDocument mutation is enabled} */
	public boolean writable() {
		return token != null && !token.isBlank();
	}
}
