package org.reegraph.api.graphql;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;
import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The nested look-ahead of a relationship field is found once per request and place in the query. */
class LookaheadTests {

	private final AtomicInteger looked = new AtomicInteger();

	/** A selection with nothing relationship-like in it, counting how often it is read. */
	private final DataFetchingFieldSelectionSet selection = (DataFetchingFieldSelectionSet) Proxy.newProxyInstance(
			getClass().getClassLoader(), new Class<?>[] { DataFetchingFieldSelectionSet.class }, (proxy, method, args) -> {
				if (method.getName().equals("getImmediateFields")) {
					looked.incrementAndGet();
					return List.of();
				}
				throw new UnsupportedOperationException(method.getName());
			});

	private DataFetchingEnvironment env(GraphQLContext request, Field... fields) {
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.graphQLContext(request)
			.mergedField(MergedField.newMergedField(List.of(fields)).build())
			.selectionSet(selection)
			.build();
	}

	@Test
	void theSameFieldUnderAListIsLookedAtOncePerRequest() {
		Field supplies = Field.newField("supplies").build();
		GraphQLContext request = GraphQLContext.newContext().build();

		for (int entity = 0; entity < 20; entity++) {
			assertThat(Lookahead.nestedField(env(request, supplies))).isEmpty();
		}

		assertThat(looked).hasValue(1);
	}

	@Test
	void anotherPlaceInTheQueryOrAnotherRequestIsLookedAtAgain() {
		Field supplies = Field.newField("supplies").build();
		Field sameTextElsewhere = Field.newField("supplies").build();
		GraphQLContext first = GraphQLContext.newContext().build();

		Lookahead.nestedField(env(first, supplies));
		Lookahead.nestedField(env(first, sameTextElsewhere));
		Lookahead.nestedField(env(first, supplies, sameTextElsewhere));
		assertThat(looked).as("three places (a field merged from two counts as its own)").hasValue(3);

		Lookahead.nestedField(env(GraphQLContext.newContext().build(), supplies));
		assertThat(looked).as("a new request: variables may differ, so nothing is carried over").hasValue(4);
	}
}
