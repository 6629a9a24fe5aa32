package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.reegraph.cypher.SchemaInstaller;
import org.reegraph.model.RelType;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Questions over time and what-if cut-offs on a graph made up for them (fictional countries YA, YB, YC and
 * element Yx): dated statements, a policy paused by a later agreement, a monthly series, two sources that agree,
 * two that disagree, two suppliers, one cut-off, and one statement of a document without a date.
 */
class AsOfAndScenariosFixtureIT {

	static final String FIXTURE = """
			CREATE (ya:Entity:Country {fx19: true, id: 'country:YA', code: 'YA', name: 'Yalta', nameLower: 'yalta', aliases: []})
			CREATE (yb:Entity:Country {fx19: true, id: 'country:YB', code: 'YB', name: 'Yborg', nameLower: 'yborg', aliases: []})
			CREATE (yc:Entity:Country {fx19: true, id: 'country:YC', code: 'YC', name: 'Ycland', nameLower: 'ycland', aliases: []})
			CREATE (jet:Entity:Program {fx19: true, id: 'program:y-jet', name: 'Y Jet', nameLower: 'y jet', kind: 'DEFENSE', country: 'YA', aliases: []})
			CREATE (sonar:Entity:Program {fx19: true, id: 'program:y-sonar', name: 'Y Sonar', nameLower: 'y sonar', kind: 'DEFENSE', country: 'YA', aliases: []})
			CREATE (yx:Entity:Element {fx19: true, id: 'element:Yx', symbol: 'Yx', name: 'Yxium', nameLower: 'yxium', kind: 'ELEMENT', aliases: []})
			CREATE (mag:Entity:Element {fx19: true, id: 'element:yx-magnet', name: 'yx magnet', nameLower: 'yx magnet', kind: 'MATERIAL', aliases: []})
			CREATE (pol:Entity:Policy {fx19: true, id: 'policy:yb-export-controls-yx', name: 'Yborg export controls on Yxium', nameLower: 'yborg export controls on yxium', kind: 'EXPORT_CONTROL', status: 'IN_FORCE', aliases: []})
			CREATE (ag:Entity:Agreement {fx19: true, id: 'agreement:ya-yb-agreement', name: 'Yalta-Yborg agreement', nameLower: 'yalta-yborg agreement', terms: ['pause new export controls'], aliases: []})
			CREATE (mag)-[:CONTAINS {factId: 'fact:y01', document: 'reegraph reference catalog', article: 'reegraph reference catalog', sentence: 'yx magnet contains Yxium.', rule: 'catalog.contains', confidence: 1.0}]->(yx)
			CREATE (jet)-[:DEPENDS_ON {factId: 'fact:y02', originCountry: 'YB', sharePct: 70, document: 'a.txt', article: 'A', published: date('2025-03-01'), sentence: 'Y Jet gets 70% of its yx magnets from Yborg.', rule: 't', confidence: 0.8}]->(mag)
			CREATE (jet)-[:DEPENDS_ON {factId: 'fact:y03', originCountry: 'YB', sharePct: 90, document: 'b.txt', article: 'B', published: date('2025-05-01'), sentence: 'Y Jet gets 90% of its yx magnets from Yborg.', rule: 't', confidence: 0.8}]->(mag)
			CREATE (sonar)-[:DEPENDS_ON {factId: 'fact:y04', originCountry: 'YB', document: 'a.txt', article: 'A0', published: date('2025-02-01'), sentence: 'Y Sonar uses yx magnets from Yborg.', rule: 't', confidence: 0.8}]->(mag)
			CREATE (sonar)-[:DEPENDS_ON {factId: 'fact:y05', originCountry: 'YC', document: 'c.txt', article: 'C', published: date('2025-04-01'), sentence: 'Y Sonar now also buys Yxium from Ycland.', rule: 't', confidence: 0.8}]->(yx)
			CREATE (yb)-[:PRODUCES {factId: 'fact:y06', sharePct: 80, document: 'a.txt', article: 'A0', published: date('2025-01-10'), sentence: 'Yborg produces 80% of Yxium.', rule: 't', confidence: 0.8}]->(yx)
			CREATE (yc)-[:PRODUCES {factId: 'fact:y07', sharePct: 15, document: 'a.txt', article: 'A0', published: date('2025-01-10'), sentence: 'Ycland produces 15% of Yxium.', rule: 't', confidence: 0.8}]->(yx)
			CREATE (yc)-[:PRODUCES {factId: 'fact:y08', sharePct: 20, document: 'd.txt', article: 'D', published: date('2025-06-01'), sentence: 'Ycland produces a fifth of Yxium.', rule: 't', confidence: 0.8}]->(yx)
			CREATE (yb)-[:EXPORTS_TO {factId: 'fact:y09', commodity: 'yx magnet', period: '2025-01', quantity: 10, unit: 't', document: 'a.txt', article: 'A1', published: date('2025-02-15'), sentence: 'Yborg shipped 10 t of yx magnets to Yalta in January.', rule: 't', confidence: 0.9}]->(ya)
			CREATE (yb)-[:EXPORTS_TO {factId: 'fact:y10', commodity: 'yx magnet', period: '2025-02', quantity: 12, unit: 't', document: 'a.txt', article: 'A2', published: date('2025-03-15'), sentence: 'Yborg shipped 12 t of yx magnets to Yalta in February.', rule: 't', confidence: 0.9}]->(ya)
			CREATE (yb)-[:EXPORTS_TO {factId: 'fact:y11', commodity: 'yx magnet', period: '2025-02', quantity: 12, unit: 't', document: 'b.txt', article: 'B2', published: date('2025-03-20'), sentence: 'February: 12 t of yx magnets went from Yborg to Yalta.', rule: 't', confidence: 0.9}]->(ya)
			CREATE (yc)-[:EXPORTS_TO {factId: 'fact:y12', commodity: 'yx magnet', document: 'undated.txt', article: 'U', sentence: 'Ycland sells yx magnets to Yalta.', rule: 't', confidence: 0.7}]->(ya)
			CREATE (pol)-[:ISSUED_BY {factId: 'fact:y13', document: 'a.txt', article: 'A0', published: date('2025-01-05'), sentence: 'Yborg controls exports of Yxium.', rule: 't', confidence: 0.8}]->(yb)
			CREATE (pol)-[:COVERS {factId: 'fact:y14', document: 'a.txt', article: 'A0', published: date('2025-01-05'), sentence: 'Yborg controls exports of Yxium.', rule: 't', confidence: 0.8}]->(yx)
			CREATE (yb)-[:PARTY_TO {factId: 'fact:y15', document: 'e.txt', article: 'E', published: date('2025-05-10'), sentence: 'Yborg agreed with Yalta to pause new export controls on Yxium.', rule: 't', confidence: 0.8}]->(ag)
			CREATE (ya)-[:PARTY_TO {factId: 'fact:y16', document: 'e.txt', article: 'E', published: date('2025-05-10'), sentence: 'Yborg agreed with Yalta to pause new export controls on Yxium.', rule: 't', confidence: 0.8}]->(ag)
			CREATE (ag)-[:COVERS {factId: 'fact:y17', document: 'e.txt', article: 'E', published: date('2025-05-10'), sentence: 'Yborg agreed with Yalta to pause new export controls on Yxium.', rule: 't', confidence: 0.8}]->(yx)
			""";

