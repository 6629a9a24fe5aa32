package org.reegraph.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Pins how the API's packages may depend on each other and on the query API. */
class ApiStructureTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.reegraph.api", "org.reegraph.cypher.query");

	@Test
	void theQueryApiKnowsNothingOfHttpOrGraphql() {
		noClasses().that().resideInAPackage("org.reegraph.cypher.query..")
			.should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "graphql..", "org.reegraph.api..")
			.check(CLASSES);
	}

	@Test
	void theGraphqlLayerRunsNoCypherOfItsOwn() {
		noClasses().that().resideInAPackage("org.reegraph.api.graphql..")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.reegraph.cypher.Statements")
			.orShould().callMethod(org.neo4j.driver.Session.class, "run", String.class)
			.check(CLASSES);
	}

	@Test
	void theWebEndpointsDoNotReachIntoTheGraphqlLayer() {
		noClasses().that().resideInAPackage("org.reegraph.api.web..")
			.should().dependOnClassesThat().resideInAPackage("org.reegraph.api.graphql..")
			.check(CLASSES);
	}
}
