package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.value.Uncoercible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statements' values, as the driver hands them over, mapped into records without Java maps in between. */
class RowsTests {

	@Test
	void entityKeepsItsOwnKeysApartAndDropsNullProperties() {
		Map<String, Object> m = new HashMap<>();
		m.put("id", "company:jl-mag");
		m.put("label", "Company");
		m.put("name", "JL Mag");
		m.put("nameLower", "jl mag");
		m.put("aliases", List.of("JL MAG Rare-Earth", "金力永磁"));
		m.put("country", "CN");
		m.put("founded", 2008L);
		m.put("ticker", null);

		EntityView entity = Rows.entity(Values.value(m));

		assertThat(entity.id()).isEqualTo("company:jl-mag");
		assertThat(entity.label()).isEqualTo("Company");
		assertThat(entity.name()).isEqualTo("JL Mag");
		assertThat(entity.aliases()).containsExactly("JL MAG Rare-Earth", "金力永磁");
		assertThat(entity.properties()).containsOnly(Map.entry("country", "CN"), Map.entry("founded", 2008L));
	}

	@Test
	void nullEntityIsNullAndMissingAliasesAreEmpty() {
		assertThat(Rows.entity(Values.NULL)).isNull();
		EntityView bare = Rows.entity(Values.value(Map.of("id", "element:dy", "label", "Element", "name", "Dysprosium")));
		assertThat(bare.aliases()).isEmpty();
		assertThat(bare.properties()).isEmpty();
	}

	@Test
	void evidenceReadsDatesNumbersAndFiguresAndToleratesNull() {
		Map<String, Object> m = new HashMap<>();
		m.put("document", "rare-earths-2025.md");
		m.put("article", "a3");
		m.put("published", LocalDate.of(2025, 4, 4));
		m.put("sentence", "China exports 90% of ...");
		m.put("confidence", 1L);
		m.put("factId", "fact:1");
		Map<String, Object> figures = new HashMap<>();
		figures.put("sharePct", 90.0);
		figures.put("unit", "t");
		figures.put("year", null);
		m.put("figures", figures);

		EvidenceView evidence = Rows.evidence(Values.value(m));

		assertThat(evidence.document()).isEqualTo("rare-earths-2025.md");
		assertThat(evidence.published()).isEqualTo(LocalDate.of(2025, 4, 4));
		assertThat(evidence.confidence()).isEqualTo(1.0);
		assertThat(evidence.publisher()).isNull();
		assertThat(evidence.figures()).containsOnly(Map.entry("sharePct", 90.0), Map.entry("unit", "t"));

		EvidenceView none = Rows.evidence(Values.NULL);
		assertThat(none.document()).as("the record's own default for a missing document").isEmpty();
		assertThat(none.published()).isNull();
		assertThat(none.figures()).isEmpty();
	}

	@Test
	void listsMapEachItemAndCannotBeChanged() {
		Value list = Values.value(List.of("Dy", "Tb", 3L));

		List<String> strings = Rows.strings(list);

		assertThat(strings).containsExactly("Dy", "Tb", "3");
		assertThat(Rows.strings(Values.NULL)).isEmpty();
		assertThatThrownBy(() -> strings.add("Nd")).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void nullItemsOfMapListsReadAsEmptyMapsAndFiguresKeepEveryNonNullEntry() {
		Value list = Values.value(Arrays.asList(Map.of("document", "a.md", "figures",
				Map.of("sharePct", 60.0, "year", 2024L)), null));

		List<EvidenceView> evidence = Rows.evidenceList(list);

		assertThat(evidence).hasSize(2);
		assertThat(evidence.get(0).figures()).containsOnly(Map.entry("sharePct", 60.0), Map.entry("year", 2024L));
		assertThat(evidence.get(1).document()).isEmpty();
		assertThat(Rows.maps(list, v -> v.get("document").asString(null))).containsExactly("a.md", null);
	}

	@Test
	void numbersKeepNullAsNull() {
		assertThat(Rows.toDouble(Values.value(12L))).isEqualTo(12.0);
		assertThat(Rows.toDouble(Values.NULL)).isNull();
		assertThat(Rows.number(Values.value(2.5))).isEqualTo(2.5);
		assertThat(Rows.number(Values.NULL)).isNull();
	}

	@Test
	void aWrongTypeIsAnErrorNotASilentNull() {
		assertThatThrownBy(() -> Rows.entity(Values.value(Map.of("id", 7L))))
			.isInstanceOf(Uncoercible.class);
	}
}
