package org.reegraph.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EntityIdTests {

	@Test
	void parsesAndPrintsRoundTrip() {
		EntityId id = EntityId.parse("company:mp-materials");
		assertThat(id.label()).isEqualTo(Label.COMPANY);
		assertThat(id.key()).isEqualTo("mp-materials");
		assertThat(id).hasToString("company:mp-materials");
	}

	@Test
	void slugsAreDeterministicAndNormalised() {
		assertThat(EntityId.slug("MP Materials")).isEqualTo("mp-materials");
		assertThat(EntityId.slug("  Pratt & Whitney ")).isEqualTo("pratt-whitney");
		assertThat(EntityId.slug("Nouvelle-Calédonie")).isEqualTo("nouvelle-caledonie");
		assertThat(EntityId.slug("Lynas Rare Earths Ltd.")).isEqualTo("lynas-rare-earths-ltd");
		assertThat(EntityId.slug("中国稀土集团")).isEqualTo("中国稀土集团");
		assertThat(EntityId.fromName(Label.PROGRAM, "F-35")).hasToString("program:f-35");
	}

	@Test
	void badIdsAreRefusedWithTheValueInTheMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> EntityId.parse("CN"))
			.withMessageContaining("'CN'");
		assertThatIllegalArgumentException().isThrownBy(() -> EntityId.parse("widget:x"))
			.withMessageContaining("Unknown id prefix 'widget'");
		assertThatIllegalArgumentException().isThrownBy(() -> EntityId.slug("!!!"))
			.withMessageContaining("'!!!'");
	}

	@Test
	void evidenceRefusesAConfidenceOutsideZeroToOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Evidence("d.txt", "t", null, null, "s", "rule", 1.5))
			.withMessageContaining("1.5");
	}
}
