package org.reegraph.api.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated documents of recent queries, keyed by the query text, so a client that sends the
 * same query again (with other variables) skips parsing and validation.
 * <p>
 * Only documents without errors are kept. The limits are unaffected: the size limits ({@link QuerySize}) check the
 * text before its first parse, and the same text passes them again; depth, complexity and argument limits
 * ({@link Limits}) run for every request, when the operation starts. The cache is bounded by the total length of
 * the query texts it holds ({@link #MAX_QUERY_CHARACTERS}), so hostile clients sending many large distinct queries
 * can only evict entries, not grow it.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

	/** The most query text, in characters, whose parsed documents are kept. */
	static final long MAX_QUERY_CHARACTERS = 2_000_000;

	private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumWeight(MAX_QUERY_CHARACTERS)
		.weigher((String query, PreparsedDocumentEntry entry) -> query.length())
		.build();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry entry = documents.getIfPresent(query);
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				documents.put(query, entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** {@return how many parsed documents are kept} */
	long size() {
		documents.cleanUp();
		return documents.estimatedSize();
	}
}
