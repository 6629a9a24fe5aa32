package org.reegraph.api.graphql;

import java.time.LocalDate;
import java.util.Map;

import graphql.Scalars;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.reegraph.cypher.query.EvidenceView;

import static org.assertj.core.api.Assertions.assertThat;

/** The default fetcher's shortcuts answer what graphql-java's property fetcher would. */
class FieldFetcherTests {

	@Test
	void everyEvidenceFieldOfTheSchemaReadsTheSameAsThePropertyFetcher() throws Exception {
		EvidenceView evidence = new EvidenceView("rare-earths-2025.md", "China tightens export licences", "Reuters",
				LocalDate.of(2025, 4, 4), "China supplies 90% of the world's refined dysprosium.", "share.supplies",
				0.9, "fact:42", Map.of("sharePct", 90.0));
		TypeDefinitionRegistry types = new SchemaParser().parse(GraphQLFactory.read("schema.graphqls"));
		var fields = types.getType("Evidence").map(t -> ((graphql.language.ObjectTypeDefinition) t).getFieldDefinitions())
			.orElseThrow();

		assertThat(fields).hasSizeGreaterThanOrEqualTo(9);
		for (var field : fields) {
			GraphQLFieldDefinition definition = GraphQLFieldDefinition.newFieldDefinition().name(field.getName())
				.type(Scalars.GraphQLString).build();
			Object fast = FieldFetcher.INSTANCE.get(definition, evidence, () -> null);
			Object generic = PropertyDataFetcher.fetching(field.getName()).get(definition, evidence, () -> null);
			assertThat(fast).as(field.getName()).isEqualTo(generic).isNotNull();
		}
	}
}
