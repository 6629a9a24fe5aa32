package org.reegraph.api.web;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.micronaut.core.annotation.Nullable;

/**
 * Tells whether a GET request asks for a mutation, so it can be refused with 405 before it is executed (the
 * GraphQL-over-HTTP specification's status). A document that does not parse, or is longer than the server accepts,
 * is left to execution, which reports it as usual.
 */
final class GetOperations {

	private final int maxQueryLength;

	GetOperations(int maxQueryLength) {
		this.maxQueryLength = maxQueryLength;
	}

	boolean isMutation(@Nullable String query, @Nullable String operationName) {
		if (query == null || query.length() > maxQueryLength) {
			return false;
		}
		Document document;
		try {
			document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
				.document(query)
				.parserOptions(ParserOptions.getDefaultOperationParserOptions())
				.build());
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
		return document.getDefinitionsOfType(OperationDefinition.class).stream()
			.filter(op -> operationName == null || operationName.equals(op.getName()))
			.anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
	}
}
