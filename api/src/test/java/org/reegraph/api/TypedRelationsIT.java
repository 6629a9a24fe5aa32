package org.reegraph.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each relationship field returns its type's own GraphQL object (a {@code TradeFlow} for {@code exportsTo}) whose
 * figures a client selects, reads the documentation of and filters on by name — on the bundled corpus, with the
 * figures its articles state.
 */
class TypedRelationsIT {

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> out = new ArrayList<>();
		array.forEach(out::add);
		return out;
	}

	@Nested
	class ChinaExportsToTheUnitedStates {

		@Test
		void inJune2025AsTypedFiguresFromEverySource() {
			JsonNode body = TestApi.post("""
					{ country(code: "CN") { ... on Country {
					    exportsTo(where: { otherId: "country:US", period: "2025-06" }) {
					      __typename type from { ... on Country { code } } to { ... on Country { code name } }
					      commodity quantity unit period evidence { sentence } } } } }""");

			assertThat(body.has("errors")).as(body.toString()).isFalse();
			List<JsonNode> june = list(body.at("/data/country/exportsTo"));
			assertThat(june).hasSize(3).allSatisfy(f -> {
				assertThat(f.at("/__typename").asText()).isEqualTo("TradeFlow");
				assertThat(f.at("/type").asText()).isEqualTo("EXPORTS_TO");
				assertThat(f.at("/from/code").asText()).isEqualTo("CN");
				assertThat(f.at("/to/code").asText()).isEqualTo("US");
				assertThat(f.at("/to/name").asText()).isEqualTo("United States");
				assertThat(f.at("/period").asText()).isEqualTo("2025-06");
				assertThat(f.at("/commodity").asText()).isEqualTo("rare earths");
			});
			// two sources give 353 t (a Chinese and an English article), a third the month without a figure
			assertThat(june).extracting(f -> f.at("/quantity").isNull() ? null : f.at("/quantity").asDouble())
				.containsExactlyInAnyOrder(353.0, 353.0, null);
			assertThat(june).filteredOn(f -> !f.at("/quantity").isNull())
				.allSatisfy(f -> assertThat(f.at("/unit").asText()).isEqualTo("t"))
				.extracting(f -> f.at("/evidence/sentence").asText())
				.anySatisfy(s -> assertThat(s).contains("353 tons"))
				.anySatisfy(s -> assertThat(s).contains("353吨"));
		}

		@Test
		void byCommodityInAnyCaseAndByQuantity() {
			JsonNode body = TestApi.post("""
					{ country(code: "CN") { ... on Country {
					    magnets: exportsTo(where: { otherId: "country:US", commodity: "RARE-EARTH MAGNET" }) {
					      commodity quantity unit period }
					    july: exportsTo(where: { quantity: 619 }) { to { ... on Country { code } } period unit } } } }""");

			assertThat(body.has("errors")).as(body.toString()).isFalse();
			assertThat(list(body.at("/data/country/magnets"))).singleElement().satisfies(f -> {
				assertThat(f.at("/commodity").asText()).isEqualTo("rare-earth magnet");
				assertThat(f.at("/quantity").asDouble()).isEqualTo(5577.0);
				assertThat(f.at("/unit").asText()).isEqualTo("t");
				assertThat(f.at("/period").asText()).isEqualTo("2025-07");
			});
			assertThat(list(body.at("/data/country/july"))).singleElement().satisfies(f -> {
				assertThat(f.at("/to/code").asText()).isEqualTo("US");
				assertThat(f.at("/period").asText()).isEqualTo("2025-07");
			});
		}

		@Test
		void seenFromTheImporterWithTheExporterTyped() {
			JsonNode body = TestApi.post("""
					{ country(code: "US") { ... on Country {
					    importsFrom(where: { otherId: "country:CN", period: "2025-05" }) {
					      outgoing from { __typename ... on Country { code } } other { id } quantity unit } } } }""");

			assertThat(body.has("errors")).as(body.toString()).isFalse();
			assertThat(list(body.at("/data/country/importsFrom"))).singleElement().satisfies(f -> {
				assertThat(f.at("/outgoing").asBoolean()).isFalse();
				assertThat(f.at("/from/__typename").asText()).isEqualTo("Country");
				assertThat(f.at("/from/code").asText()).isEqualTo("CN");
				assertThat(f.at("/other/id").asText()).isEqualTo("country:CN");
				assertThat(f.at("/quantity").asDouble()).isEqualTo(46.0);
				assertThat(f.at("/unit").asText()).isEqualTo("t");
			});
		}

		@Test
		void aUnitPriceIsTypedNothingIsLeftAsExtraAndTheOldPropertiesStillThere() {
			JsonNode body = TestApi.post("""
					{ country(code: "CN") { ... on Country {
					    exportsTo(where: { otherId: "country:US", commodity: "ndfeb magnet" }) {
					      commodity quantity usdPerKg extra properties } } } }""");

			assertThat(body.has("errors")).as(body.toString()).isFalse();
			assertThat(list(body.at("/data/country/exportsTo"))).singleElement().satisfies(f -> {
				assertThat(f.at("/commodity").asText()).isEqualTo("ndfeb magnet");
				assertThat(f.at("/quantity").isNull()).isTrue();
				assertThat(f.at("/usdPerKg").asInt()).isEqualTo(95);
				assertThat(f.at("/extra").isNull()).as("the writer stores only what the contract declares").isTrue();
				assertThat(f.at("/properties/commodity").asText()).isEqualTo("ndfeb magnet");
				assertThat(f.at("/properties/usdPerKg").asInt()).isEqualTo(95);
			});
		}
	}

	@Test
	void aFilterOnAPropertyTheTypeDoesNotHaveIsRefusedNamingIt() {
		JsonNode body = TestApi.post("""
				{ country(code: "CN") { ... on Country { exportsTo(where: { stakePct: 95 }) { period } } } }""");

		assertThat(body.at("/errors/0/message").asText()).contains("stakePct").contains("TradeFlowFilter");
	}

	@Test
	void theSchemaDescribesEachTypeAndItsFiguresFromTheContract() {
		JsonNode body = TestApi.post("""
				{ flow: __type(name: "TradeFlow") { description fields { name description type { name kind ofType { name } } } } }""");
		JsonNode price = TestApi.post("""
				{ price: __type(name: "Price") { fields { name description } } }""");

		assertThat(body.has("errors")).as(body.toString()).isFalse();
		assertThat(price.has("errors")).as(price.toString()).isFalse();
		assertThat(body.at("/data/flow/description").asText()).contains("trade flow").contains("EXPORTS_TO");
		List<JsonNode> fields = list(body.at("/data/flow/fields"));
		assertThat(fields).filteredOn(f -> f.at("/name").asText().equals("period")).singleElement()
			.satisfies(f -> {
				assertThat(f.at("/description").asText()).contains("period the figures refer to");
				assertThat(f.at("/type/name").asText()).isEqualTo("String");
			});
		assertThat(fields).filteredOn(f -> f.at("/name").asText().equals("from")).singleElement()
			.satisfies(f -> assertThat(f.at("/type/ofType/name").asText()).isEqualTo("CountryOrCompany"));
		assertThat(list(price.at("/data/price/fields"))).filteredOn(f -> f.at("/name").asText().equals("usdPerKg"))
			.singleElement().satisfies(f -> assertThat(f.at("/description").asText()).contains("US dollars per kilogram"));
	}
}
