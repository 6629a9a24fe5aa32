package org.reegraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

/**
 * Where the engine gets a request's parsed document from: automatic persisted queries (Apollo's protocol, as
 * graphql-java implements it: {@code extensions.persistedQuery.sha256Hash}), the registered operations of a manifest,
 * and for every other request the cache of recently parsed texts ({@link ParsedDocuments}).
 * <p>
 * A hash the server does not know is answered {@code PersistedQueryNotFound}; the client then sends the hash with the
 * document, which is checked against the hash, parsed, validated and kept. The documents learnt this way are kept in
 * a cache bounded by their total length ({@link #MAX_LEARNT_CHARACTERS}); the manifest's are never evicted. In the
 * allow-list mode ({@code reegraph.api.persisted-only}) only the manifest's operations run — named by hash or sent as
 * text — and nothing is learnt.
 */
final class PersistedQueries extends ApolloPersistedQuerySupport {

	/** The most document text, in characters, learnt from clients and kept. */
	static final long MAX_LEARNT_CHARACTERS = 2_000_000;

	private final ParsedDocuments parsed;
	private final Map<String, String> registered;
	private final boolean persistedOnly;

	PersistedQueries(Map<String, String> registered, boolean persistedOnly) {
		this(new LearntDocuments(registered), new ParsedDocuments(), registered, persistedOnly);
	}

	private PersistedQueries(LearntDocuments cache, ParsedDocuments parsed, Map<String, String> registered,
			boolean persistedOnly) {
		super(cache);
		this.parsed = parsed;
		this.registered = registered;
		this.persistedOnly = persistedOnly;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Object extension = input.getExtensions().get("persistedQuery");
		if (extension != null && !(extension instanceof Map<?, ?> map && (map.get("version") == null
				|| Integer.valueOf(1).equals(map.get("version"))))) {
			return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
				.message("extensions.persistedQuery must be an object {\"version\": 1, \"sha256Hash\": \"<SHA-256 of the "
						+ "query, hex>\"}, got " + extension + ".")
				.locations(null)
				.extensions(Map.of("classification", "BAD_REQUEST"))
				.build()));
		}
		Object hash = getPersistedQueryId(input).orElse(null);
		if (persistedOnly) {
			String query = input.getQuery();
			boolean textSent = !query.isBlank() && !query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER);
			String key = textSent ? PersistedQueryManifest.sha256(query) : String.valueOf(hash).toLowerCase(Locale.ROOT);
			String document = registered.get(key);
			if (document == null) {
				return CompletableFuture.completedFuture(textSent || hash == null ? notRegistered()
						: mkMissingError(new PersistedQueryNotFound(hash)));
			}
			return parsed.getDocumentAsync(input.transform(b -> b.query(document)), parseAndValidate);
		}
		if (hash == null) {
			return parsed.getDocumentAsync(input, parseAndValidate);
		}
		return super.getDocumentAsync(input, parseAndValidate);
	}

	private static PreparsedDocumentEntry notRegistered() {
		return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
			.message("This server runs only registered operations (reegraph.api.persisted-only), and this is not one of "
					+ "them: send the SHA-256 hash of a registered operation in extensions.persistedQuery.sha256Hash.")
			.locations(null)
			.extensions(Map.of("classification", "NOT_REGISTERED"))
			.build());
	}

	/** The error Apollo clients look for (message and code), with the project's classification. */
	@Override
	protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		boolean notFound = error instanceof PersistedQueryNotFound;
		extensions.put("classification", notFound ? "PERSISTED_QUERY_NOT_FOUND" : "BAD_REQUEST");
		extensions.put("code", notFound ? "PERSISTED_QUERY_NOT_FOUND" : "PERSISTED_QUERY_HASH_MISMATCH");
		GraphQLError graphqlError = GraphqlErrorBuilder.newError()
			.message(notFound ? "PersistedQueryNotFound"
					: "The SHA-256 hash of the query does not match extensions.persistedQuery.sha256Hash.")
			.locations(null)
			.extensions(extensions)
			.build();
		return new PreparsedDocumentEntry(graphqlError);
	}

	/** The documents known by hash: the manifest's, and a bounded cache of those clients sent. */
	private static final class LearntDocuments implements PersistedQueryCache {

		/** A parsed document and the length of its text, which is what the cache weighs. */
		private record Learnt(PreparsedDocumentEntry entry, int characters) {
		}

		private final Map<String, String> registered;
		private final Cache<String, Learnt> learnt = Caffeine.newBuilder()
			.maximumWeight(MAX_LEARNT_CHARACTERS)
			.weigher((String hash, Learnt document) -> document.characters())
			// Evicts on the caller's thread, so the bound holds as soon as a document is added.
			.executor(Runnable::run)
			.build();

		LearntDocuments(Map<String, String> registered) {
			this.registered = registered;
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
				ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) {
			String hash = String.valueOf(persistedQueryId).toLowerCase(Locale.ROOT);
			Learnt known = learnt.getIfPresent(hash);
			if (known != null) {
				return CompletableFuture.completedFuture(known.entry());
			}
			String query = input.getQuery();
			if (query.isBlank() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
				query = registered.get(hash);
			}
			if (query == null) {
				throw new PersistedQueryNotFound(persistedQueryId);
			}
			// Checks the text against the hash (else PersistedQueryIdInvalid), then parses and validates it.
			PreparsedDocumentEntry entry = onCacheMiss.apply(query);
			if (!entry.hasErrors()) {
				learnt.put(hash, new Learnt(entry, query.length()));
			}
			return CompletableFuture.completedFuture(entry);
		}
	}
}
