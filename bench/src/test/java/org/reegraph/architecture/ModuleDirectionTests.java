package org.reegraph.architecture;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the direction between every module of the build, over their production classes. It lives in bench, the
 * last module built, whose test class path holds every other module (cli and test-support in test scope).
 * <p>
 * Each module owns one root package, and may use only the modules listed for it:
 * <pre>
 * graph-model   org.reegraph.model       nothing of ours
 * cypher        org.reegraph.cypher      graph-model
 * embedded      org.reegraph.embedded    nothing of ours
 * synthetic     org.reegraph.synthetic   graph-model
 * test-support  org.reegraph.testsupport embedded
 * loader        org.reegraph.loader      graph-model, cypher
 * api           org.reegraph.api         graph-model, cypher, loader
 * cli           org.reegraph.cli         graph-model, cypher, loader, api, embedded
 * bench         org.reegraph.bench       graph-model, cypher, loader, api, embedded, synthetic
 * </pre>
 * So no production code uses cli, bench or test-support, and only cli, bench and test-support start a database.
 * The Maven dependencies follow the same arrows; {@code api/pom.xml} also refuses a Neo4j server artifact
 * outside test scope.
 */
class ModuleDirectionTests {

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.reegraph");
	}

	@Test
	void everyModuleIsOnTheClassPath() {
		for (String root : List.of("model", "cypher", "embedded", "synthetic", "testsupport", "loader", "api", "cli",
				"bench")) {
			assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("org.reegraph." + root)))
				.as("no production class of org.reegraph.%s found: is its module a (test) dependency of bench?", root)
				.isTrue();
		}
	}

	@Test
	void everyClassBelongsToAModule() {
		classes().that().resideInAPackage("org.reegraph..")
			.should().resideInAnyPackage("org.reegraph.model..", "org.reegraph.cypher..", "org.reegraph.embedded..",
					"org.reegraph.synthetic..", "org.reegraph.testsupport..", "org.reegraph.loader..",
					"org.reegraph.api..", "org.reegraph.cli..", "org.reegraph.bench..")
			.because("a new module or root package needs its row in this test")
			.check(classes);
	}

	@Test
	void eachModuleUsesOnlyTheModulesBelowIt() {
		modules().whereLayer("graph-model").mayNotAccessAnyLayer()
			.whereLayer("cypher").mayOnlyAccessLayers("graph-model")
			.whereLayer("embedded").mayNotAccessAnyLayer()
			.whereLayer("synthetic").mayOnlyAccessLayers("graph-model")
			.whereLayer("test-support").mayOnlyAccessLayers("embedded")
			.whereLayer("loader").mayOnlyAccessLayers("graph-model", "cypher")
			.whereLayer("api").mayOnlyAccessLayers("graph-model", "cypher", "loader")
			.whereLayer("cli").mayOnlyAccessLayers("graph-model", "cypher", "loader", "api", "embedded")
			.whereLayer("bench").mayOnlyAccessLayers("graph-model", "cypher", "loader", "api", "embedded", "synthetic")
			.check(classes);
	}

	@Test
	void noProductionCodeUsesTheLauncherTheBenchmarksOrTestSupportAndOnlyTheyStartADatabase() {
		modules().whereLayer("cli").mayNotBeAccessedByAnyLayer()
			.whereLayer("bench").mayNotBeAccessedByAnyLayer()
			.whereLayer("test-support").mayNotBeAccessedByAnyLayer()
			.whereLayer("embedded").mayOnlyBeAccessedByLayers("cli", "bench", "test-support")
			.check(classes);
	}

	private static LayeredArchitecture modules() {
		return layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("graph-model").definedBy("org.reegraph.model..")
			.layer("cypher").definedBy("org.reegraph.cypher..")
			.layer("embedded").definedBy("org.reegraph.embedded..")
			.layer("synthetic").definedBy("org.reegraph.synthetic..")
			.layer("test-support").definedBy("org.reegraph.testsupport..")
			.layer("loader").definedBy("org.reegraph.loader..")
			.layer("api").definedBy("org.reegraph.api..")
			.layer("cli").definedBy("org.reegraph.cli..")
			.layer("bench").definedBy("org.reegraph.bench..");
	}

	@Nested
	class ThirdParty {

		/** Neo4j's server packages: everything of Neo4j but the driver. */
		private static final DescribedPredicate<JavaClass> NEO4J_SERVER = resideInAPackage("org.neo4j..")
			.and(DescribedPredicate.not(resideInAPackage("org.neo4j.driver..")))
			.as("Neo4j's server (anything of org.neo4j but the driver)");

		@Test
		void theGraphModelUsesNoNeo4j() {
			noClasses().that().resideInAPackage("org.reegraph.model..")
				.should().dependOnClassesThat().resideInAPackage("org.neo4j..")
				.check(classes);
		}

		@Test
		void theLibrariesReachNeo4jThroughTheDriverOnly() {
			noClasses().that().resideInAnyPackage("org.reegraph.cypher..", "org.reegraph.loader..",
					"org.reegraph.api..", "org.reegraph.synthetic..")
				.should().dependOnClassesThat(NEO4J_SERVER)
				.check(classes);
		}

		@Test
		void theLoaderKnowsNothingOfHttpOrGraphql() {
			noClasses().that().resideInAnyPackage("org.reegraph.model..", "org.reegraph.cypher..",
					"org.reegraph.loader..")
				.should().dependOnClassesThat(resideInAnyPackage("io.micronaut..", "graphql..", "jakarta.inject.."))
				.check(classes);
		}
	}

	@Nested
	class Cycles {

		@Test
		void noTwoModulesDependOnEachOther() {
			slices().matching("org.reegraph.(*)..").should().beFreeOfCycles().check(classes);
		}

		@Test
		void noTwoPackagesDependOnEachOther() {
			slices().matching("org.reegraph.(**)").should().beFreeOfCycles().check(classes);
		}
	}

	@Nested
	class Logging {

		/**
		 * A {@code logback-test.xml} on a run-time class path wins over the application's {@code logback.xml}, so
		 * only the build's test resources (build-support/test-resources, copied into each module's test-classes)
		 * may hold one; no module's main code or jar.
		 */
		@Test
		void onlyTheTestResourcesHoldATestLoggingConfiguration() throws IOException {
			List<String> found = new ArrayList<>();
			for (URL url : Collections.list(getClass().getClassLoader().getResources("logback-test.xml"))) {
				found.add(url.toString());
			}
			assertThat(found).as("logback-test.xml on bench's test class path").isNotEmpty()
				.allSatisfy(url -> assertThat(url).as("shipped by main code").contains("/target/test-classes/")
					.doesNotStartWith("jar:"));
		}
	}
}