	static final LocalDate FEB_15 = LocalDate.parse("2025-02-15");
	static final LocalDate MAR_15 = LocalDate.parse("2025-03-15");
	static final LocalDate APR_01 = LocalDate.parse("2025-04-01");

	static Driver driver;
	static ReegraphQueries queries;

	@BeforeAll
	static void createFixture() {
		driver = TestNeo4j.get().driver();
		new SchemaInstaller(driver, null).apply();
		removeFixture();
		try (var session = driver.session()) {
			session.run(FIXTURE).consume();
		}
		queries = new ReegraphQueries(driver, QueryOptions.defaults());
		// planned before the first timed run: planning the walk takes seconds on a busy two-core machine, and
		// counts against the query timeout of the first run
		queries.warmUp(List.of(NamedQuery.DEPENDENCY_PATHS, NamedQuery.DISRUPTION, NamedQuery.TIMELINE,
				NamedQuery.EXPOSURE, NamedQuery.ALTERNATIVES));
	}

	@AfterAll
	static void removeFixture() {
		try (var session = driver.session()) {
			session.run("MATCH (n:Entity {fx19: true}) DETACH DELETE n").consume();
		}
	}

	static List<String> programmes(List<DependencyPath> paths) {
		return paths.stream().map(p -> p.program().name()).distinct().sorted().toList();
	}

