package org.reegraph.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.model.GraphContract;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaTests {

	static GraphQLSchema schema() {
		TypeDefinitionRegistry types = new TypeDefinitionRegistry();
		for (String file : java.util.stream.Stream.concat(GraphQLFactory.SCHEMA_FILES.stream(),
				java.util.stream.Stream.of(GraphQLFactory.MUTATION_FILE)).toList()) {
			types.merge(new SchemaParser().parse(GraphQLFactory.read(file)));
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
	}

	@Test
	void describesEveryTypeFieldArgumentAndValue() {
		List<String> undocumented = new ArrayList<>();
		for (GraphQLNamedType type : schema().getAllTypesAsList()) {
			if (type.getName().startsWith("__") || Set.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName())) {
				continue;
			}
			if (type.getDescription() == null || type.getDescription().isBlank()) {
				undocumented.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer c) {
				for (GraphQLFieldDefinition f : c.getFieldDefinitions()) {
					if (f.getDescription() == null) {
						undocumented.add(type.getName() + "." + f.getName());
					}
					for (GraphQLArgument a : f.getArguments()) {
						if (a.getDescription() == null) {
							undocumented.add(type.getName() + "." + f.getName() + "(" + a.getName() + ")");
						}
					}
				}
			}
			if (type instanceof GraphQLInputObjectType in) {
				in.getFieldDefinitions().stream().filter(f -> f.getDescription() == null)
					.forEach(f -> undocumented.add(type.getName() + "." + f.getName()));
			}
			if (type instanceof GraphQLEnumType e) {
				e.getValues().stream().filter(v -> v.getDescription() == null)
					.forEach(v -> undocumented.add(type.getName() + "." + v.getName()));
			}
		}
		assertThat(undocumented).isEmpty();
	}

	@Test
	void hasAnObjectTypeForEveryLabelOfTheContract() {
		for (Label label : GraphContract.labels()) {
			GraphQLObjectType type = schema().getObjectType(label.cypherName());
			assertThat(type).as(label.cypherName()).isNotNull();
			assertThat(type.getInterfaces()).extracting(GraphQLNamedType::getName).containsExactly("Entity");
		}
		assertThat(RelationFields.ENTITY_TYPES).containsExactlyInAnyOrderElementsOf(
				GraphContract.labels().stream().map(Label::cypherName).toList());
	}

	@Nested
	class RelationshipFields {

		@Test
		void areExactlyTheFieldsReturningARelationTypeAndReturnTheirTypesOwn() {
			GraphQLSchema schema = schema();
			Set<String> inSchema = new TreeSet<>();
			for (String typeName : RelationFields.ENTITY_TYPES) {
				for (GraphQLFieldDefinition f : schema.getObjectType(typeName).getFieldDefinitions()) {
					if (graphql.schema.GraphQLTypeUtil.unwrapAll(f.getType()) instanceof GraphQLObjectType o
							&& o.getInterfaces().stream().anyMatch(i -> i.getName().equals("Relation"))) {
						inSchema.add(typeName + "." + f.getName());
						RelationFields follows = RelationFields.find(typeName, f.getName()).orElseThrow();
						assertThat(o.getName()).as(typeName + "." + f.getName())
							.isEqualTo(follows.relType().spec().factName());
					}
				}
			}
			Set<String> wired = new TreeSet<>();
			RelationFields.ALL.forEach(f -> wired.add(f.type() + "." + f.field()));
			assertThat(wired).isEqualTo(inSchema);
		}

		@Test
		void followTypesTheContractAllowsAtThatEnd() {
			for (RelationFields f : RelationFields.ALL) {
				Label label = Label.fromName(f.type()).orElseThrow();
				Set<Label> allowed = f.outgoing() ? f.relType().from() : f.relType().to();
				assertThat(allowed).as(f.type() + "." + f.field() + " follows " + f.relType()).contains(label);
			}
		}

		@Test
		void reachEveryTypeOfTheContract() {
			assertThat(RelationFields.ALL).extracting(RelationFields::relType).contains(RelType.values());
			assertThat(RelationFields.find("Element", "prices")).hasValueSatisfying(f -> {
				assertThat(f.relType()).isEqualTo(RelType.PRICED_IN);
				assertThat(f.outgoing()).isTrue();
			});
			assertThat(RelationFields.find("Country", "pricedHere")).hasValueSatisfying(f -> {
				assertThat(f.relType()).isEqualTo(RelType.PRICED_IN);
				assertThat(f.outgoing()).isFalse();
			});
		}
	}
}
