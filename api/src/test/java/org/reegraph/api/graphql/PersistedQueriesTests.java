package org.reegraph.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersistedQueriesTests {

	private final List<String> parsed = new ArrayList<>();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
		parsed.add(input.getQuery());
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	private PreparsedDocumentEntry ask(PersistedQueries queries, String query, String hash) {
		return queries.getDocumentAsync(ExecutionInput.newExecutionInput(query == null ? PersistedQuerySupport.PERSISTED_QUERY_MARKER : query)
			.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))).build(), parse).join();
	}

	private static String message(PreparsedDocumentEntry entry) {
		return entry.hasErrors() ? entry.getErrors().get(0).getMessage() : "(document)";
	}

	@Test
	void aLearntDocumentIsParsedOnceAndFoundByItsHash() {
		PersistedQueries queries = new PersistedQueries(Map.of(), false);
		String query = "{ element(symbol: \"Dy\") { id } }";
		String hash = PersistedQueryManifest.sha256(query);

		String unknown = message(ask(queries, null, hash));
		PreparsedDocumentEntry learnt = ask(queries, query, hash);
		PreparsedDocumentEntry again = ask(queries, null, hash.toUpperCase(java.util.Locale.ROOT));

		assertThat(unknown).isEqualTo("PersistedQueryNotFound");
		assertThat(learnt.hasErrors()).isFalse();
		assertThat(again.getDocument()).isSameAs(learnt.getDocument());
		assertThat(parsed).containsExactly(query);
	}

	@Test
	void theLearntDocumentsAreBoundedByTheLengthOfTheirQueries() {
		PersistedQueries queries = new PersistedQueries(Map.of(), false);
		String padding = " ".repeat(100_000);
		String first = "{ a0: __typename }" + padding;
		ask(queries, first, PersistedQueryManifest.sha256(first));
		for (int i = 1; i < (int) (PersistedQueries.MAX_LEARNT_CHARACTERS / 100_000) * 2; i++) {
			String query = "{ a" + i + ": __typename }" + padding;
			ask(queries, query, PersistedQueryManifest.sha256(query));
		}

		assertThat(message(ask(queries, null, PersistedQueryManifest.sha256(first)))).as("the first learnt, long evicted")
			.isEqualTo("PersistedQueryNotFound");
	}

	@Test
	void registeredDocumentsAreNeverForgotten() {
		String registered = "{ registered: __typename }";
		PersistedQueries queries = new PersistedQueries(Map.of(PersistedQueryManifest.sha256(registered), registered), false);
		String padding = " ".repeat(100_000);
		for (int i = 0; i < (int) (PersistedQueries.MAX_LEARNT_CHARACTERS / 100_000) * 2; i++) {
			String query = "{ a" + i + ": __typename }" + padding;
			ask(queries, query, PersistedQueryManifest.sha256(query));
		}

		assertThat(ask(queries, null, PersistedQueryManifest.sha256(registered)).hasErrors()).isFalse();
	}
}
