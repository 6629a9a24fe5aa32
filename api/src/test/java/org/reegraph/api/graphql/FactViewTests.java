package org.reegraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reegraph.cypher.query.EntityView;
import org.reegraph.cypher.query.EvidenceView;
import org.reegraph.cypher.query.Relation;
import org.reegraph.cypher.query.RelationFilter;
import org.reegraph.model.RelType;

import static org.assertj.core.api.Assertions.assertThat;

/** A relationship as its type's GraphQL object: ends in the stored direction, typed figures, the rest as extra. */
class FactViewTests {

	private static final EntityView CHINA = new EntityView("country:CN", "Country", "China", List.of(), Map.of());
	private static final EntityView US = new EntityView("country:US", "Country", "United States", List.of(), Map.of());
	private static final EvidenceView SOURCE = new EvidenceView("001.txt", "Magnets surge", null, null,
			"5577吨稀土磁铁涌向美国", "exports.to", 0.9, "fact:1", Map.of());

	@Test
	void readsTheEndsInTheStoredDirectionFromEitherSide() {
		Relation fromChina = new Relation("EXPORTS_TO", true, US, Map.of("quantity", 5577L), SOURCE);
		Relation fromUs = new Relation("EXPORTS_TO", false, CHINA, Map.of("quantity", 5577L), SOURCE);

		FactView exported = new FactView(RelType.EXPORTS_TO, CHINA, fromChina);
		FactView imported = new FactView(RelType.EXPORTS_TO, US, fromUs);

		assertThat(exported.graphQLType()).isEqualTo("TradeFlow");
		assertThat(List.of(exported.field("from"), exported.field("to"))).containsExactly(CHINA, US);
		assertThat(List.of(imported.field("from"), imported.field("to"))).containsExactly(CHINA, US);
		assertThat(imported.field("other")).isEqualTo(CHINA);
		assertThat(exported.field("quantity")).isEqualTo(5577L);
		assertThat(exported.field("evidence")).isEqualTo(SOURCE);
	}

	@Test
	void keepsWhatTheContractDoesNotNameForTheTypeAsExtra() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("commodity", "ndfeb magnet");
		properties.put("priceUsdPerKg", 95L); // written by an older version: EXPORTS_TO names usdPerKg
		properties.put("usdPerKg", 45L);
		FactView flow = new FactView(RelType.EXPORTS_TO, CHINA, new Relation("EXPORTS_TO", true, US, properties, SOURCE));

		assertThat(flow.field("commodity")).isEqualTo("ndfeb magnet");
		assertThat(flow.field("extra")).isEqualTo(Map.of("priceUsdPerKg", 95L));
		assertThat(flow.field("usdPerKg")).isEqualTo(45L);
		assertThat(flow.field("properties")).isEqualTo(properties);
		assertThat(new FactView(RelType.EXPORTS_TO, CHINA,
				new Relation("EXPORTS_TO", true, US, Map.of("period", "2025-06"), SOURCE)).field("extra")).isNull();
	}

	@Test
	void aFilterTakesEveryGivenPropertyBesidesTheOtherEnd() {
		Map<String, Object> where = new LinkedHashMap<>();
		where.put("otherId", "country:US");
		where.put("period", "2025-06");
		where.put("commodity", null);
		where.put("quantity", 353.0);
		RelationFilter filter = RelationFields.filter(Map.of("where", where, "first", 5));

		assertThat(filter.otherId()).isEqualTo("country:US");
		assertThat(filter.properties()).containsExactly(Map.entry("period", "2025-06"), Map.entry("quantity", 353.0));
		assertThat(filter.first()).isEqualTo(5);
		assertThat(RelationFields.filter(Map.of()).properties()).isEmpty();
	}
}
