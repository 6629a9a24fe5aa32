package org.reegraph.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Pins the module direction: graph-model ← cypher ← loader ← api, the embedded database on its own, and
 * the loader free of HTTP and GraphQL.
 */
class ModuleDirectionTests {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.reegraph");
	}

	@Test
	void theGraphModelDependsOnNothingOfOurs() {
		noClasses().that().resideInAPackage("org.reegraph.model..")
			.should().dependOnClassesThat().resideInAnyPackage("org.reegraph.cypher..", "org.reegraph.loader..",
					"org.reegraph.api..", "org.reegraph.cli..", "org.reegraph.embedded..", "org.neo4j..")
			.check(classes);
	}

	@Test
	void cypherKnowsOnlyTheModel() {
		noClasses().that().resideInAPackage("org.reegraph.cypher..")
			.should().dependOnClassesThat().resideInAnyPackage("org.reegraph.loader..", "org.reegraph.api..",
					"org.reegraph.cli..", "org.reegraph.embedded..")
			.check(classes);
	}

	@Test
	void theLoaderKnowsNothingOfHttpGraphQlOrTheEmbeddedDatabase() {
		noClasses().that().resideInAPackage("org.reegraph.loader..")
			.should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "graphql..", "org.reegraph.api..",
					"org.reegraph.cli..", "org.reegraph.embedded..", "org.neo4j.graphdb..", "org.neo4j.dbms..")
			.check(classes);
	}

	@Test
	void theEmbeddedDatabaseStandsAlone() {
		noClasses().that().resideInAPackage("org.reegraph.embedded..")
			.should().dependOnClassesThat().resideInAnyPackage("org.reegraph.model..", "org.reegraph.cypher..",
					"org.reegraph.loader..", "org.reegraph.api..", "org.reegraph.cli..")
			.check(classes);
	}

	@Test
	void theApiDoesNotDependOnTheLauncher() {
		noClasses().that().resideInAPackage("org.reegraph.api..")
			.should().dependOnClassesThat().resideInAnyPackage("org.reegraph.cli..")
			.check(classes);
	}
}
