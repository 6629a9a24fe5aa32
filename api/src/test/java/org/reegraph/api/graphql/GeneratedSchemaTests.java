package org.reegraph.api.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.model.GraphContract;
import org.reegraph.model.PropertySpec;
import org.reegraph.model.PropertyType;
import org.reegraph.model.RelType;
import org.reegraph.model.RelationshipSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code relations.graphqls} is what the contract generates today, and what it generates follows the contract: a
 * property added to a type becomes a typed, described field of its object type and of its filter.
 */
class GeneratedSchemaTests {

	private static final String COMMAND = "./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes";

	/** The module's tests run in api/. */
	private static final Path FILE = Path.of(System.getProperty("user.dir"), "src/main/resources", RelationSchema.FILE);

	@Test
	void theCheckedInFileIsWhatTheContractGeneratesToday() throws IOException {
		assertThat(FILE).as("api/src/main/resources/relations.graphqls is missing; run `" + COMMAND + "`").exists();
		assertThat(Files.readString(FILE, StandardCharsets.UTF_8).replace("\r\n", "\n").strip())
			.as("api/src/main/resources/relations.graphqls is stale: it no longer matches org.reegraph.model.RelType; run `"
					+ COMMAND + "` to regenerate")
			.isEqualTo(RelationSchema.source(GraphContract.relationships()).strip());
	}

	@Nested
	class EachRelationshipType {

		private final GraphQLSchema schema = SchemaTests.schema();

		@Test
		void hasItsOwnObjectTypeWithTheContractsPropertiesTypedAndDescribed() {
			GraphQLObjectType flow = schema.getObjectType("TradeFlow");
			assertThat(flow.getDescription()).contains("trade flow").contains("EXPORTS_TO");
			assertThat(flow.getFieldDefinitions()).extracting(GraphQLFieldDefinition::getName).containsExactly("type",
					"outgoing", "from", "to", "other", "commodity", "quantity", "unit", "valueUsd", "period", "changePct",
					"sharePct", "usdPerKg", "status", "extra", "properties", "evidence");
			assertThat(GraphQLTypeUtil.simplePrint(flow.getFieldDefinition("quantity").getType())).isEqualTo("Float");
			assertThat(GraphQLTypeUtil.simplePrint(flow.getFieldDefinition("period").getType())).isEqualTo("String");
			assertThat(flow.getFieldDefinition("sharePct").getDescription()).contains("importer's supply");
			assertThat(flow.getFieldDefinition("properties").isDeprecated()).isTrue();
			GraphQLObjectType production = schema.getObjectType("Production");
			assertThat(GraphQLTypeUtil.simplePrint(production.getFieldDefinition("year").getType())).isEqualTo("Int");
			assertThat(GraphQLTypeUtil.simplePrint(production.getFieldDefinition("to").getType())).isEqualTo("Element!");
			for (RelType type : RelType.values()) {
				GraphQLObjectType object = schema.getObjectType(type.spec().factName());
				assertThat(object).as(type.name()).isNotNull();
				for (PropertySpec p : type.spec().properties()) {
					assertThat(object.getFieldDefinition(p.name()).getDescription()).isEqualTo(p.description());
				}
			}
		}

		@Test
		void typesItsEndsByTheLabelsTheContractAllowsThere() {
			GraphQLUnionType ends = (GraphQLUnionType) GraphQLTypeUtil.unwrapAll(
					schema.getObjectType("TradeFlow").getFieldDefinition("from").getType());
			assertThat(ends.getName()).isEqualTo("CountryOrCompany");
			assertThat(ends.getTypes()).extracting(t -> t.getName()).containsExactly("Country", "Company");
			assertThat(GraphQLTypeUtil.simplePrint(schema.getObjectType("Price").getFieldDefinition("from").getType()))
				.isEqualTo("Element!");
		}

		@Test
		void isFilteredByItsProperties() {
			GraphQLInputObjectType filter = (GraphQLInputObjectType) schema.getType("TradeFlowFilter");
			assertThat(filter.getFieldDefinitions()).extracting(f -> f.getName()).contains("otherId", "otherLabel",
					"period", "commodity", "quantity");
			assertThat(GraphQLTypeUtil.unwrapAll(schema.getObjectType("Country").getFieldDefinition("exportsTo")
				.getArgument("where").getType()).getName()).isEqualTo("TradeFlowFilter");
		}
	}

	@Test
	void aPropertyAddedToTheContractBecomesATypedFieldAndAFilter() {
		List<RelationshipSpec> changed = new ArrayList<>();
		for (RelationshipSpec t : GraphContract.relationships()) {
			changed.add(t.name().equals("STOCKPILES")
					? t.withProperty(new PropertySpec("releasedOn", PropertyType.DATE, "When the stockpile was last drawn on."))
					: t);
		}
		String before = RelationSchema.source(GraphContract.relationships());
		String after = RelationSchema.source(changed);

		assertThat(before).doesNotContain("releasedOn");
		String stockpile = after.substring(after.indexOf("type Stockpile implements Relation {"));
		stockpile = stockpile.substring(0, stockpile.indexOf("\n}"));
		assertThat(stockpile).contains("  \"When the stockpile was last drawn on.\"\n  releasedOn: Date\n");
		String filter = after.substring(after.indexOf("input StockpileFilter {"));
		assertThat(filter.substring(0, filter.indexOf("\n}"))).contains("releasedOn: Date");
		assertThat(after.replaceAll("(?m)^.*(releasedOn|last drawn on).*\\n", "")).isEqualTo(before);
	}
}
