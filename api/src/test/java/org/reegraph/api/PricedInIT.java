package org.reegraph.api;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A price read from a document comes out of the API: the loader reads and writes the PRICED_IN fact (through the
 * loadDocument mutation, so through the same writer as {@code reegraph load}), and both ends' relationship fields
 * answer it with its figures and its evidence.
 */
class PricedInIT {

	static final String SENTENCE = "In October, holmium oxide prices in Europe rose 6% to $95 per kg.";

	@BeforeAll
	static void loadAPrice() {
		JsonNode body = TestApi.post(TestApi.server(), MutationIT.LOAD, Map.of("input", Map.of("name",
				"priced-in-test.txt", "text", """
						Title: Holmium oxide climbs in Europe
						Source: Test Wire
						Date: 2025-11-20

						""" + SENTENCE + "\n")), "Bearer " + TestApi.TOKEN);
		assertThat(body.has("errors")).as(body.toString()).isFalse();
		assertThat(body.at("/data/loadDocument/documentsLoaded").asInt()).isEqualTo(1);
	}

	@Test
	void theElementsPricesGiveTheMarketTheFiguresAndTheSource() {
		JsonNode body = TestApi.post("""
				{ element(symbol: "Ho") { ... on Element { prices {
				    type outgoing other { id label } properties
				    evidence { document article publisher published sentence rule confidence factId } } } } }""");

		assertThat(body.has("errors")).as(body.toString()).isFalse();
		JsonNode prices = body.at("/data/element/prices");
		assertThat(prices).hasSize(1);
		JsonNode price = prices.get(0);
		assertThat(price.at("/type").asText()).isEqualTo("PRICED_IN");
		assertThat(price.at("/outgoing").asBoolean()).isTrue();
		assertThat(price.at("/other/id").asText()).isEqualTo("country:EU");
		assertThat(price.at("/other/label").asText()).isEqualTo("Country");
		assertThat(price.at("/properties/usdPerKg").asInt()).isEqualTo(95);
		assertThat(price.at("/properties/form").asText()).isEqualTo("oxide");
		assertThat(price.at("/properties/changePct").asInt()).isEqualTo(6);
		assertThat(price.at("/properties/period").asText()).isEqualTo("2025-10");
		assertThat(price.at("/evidence/document").asText()).isEqualTo("priced-in-test.txt");
		assertThat(price.at("/evidence/article").asText()).isEqualTo("Holmium oxide climbs in Europe");
		assertThat(price.at("/evidence/publisher").asText()).isEqualTo("Test Wire");
		assertThat(price.at("/evidence/published").asText()).isEqualTo("2025-11-20");
		assertThat(price.at("/evidence/sentence").asText()).isEqualTo(SENTENCE);
		assertThat(price.at("/evidence/rule").asText()).isEqualTo("prices.in");
		assertThat(price.at("/evidence/confidence").asDouble()).isPositive();
		assertThat(price.at("/evidence/factId").asText()).startsWith("fact:");
	}

	@Test
	void theMarketsPricesAnswerTheSameFactFromTheOtherEndAlsoWhenNested() {
		JsonNode body = TestApi.post("""
				{ country(code: "EU") { ... on Country {
				    pricedHere(where: { otherId: "element:Ho" }) { outgoing other { id } properties evidence { factId } } } }
				  element(symbol: "Ho") { ... on Element { prices { other { ... on Country {
				    pricedHere(where: { otherId: "element:Ho" }) { other { id } evidence { factId } } } } } } } }""");

		assertThat(body.has("errors")).as(body.toString()).isFalse();
		JsonNode incoming = body.at("/data/country/pricedHere");
		assertThat(incoming).hasSize(1);
		assertThat(incoming.at("/0/outgoing").asBoolean()).isFalse();
		assertThat(incoming.at("/0/other/id").asText()).isEqualTo("element:Ho");
		assertThat(incoming.at("/0/properties/usdPerKg").asInt()).isEqualTo(95);
		String factId = incoming.at("/0/evidence/factId").asText();
		assertThat(body.at("/data/element/prices/0/other/pricedHere/0/other/id").asText()).isEqualTo("element:Ho");
		assertThat(body.at("/data/element/prices/0/other/pricedHere/0/evidence/factId").asText()).isEqualTo(factId);
	}
}
