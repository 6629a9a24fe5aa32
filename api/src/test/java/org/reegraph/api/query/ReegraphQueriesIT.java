package org.reegraph.api.query;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.api.TestApi;
import org.reegraph.cypher.query.DependencyPath;
import org.reegraph.cypher.query.DependencyQuery;
import org.reegraph.cypher.query.NamedQuery;
import org.reegraph.cypher.query.QueryOptions;
import org.reegraph.cypher.query.ReegraphQueries;
import org.reegraph.cypher.query.Relation;
import org.reegraph.cypher.query.RelationFilter;
import org.reegraph.cypher.query.UnknownValueException;
import org.reegraph.model.RelType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Java query API, without HTTP, against the bundled corpus (the runnable example the docs refer to). */
class ReegraphQueriesIT {

	static ReegraphQueries queries;

	@BeforeAll
	static void connect() {
		queries = new ReegraphQueries(TestApi.loadedDriver(), QueryOptions.defaults());
	}

	@Test
	void answersTheHeadlineQuestionWithTypedRecords() {
		List<DependencyPath> paths = queries.dependencyPaths(new DependencyQuery("Dy", "CN", "US", "DEFENSE", 4, 20));

		DependencyPath f35 = paths.get(0);
		assertThat(f35.program().id()).isEqualTo("program:f-35");
		assertThat(f35.program().property("kind")).isEqualTo("DEFENSE");
		assertThat(f35.origin().property("code")).isEqualTo("CN");
		assertThat(f35.hops()).extracting(h -> h.type()).containsExactly("DEPENDS_ON", "CONTAINS");
		assertThat(f35.hops().get(0).evidence().get(0).sentence()).contains("dysprosium alloy");
		assertThat(f35.hops().get(0).evidence().get(0).published()).isNotNull();
	}

	@Test
	void warmUpPlansTheQueriesWithoutRunningThem() {
		List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
		ReegraphQueries observed = new ReegraphQueries(TestApi.loadedDriver(),
				QueryOptions.defaults().withObserver((name, params) -> ran.add(name)));
		assertThat(observed.warmUp(List.of(NamedQuery.DEPENDENCY_PATHS, NamedQuery.EXPOSURE))).isEqualTo(2);
		assertThat(ran).isEmpty();
		assertThat(observed.dependencyPaths(new DependencyQuery("Dy", "CN", "US", "DEFENSE", 4, 20))).isNotEmpty();
		assertThat(ran).containsExactly("dependency-paths");
	}

	@Test
	void looksUpByCodeSymbolAndNameReturningEmptyWhenNothingMatches() {
		assertThat(queries.country("China")).get().extracting(e -> e.property("code")).isEqualTo("CN");
		assertThat(queries.element("DY")).get().extracting(e -> e.id()).isEqualTo("element:Dy");
		assertThat(queries.entity("program:nothing")).isEmpty();
	}

	@Test
	void batchesRelationshipsForManyEntities() {
		Map<String, List<Relation>> byId = queries.relationships(List.of("country:CN", "country:US", "country:ZZ"),
				RelType.EXPORTS_TO, true, RelationFilter.firstPage());

		assertThat(byId).containsOnlyKeys("country:CN", "country:US", "country:ZZ");
		assertThat(byId.get("country:CN")).isNotEmpty().allMatch(r -> r.outgoing() && r.type().equals("EXPORTS_TO"));
		assertThat(byId.get("country:ZZ")).isEmpty();
	}

	@Nested
	class Failures {

		@Test
		void nameTheUnknownValue() {
			assertThatThrownBy(() -> queries.supplyShares("Kryptonite")).isInstanceOf(UnknownValueException.class)
				.hasMessageContaining("'Kryptonite'");
			assertThatThrownBy(() -> queries.conflicts("nobody:at-all", 5)).isInstanceOf(UnknownValueException.class);
		}

		@Test
		void rejectBadArgumentsBeforeQuerying() {
			assertThatThrownBy(() -> new DependencyQuery("Dy", null, null, null, 7, 20))
				.hasMessage("maxHops must be between 1 and 6, got 7.");
			assertThatThrownBy(() -> queries.search("magnet", List.of("Planet"), 5)).hasMessageContaining("'Planet'");
		}
	}
}
