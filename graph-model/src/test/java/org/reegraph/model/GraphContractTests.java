package org.reegraph.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GraphContractTests {

	@Nested
	class Labels {

		@Test
		void areTheEightOfTheContractSpelledAsInTheGraph() {
			assertThat(GraphContract.labelNames()).containsExactly("Country", "Company", "Organization", "Element",
					"Mine", "Agreement", "Policy", "Program");
		}

		@Test
		void haveDistinctIdPrefixes() {
			Set<String> prefixes = GraphContract.labels().stream().map(Label::idPrefix).collect(Collectors.toSet());
			assertThat(prefixes).hasSize(Label.values().length).contains("country", "element", "company");
		}

		@Test
		void areFoundByNameIgnoringCase() {
			assertThat(Label.fromName("program")).contains(Label.PROGRAM);
			assertThat(Label.fromName("Widget")).isEmpty();
		}
	}

	@Nested
	class RelationshipTypes {

		@Test
		void coverEveryTypeOfTheContract() {
			assertThat(GraphContract.relationshipTypes()).extracting(Enum::name)
				.containsExactlyInAnyOrder("EXPORTS_TO", "REFINES_FOR", "INVESTS_IN", "SANCTIONS", "PRODUCES",
						"REFINES", "HOLDS_RESERVES", "DEPENDS_ON", "PARTY_TO", "ISSUED_BY", "COVERS", "TARGETS",
						"OPERATES", "LOCATED_IN", "ACQUIRES", "SUPPLIES", "DEVELOPS", "CONTAINS", "STOCKPILES",
						"PRICED_IN");
		}

		@Test
		void everyAllowedTripleUsesKnownLabelsAndTypes() {
			assertThat(GraphContract.allowedTriples()).isNotEmpty().allSatisfy(t -> {
				assertThat(GraphContract.labels()).contains(t.from(), t.to());
				assertThat(GraphContract.relationshipTypes()).contains(t.type());
				assertThat(t.type().allows(t.from(), t.to())).isTrue();
			});
		}

		@Test
		void everyTypeHasAtLeastOneTriple() {
			Set<RelType> used = GraphContract.allowedTriples().stream().map(Triple::type)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(RelType.class)));
			assertThat(used).containsExactlyInAnyOrder(RelType.values());
		}

		@Test
		void followTheContractTable() {
			assertThat(GraphContract.isAllowed(Label.COUNTRY, RelType.EXPORTS_TO, Label.COMPANY)).isTrue();
			assertThat(GraphContract.isAllowed(Label.PROGRAM, RelType.DEPENDS_ON, Label.ELEMENT)).isTrue();
			assertThat(GraphContract.isAllowed(Label.ELEMENT, RelType.CONTAINS, Label.ELEMENT)).isTrue();
			assertThat(GraphContract.isAllowed(Label.POLICY, RelType.ISSUED_BY, Label.ORGANIZATION)).isTrue();
			assertThat(GraphContract.isAllowed(Label.ELEMENT, RelType.EXPORTS_TO, Label.COUNTRY)).isFalse();
			assertThat(GraphContract.isAllowed(Label.COUNTRY, RelType.HOLDS_RESERVES, Label.COUNTRY)).isFalse();
			assertThat(GraphContract.isAllowed(Label.ELEMENT, RelType.PRICED_IN, Label.COUNTRY)).isTrue();
			assertThat(GraphContract.isAllowed(Label.COUNTRY, RelType.PRICED_IN, Label.ELEMENT)).isFalse();
			assertThat(RelType.EXPORTS_TO.properties()).contains("quantity", "unit", "period", "sharePct");
			assertThat(RelType.PRICED_IN.properties()).containsExactly("usdPerKg", "price", "currency", "unit", "form",
					"purity", "period", "changePct", "status");
			assertThat(RelType.values()).allSatisfy(t -> assertThat(t.properties()).as(t.name()).contains("status"));
			assertThat(RelType.SANCTIONS.properties()).containsOnlyOnce("status");
		}

		@Test
		void aForbiddenTripleIsRefusedWithAMessageNamingIt() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> GraphContract.requireAllowed(Label.MINE, RelType.SANCTIONS, Label.COUNTRY))
				.withMessageContaining("(:Mine)-[:SANCTIONS]->(:Country)")
				.withMessageContaining("SANCTIONS goes from [COUNTRY, ORGANIZATION]");
		}
	}

	@Nested
	class PropertiesAndReadings {

		@Test
		void everyPropertyHasOneTypeAndADescriptionAcrossTheContract() {
			List<PropertySpec> all = GraphContract.factProperties(GraphContract.relationships());
			assertThat(all).extracting(PropertySpec::name).doesNotHaveDuplicates()
				.contains("commodity", "quantity", "period", "usdPerKg", "coverageMonths");
			assertThat(RelType.EXPORTS_TO.spec().property("period")).hasValueSatisfying(p -> {
				assertThat(p.type()).isEqualTo(PropertyType.STRING);
				assertThat(p.description()).contains("period");
			});
			assertThat(RelType.PRODUCES.spec().property("year").orElseThrow().type()).isEqualTo(PropertyType.INTEGER);
			assertThat(RelType.EXPORTS_TO.spec().property("sharePct").orElseThrow().description()).contains("importer");
		}

		@Test
		void twoTypesMayNotGiveOnePropertyTwoValueTypes() {
			RelationshipSpec odd = RelType.PRICED_IN.spec()
				.withProperty(new PropertySpec("year", PropertyType.STRING, "The year, as text."));
			assertThatIllegalArgumentException()
				.isThrownBy(() -> GraphContract.factProperties(List.of(RelType.PRODUCES.spec(), odd)))
				.withMessageContaining("year").withMessageContaining("PRODUCES").withMessageContaining("PRICED_IN");
		}

		@Test
		void eachLabelReadsEveryTypeItTakesPartInUnderItsOwnFieldName() {
			for (Label label : Label.values()) {
				Set<String> fields = new java.util.HashSet<>();
				for (RelType type : RelType.values()) {
					if (type.from().contains(label)) {
						assertThat(fields.add(type.spec().forward().field())).as(label + "." + type.spec().forward().field())
							.isTrue();
					}
					if (type.to().contains(label)) {
						assertThat(fields.add(type.spec().backward().field())).as(label + "." + type.spec().backward().field())
							.isTrue();
					}
				}
			}
			assertThat(RelType.EXPORTS_TO.spec().factName()).isEqualTo("TradeFlow");
		}
	}
}