	@Nested
	class AsOf {

		@Test
		void theHeadlineCountsOnlyWhatWasStatedByTheDate() {
			DependencyQuery question = new DependencyQuery("Yx", "YB", "YA", "DEFENSE", 4, 20);
			assertThat(programmes(queries.dependencyPaths(question))).containsExactly("Y Jet", "Y Sonar");
			assertThat(programmes(queries.dependencyPaths(question.asOf(FEB_15)))).containsExactly("Y Sonar");
			assertThat(queries.dependencyPaths(question.asOf(LocalDate.parse("2025-01-31")))).isEmpty();
		}

		@Test
		void relationshipsAndSupplySharesCountOnlyWhatWasStatedByTheDate() {
			RelationFilter byMarch = new RelationFilter(null, null, Map.of(), 0, 20, MAR_15);
			assertThat(queries.relationships(List.of("country:YB"), RelType.EXPORTS_TO, true, byMarch).get("country:YB"))
				.extracting(r -> r.properties().get("period")).containsExactlyInAnyOrder("2025-01", "2025-02");
			RelationFilter byFebruary = new RelationFilter(null, null, Map.of(), 0, 20, FEB_15);
			assertThat(queries.relationships(List.of("country:YB"), RelType.EXPORTS_TO, true, byFebruary).get("country:YB"))
				.extracting(r -> r.properties().get("period")).containsExactly("2025-01");
			assertThat(queries.supplyShares("Yx", APR_01)).filteredOn(s -> s.supplier().id().equals("country:YC"))
				.singleElement().satisfies(s -> assertThat(s.maxSharePct()).isEqualTo(15.0));
			assertThat(queries.supplyShares("Yx")).filteredOn(s -> s.supplier().id().equals("country:YC"))
				.singleElement().satisfies(s -> assertThat(s.maxSharePct()).isEqualTo(20.0));
		}

		@Test
		void anUndatedStatementCountsWithoutADateAndNeverAsOfOne() {
			RelationFilter all = RelationFilter.firstPage();
			assertThat(queries.relationships(List.of("country:YC"), RelType.EXPORTS_TO, true, all).get("country:YC"))
				.hasSize(1);
			RelationFilter asOf = new RelationFilter(null, null, Map.of(), 0, 20, LocalDate.parse("2030-01-01"));
			assertThat(queries.relationships(List.of("country:YC"), RelType.EXPORTS_TO, true, asOf).get("country:YC"))
				.isEmpty();
		}
	}

	@Nested
	class Timelines {

		@Test
		void aPolicyPausedByALaterAgreementHasTheStatusInForceAtEachDate() {
			String policy = "policy:yb-export-controls-yx";
			Timeline before = queries.timeline(policy, null, LocalDate.parse("2025-05-09"), 100);
			assertThat(before.statusAtEnd()).isEqualTo("IN_FORCE");
			Timeline after = queries.timeline(policy, null, LocalDate.parse("2025-05-10"), 100);
			assertThat(after.statusAtEnd()).isEqualTo("SUSPENDED");
			assertThat(after.statuses()).extracting(Timeline.StatusChange::status, Timeline.StatusChange::basis,
					s -> s.published().toString())
				.containsExactly(org.assertj.core.groups.Tuple.tuple("IN_FORCE", "ENTITY", "2025-01-05"),
						org.assertj.core.groups.Tuple.tuple("SUSPENDED", "AGREEMENT_TERM", "2025-05-10"));
			assertThat(after.statuses().get(1).evidence().sentence()).contains("pause new export controls");
		}

