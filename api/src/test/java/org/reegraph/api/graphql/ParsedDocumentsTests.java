package org.reegraph.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedDocumentsTests {

	private final List<String> parsed = new ArrayList<>();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
		parsed.add(input.getQuery());
		return input.getQuery().contains("bad")
				? new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build())
				: new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	private PreparsedDocumentEntry ask(ParsedDocuments documents, String query) {
		return documents.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse).join();
	}

	@Test
	void aQuerySentAgainIsParsedOnceEvenWithOtherVariables() {
		ParsedDocuments documents = new ParsedDocuments();
		String query = "query Q($id: ID!) { entity(id: $id) { id } }";

		PreparsedDocumentEntry first = ask(documents, query);
		PreparsedDocumentEntry again = documents.getDocumentAsync(ExecutionInput.newExecutionInput(query)
			.variables(java.util.Map.of("id", "country:CN")).build(), parse).join();

		assertThat(parsed).containsExactly(query);
		assertThat(again.getDocument()).isSameAs(first.getDocument());
		assertThat(documents.size()).isEqualTo(1);
	}

	@Test
	void documentsWithErrorsAreNotKept() {
		ParsedDocuments documents = new ParsedDocuments();

		assertThat(ask(documents, "{ bad }").hasErrors()).isTrue();
		assertThat(ask(documents, "{ bad }").hasErrors()).isTrue();

		assertThat(parsed).containsExactly("{ bad }", "{ bad }");
		assertThat(documents.size()).isZero();
	}

	@Test
	void theCacheIsBoundedByTheLengthOfTheQueriesItHolds() {
		ParsedDocuments documents = new ParsedDocuments();
		String padding = " ".repeat(100_000);
		int queries = (int) (ParsedDocuments.MAX_QUERY_CHARACTERS / 100_000) * 2;

		for (int i = 0; i < queries; i++) {
			ask(documents, "{ a" + i + " }" + padding);
		}

		assertThat(documents.size()).isPositive().isLessThanOrEqualTo(ParsedDocuments.MAX_QUERY_CHARACTERS / 100_000);
	}
}
