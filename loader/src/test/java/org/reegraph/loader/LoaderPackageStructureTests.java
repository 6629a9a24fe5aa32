package org.reegraph.loader;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Pins the loader's package layout to its data path: parse → recognise → annotate → relate → resolve → write,
 * each stage a package that depends on earlier stages only; the output types in {@code extraction}, which no
 * stage but {@code parse} precedes; the root package (the {@link ReegraphLoader} entry point and its run) on top,
 * needed by none of them; and no package cycle anywhere.
 */
class LoaderPackageStructureTests {

	private static final String LOADER = "org.reegraph.loader";

	static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(LOADER);
	}

	private static String stage(String name) {
		return LOADER + "." + name + "..";
	}

	@Nested
	class Cycles {

		@Test
		void noTwoPackagesOfTheLoaderDependOnEachOther() {
			SliceAssignment everyPackage = new SliceAssignment() {
				@Override
				public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
					String pkg = javaClass.getPackageName();
					return pkg.equals(LOADER) || pkg.startsWith(LOADER + ".") ? SliceIdentifier.of(pkg)
							: SliceIdentifier.ignore();
				}

				@Override
				public String getDescription() {
					return "every package of the loader, the root package included";
				}
			};
			slices().assignedFrom(everyPackage).should().beFreeOfCycles().check(classes);
		}

		@Test
		void noStagePackageDependsOnTheRootPackage() {
			noClasses().that().resideInAPackage(LOADER + ".(*)..")
				.should().dependOnClassesThat().resideInAPackage(LOADER)
				.because("the root package is the applications' entry point; the stages and their output types"
						+ " must not need it")
				.check(classes);
		}
	}

	@Nested
	class StageOrder {

		@Test
		void parseDependsOnNoLaterStage() {
			noClasses().that().resideInAPackage(stage("parse"))
				.should().dependOnClassesThat().resideInAnyPackage(stage("text"), stage("recognize"),
						stage("annotate"), stage("relate"), stage("resolve"), stage("write"), stage("json"),
						stage("extraction"), stage("explain"), stage("quantity"))
				.check(classes);
		}

		@Test
		void theOutputTypesDependOnParseOnly() {
			noClasses().that().resideInAPackage(stage("extraction"))
				.should().dependOnClassesThat().resideInAnyPackage(stage("text"), stage("recognize"),
						stage("annotate"), stage("relate"), stage("resolve"), stage("write"), stage("json"),
						stage("explain"), stage("quantity"))
				.check(classes);
		}

		@Test
		void sentencesAndQuantitiesDependOnNoLaterStage() {
			noClasses().that().resideInAnyPackage(stage("text"), stage("quantity"))
				.should().dependOnClassesThat().resideInAnyPackage(stage("recognize"), stage("annotate"),
						stage("relate"), stage("resolve"), stage("write"), stage("json"), stage("extraction"))
				.check(classes);
		}

		@Test
		void recognitionAndAnnotationDependOnNoLaterStageNorOnEachOther() {
			noClasses().that().resideInAPackage(stage("recognize"))
				.should().dependOnClassesThat().resideInAnyPackage(stage("annotate"), stage("relate"),
						stage("resolve"), stage("write"), stage("json"), stage("extraction"))
				.check(classes);
			noClasses().that().resideInAPackage(stage("annotate"))
				.should().dependOnClassesThat().resideInAnyPackage(stage("recognize"), stage("relate"),
						stage("resolve"), stage("write"), stage("json"), stage("extraction"))
				.check(classes);
		}

		@Test
		void relateDependsOnNeitherResolveNorWrite() {
			noClasses().that().resideInAPackage(stage("relate"))
				.should().dependOnClassesThat().resideInAnyPackage(stage("resolve"), stage("write"), stage("json"),
						stage("extraction"))
				.check(classes);
		}

		@Test
		void resolveDependsOnNoWriter() {
			noClasses().that().resideInAPackage(stage("resolve"))
				.should().dependOnClassesThat().resideInAnyPackage(stage("write"), stage("json"))
				.check(classes);
		}

		@Test
		void theWritersKnowTheOutputTypesNotTheStagesThatMadeThem() {
			noClasses().that().resideInAnyPackage(stage("write"), stage("json"))
				.should().dependOnClassesThat().resideInAnyPackage(stage("text"), stage("recognize"),
						stage("annotate"), stage("relate"), stage("resolve"), stage("quantity"))
				.check(classes);
		}
	}
}