		@Test
		void aSeriesIsListedInDateOrderWithWhatChanged() {
			Timeline yborg = queries.timeline("Yborg", LocalDate.parse("2025-03-01"), null, 100);
			List<Timeline.Statement> exports = yborg.statements().stream()
				.filter(s -> s.type().equals("EXPORTS_TO")).toList();
			assertThat(exports).extracting(s -> s.published().toString()).containsExactly("2025-03-15", "2025-03-20");
			assertThat(exports.get(0).previousPublished()).hasToString("2025-02-15");
			assertThat(exports.get(0).changed()).containsExactlyInAnyOrder("period", "quantity");
			assertThat(exports.get(0).previousFigures()).containsEntry("quantity", 10L);
			assertThat(exports.get(1).changed()).as("a second source that agrees changes nothing").isEmpty();
		}

		@Test
		void undatedStatementsComeLastAndSaySo() {
			Timeline ycland = queries.timeline("country:YC", null, null, 100);
			assertThat(ycland.statements()).last().satisfies(s -> {
				assertThat(s.undated()).isTrue();
				assertThat(s.evidence().document()).isEqualTo("undated.txt");
			});
			assertThat(ycland.statements().subList(0, ycland.statements().size() - 1)).allMatch(s -> !s.undated());
		}

		@Test
		void anUnknownEntityAndAnInvertedWindowAreRefusedByName() {
			assertThatThrownBy(() -> queries.timeline("Atlantis", null, null, 10))
				.isInstanceOf(UnknownValueException.class).hasMessageContaining("Atlantis");
			assertThatThrownBy(() -> queries.timeline("country:YB", APR_01, FEB_15, 10))
				.hasMessageContaining("2025-04-01").hasMessageContaining("2025-02-15");
		}
	}

	@Nested
	class Conflicts {

		@Test
		void aMonthlySeriesAndSourcesThatAgreeAreNoConflict() {
			assertThat(queries.conflicts("Yborg", 20)).noneMatch(c -> c.type().equals("EXPORTS_TO"));
		}

		@Test
		void differentSharesForTheSameFactAreAConflictWithTheirDistance() {
			assertThat(queries.conflicts("Ycland", 20)).singleElement().satisfies(c -> {
				assertThat(c.type()).isEqualTo("PRODUCES");
				assertThat(c.claims()).extracting(cl -> cl.value().intValue()).containsExactly(15, 20);
				assertThat(c.spread().intValue()).isEqualTo(5);
				assertThat(c.relativeSpreadPct()).isEqualTo(25.0);
			});
			assertThat(queries.conflicts("Ycland", 20, APR_01)).as("the second source came later").isEmpty();
		}
	}

	@Nested
	class Exposure {

		@Test
		void weighsTheSupplyByTheStatedSharesAndShowsTheRangeOfSources() {
			var jet = queries.exposure("YA", "Yx").stream().filter(e -> e.dependent().id().equals("program:y-jet"))
				.findFirst().orElseThrow();
			assertThat(jet.weighted()).singleElement().satisfies(w -> {
				assertThat(w.supplier()).isEqualTo("YB");
				assertThat(w.minPct()).isEqualTo(70.0);
				assertThat(w.maxPct()).isEqualTo(90.0);
				assertThat(w.figures()).extracting(f -> f.evidence().document()).containsExactlyInAnyOrder("a.txt", "b.txt");
			});
			var jetInMarch = queries.exposure("YA", "Yx", MAR_15).stream()
				.filter(e -> e.dependent().id().equals("program:y-jet")).findFirst().orElseThrow();
			assertThat(jetInMarch.weighted()).singleElement().satisfies(w -> assertThat(w.maxPct()).isEqualTo(70.0));
		}
	}

