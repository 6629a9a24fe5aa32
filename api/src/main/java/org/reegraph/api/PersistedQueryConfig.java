package org.reegraph.api;

import java.nio.file.Path;
import java.util.Optional;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Persisted queries, bound from {@code reegraph.api.*} (environment: {@code REEGRAPH_API_PERSISTED_ONLY},
 * {@code REEGRAPH_API_PERSISTED_QUERIES}).
 * <p>
 * Automatic persisted queries (the protocol Apollo clients and graphql-java speak: the SHA-256 hash of the document
 * in {@code extensions.persistedQuery}) are always on: a client sends the hash, and the document once when the server
 * does not know it yet. With {@code persistedOnly} the server runs only the operations of the manifest and learns
 * none, for public deployments.
 *
 * @param persistedOnly run only the manifest's operations, whether a request names them by hash or sends their text
 *        (default false)
 * @param persistedQueries a manifest of registered operations: a JSON file in Apollo's persisted query manifest format
 *        ({@code {"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id": <SHA-256 of body>,
 *        "name", "type", "body"}]}}); none by default. Needed with {@code persistedOnly}
 */
@ConfigurationProperties("reegraph.api")
public record PersistedQueryConfig(@Bindable(defaultValue = "false") boolean persistedOnly,
		@Nullable String persistedQueries) {

	/**
	 * Validates: the allow-list mode needs a manifest, else nothing could run.
	 *
	 * @param persistedOnly run only the manifest's operations (default false)
	 * @param persistedQueries the manifest's path, or null
	 */
	public PersistedQueryConfig {
		if (persistedOnly && (persistedQueries == null || persistedQueries.isBlank())) {
			throw new IllegalArgumentException("reegraph.api.persisted-only=true needs a manifest of the operations to "
					+ "run: set reegraph.api.persisted-queries (REEGRAPH_API_PERSISTED_QUERIES) to its path.");
		}
	}

	/** {@return the manifest's path, if one is configured} */
	public Optional<Path> manifest() {
		return persistedQueries == null || persistedQueries.isBlank() ? Optional.empty() : Optional.of(Path.of(persistedQueries));
	}
}
