package org.reegraph.cypher.query;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.reegraph.cypher.SchemaInstaller;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path statement on a small made-up graph (fictional codes XA, XB; element Fx): a programme without its own
 * country, developed by a company of XA, supplied by a company that depends on an XB-origin alloy containing Fx,
 * stated by two sources.
 */
class DependencyPathsFixtureIT {

	static final String FIXTURE = """
			CREATE (xa:Entity:Country {id: 'country:XA', code: 'XA', name: 'Xanadu', nameLower: 'xanadu', aliases: ['Xanadu']})
			CREATE (xb:Entity:Country {id: 'country:XB', code: 'XB', name: 'Xebia', nameLower: 'xebia', aliases: ['Xebia']})
			CREATE (p:Entity:Program {id: 'program:fx-radar', name: 'FX Radar', nameLower: 'fx radar', kind: 'DEFENSE', aliases: []})
			CREATE (dev:Entity:Company {id: 'company:fx-dev', name: 'FX Dev', nameLower: 'fx dev', country: 'XA', aliases: []})
			CREATE (sup:Entity:Company {id: 'company:fx-magnets', name: 'FX Magnets', nameLower: 'fx magnets', aliases: []})
			CREATE (m:Entity:Element {id: 'element:fx-alloy', name: 'fxium alloy', nameLower: 'fxium alloy', kind: 'MATERIAL', aliases: []})
			CREATE (e:Entity:Element {id: 'element:Fx', symbol: 'Fx', name: 'Fxium', nameLower: 'fxium', kind: 'ELEMENT', aliases: ['Fxium']})
			CREATE (dev)-[:DEVELOPS {factId: 'fact:fx1', document: 'fx.txt', article: 'FX', sentence: 'FX Dev builds the FX Radar.', rule: 't', confidence: 0.9}]->(p)
			CREATE (sup)-[:SUPPLIES {factId: 'fact:fx2', document: 'fx.txt', article: 'FX', sentence: 'FX Magnets supplies the FX Radar.', rule: 't', confidence: 0.9}]->(p)
			CREATE (sup)-[:DEPENDS_ON {factId: 'fact:fx3', originCountry: 'XB', sharePct: 80, document: 'fx.txt', article: 'FX', sentence: 'FX Magnets gets 80% of its fxium alloy from Xebia.', rule: 't', confidence: 0.8}]->(m)
			CREATE (sup)-[:DEPENDS_ON {factId: 'fact:fx4', originCountry: 'XB', sharePct: 95, document: 'fx2.txt', article: 'FX 2', sentence: 'FX Magnets relies on Xebia for 95% of its fxium alloy.', rule: 't', confidence: 0.8}]->(m)
			CREATE (m)-[:CONTAINS {factId: 'fact:fx5', document: 'reegraph reference catalog', article: 'reegraph reference catalog', sentence: 'fxium alloy contains Fxium.', rule: 'catalog.contains', confidence: 1.0}]->(e)
			""";

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
		queries.warmUp(List.of(NamedQuery.DEPENDENCY_PATHS));
	}

	@AfterAll
	static void removeFixture() {
		try (var session = driver.session()) {
			session.run("MATCH (n:Entity) WHERE n.id IN ['country:XA', 'country:XB', 'program:fx-radar', 'company:fx-dev', "
					+ "'company:fx-magnets', 'element:fx-alloy', 'element:Fx'] DETACH DELETE n").consume();
		}
	}

	@Test
	void followsSuppliersBackwardsAndMaterialsForwardsToTheElement() {
		List<DependencyPath> paths = queries.dependencyPaths(new DependencyQuery("fxium", "Xebia", "xa", "DEFENSE", 3, 20));

		assertThat(paths).hasSize(1);
		DependencyPath path = paths.get(0);
		assertThat(path.program().id()).isEqualTo("program:fx-radar");
		assertThat(path.origin().id()).isEqualTo("country:XB");
		assertThat(path.originBasis()).isEqualTo("HOP");
		assertThat(path.hops()).extracting(Hop::type).containsExactly("SUPPLIES", "DEPENDS_ON", "CONTAINS");
		assertThat(path.hops()).extracting(Hop::forward).containsExactly(false, true, true);
		assertThat(path.hops().get(0).to().id()).isEqualTo("company:fx-magnets");
	}

	@Test
	void mergesParallelSourcesOfOneStepKeepingEachFigure() {
		Hop dependsOn = queries.dependencyPaths(new DependencyQuery("Fx", "XB", null, null, 3, 20)).get(0).hops().get(1);

		assertThat(dependsOn.evidence()).extracting(EvidenceView::document).containsExactly("fx.txt", "fx2.txt");
		assertThat(dependsOn.evidence()).extracting(ev -> ev.figures().get("sharePct")).containsExactly(80L, 95L);
	}

	@Test
	void stopsAtMaxHops() {
		assertThat(queries.dependencyPaths(new DependencyQuery("Fx", null, null, null, 2, 20))).isEmpty();
	}

	@Test
	void filtersByOriginProgrammeCountryAndKind() {
		assertThat(queries.dependencyPaths(new DependencyQuery("Fx", "XA", null, null, 3, 20))).isEmpty();
		assertThat(queries.dependencyPaths(new DependencyQuery("Fx", null, "XB", null, 3, 20))).isEmpty();
		assertThat(queries.dependencyPaths(new DependencyQuery("Fx", null, null, "CIVIL", 3, 20))).isEmpty();
	}

	@Test
	void exposureFindsTheProgrammeOfTheCountryThroughItsDeveloper() {
		List<Exposure> exposures = queries.exposure("Xanadu", "Fx");

		assertThat(exposures).extracting(e -> e.dependent().id()).containsExactly("program:fx-radar");
		assertThat(exposures.get(0).hops()).isEqualTo(3);
		assertThat(exposures.get(0).supplierCountries()).containsExactly("XB");
		assertThat(exposures.get(0).materials()).containsExactly("fxium alloy");
	}

	@Test
	void conflictsShowBothSharesSideBySide() {
		List<Conflict> conflicts = queries.conflicts("company:fx-magnets", 10);

		assertThat(conflicts).singleElement().satisfies(c -> {
			assertThat(c.property()).isEqualTo("sharePct");
			assertThat(c.claims()).extracting(cl -> cl.value().intValue()).containsExactly(80, 95);
		});
	}
}