	@Nested
	class Scenarios {

		@Test
		void aCutOffSaysWhoLosesEveryPathAndWhoKeepsOneThroughWhom() {
			Disruption d = queries.disruption(List.of(new CutOff("YB", "Yx")), "YA", "DEFENSE", null, 4, 20);
			assertThat(d.programmes()).extracting(i -> i.program().name(), Disruption.Impact::loses)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Y Jet", true),
						org.assertj.core.groups.Tuple.tuple("Y Sonar", false));
			Disruption.Impact sonar = d.programmes().get(1);
			assertThat(sonar.keptThrough()).containsExactly("YC");
			assertThat(sonar.before()).hasSize(2);
			assertThat(sonar.after()).singleElement()
				.satisfies(p -> assertThat(p.hops().get(0).properties()).containsEntry("originCountry", "YC"));
			assertThat(d.programmes().get(0).before()).allSatisfy(p -> assertThat(p.cutBy())
				.extracting(Disruption.Cut::basis).containsExactly("HOP"));
		}

		@Test
		void asOfADateBeforeTheSecondSupplierTheSonarLosesToo() {
			Disruption d = queries.disruption(List.of(new CutOff("Yborg", "Yxium")), "YA", null, MAR_15, 4, 20);
			assertThat(d.programmes()).extracting(i -> i.program().name(), Disruption.Impact::loses)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Y Jet", true),
						org.assertj.core.groups.Tuple.tuple("Y Sonar", true));
		}

		@Test
		void alternativesRankOtherSuppliersWithTheirFigures() {
			List<Alternative> all = queries.alternatives("Yx", List.of("YB"), null, 20);
			assertThat(all).extracting(a -> a.supplier().id()).containsExactly("country:YC");
			assertThat(all.get(0).roles()).containsExactlyInAnyOrder("PRODUCES", "EXPORTS_TO");
			assertThat(all.get(0).maxSharePct()).isEqualTo(20.0);
			assertThat(all.get(0).minSharePct()).isEqualTo(15.0);
			List<Alternative> inApril = queries.alternatives("Yx", List.of("YB"), APR_01, 20);
			assertThat(inApril.get(0).roles()).containsExactly("PRODUCES");
			assertThat(inApril.get(0).sources()).hasSize(1);
			assertThat(queries.alternatives("Yx", List.of(), null, 20)).extracting(a -> a.supplier().id())
				.startsWith("country:YB");
		}

		@Test
		void unknownCutOffsAreRefusedByName() {
			assertThatThrownBy(() -> queries.disruption(List.of(new CutOff("Atlantis", "Yx")), null, null, null, 4, 20))
				.isInstanceOf(UnknownValueException.class).hasMessageContaining("Atlantis");
			assertThatThrownBy(() -> queries.disruption(List.of(new CutOff("YB", "Unobtainium")), null, null, null, 4, 20))
				.isInstanceOf(UnknownValueException.class).hasMessageContaining("Unobtainium");
			assertThatThrownBy(() -> queries.alternatives("Yx", List.of("Atlantis"), null, 20))
				.isInstanceOf(UnknownValueException.class).hasMessageContaining("Atlantis");
		}

		@Test
		void aScenarioWritesNothing() {
			String fingerprint = """
					MATCH (n) OPTIONAL MATCH (n)-[r]->()
					WITH n, collect([type(r), properties(r)]) AS rels ORDER BY elementId(n)
					RETURN count(n) AS nodes, collect([labels(n), properties(n), rels]) AS all""";
			Object before;
			try (var session = driver.session()) {
				before = session.run(fingerprint).single().asMap();
			}
			queries.disruption(List.of(new CutOff("YB", "Yx"), new CutOff("YC", "Yx")), "YA", "DEFENSE", null, 6, 20);
			queries.alternatives("Yx", List.of("YB", "YC"), APR_01, 20);
			try (var session = driver.session()) {
				assertThat(session.run(fingerprint).single().asMap()).isEqualTo(before);
			}
		}
	}
}
