package org.reegraph.loader.recognize;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.model.catalog.Catalog;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentAliasesTests {

	static EntityRecognizer recognizer;

	DocumentAliases aliases;

	@BeforeAll
	static void build() {
		Catalog catalog = Catalog.load();
		recognizer = new EntityRecognizer(catalog, Gazetteer.build(catalog, List.of()));
	}

	@BeforeEach
	void newDocument() {
		aliases = new DocumentAliases();
	}

	private List<Mention> read(String sentence) {
		return aliases.extend(sentence, recognizer.recognize(sentence));
	}

	/** The alias mentions of a sentence as "text → id (rule)". */
	private List<String> aliasesIn(String sentence) {
		return read(sentence).stream().filter(m -> m.rule().startsWith("alias."))
			.map(m -> m.text() + " → " + m.entity().id() + " (" + m.rule() + ")").toList();
	}

	@Nested
	class Abbreviations {

		@Test
		void anAcronymInParenthesesNamesTheOrganisationAfterwards() {
			assertThat(aliasesIn("Funding came from the Office of Energy Supply (OES) in May.")).isEmpty();
			assertThat(aliasesIn("OES said the loan would close in June."))
				.containsExactly("OES → organization:office-of-energy-supply (alias.abbreviation)");
		}

		@Test
		void quotedShortNamesAndTheCompanyAreDefinedTogether() {
			assertThat(aliasesIn("Halcyon Magnetics Corp. (“Halcyon” or “the Company”) signed a supply contract, "
					+ "and Halcyon will ship in 2026.")).containsExactly(
							"Halcyon → company:halcyon-magnetics (alias.abbreviation)");
			assertThat(aliasesIn("The Company expects revenue from the contract in 2027."))
				.containsExactly("The Company → company:halcyon-magnetics (alias.abbreviation)");
		}

		@Test
		void aTickerAndAShortFormFollowEachOther() {
			read("Halcyon Rare Earths Limited (ASX: HRE) (Halcyon) reported record output.");
			assertThat(aliasesIn("Shares of HRE rose after Halcyon raised guidance.")).containsExactly(
					"HRE → company:halcyon-rare-earths (alias.abbreviation)",
					"Halcyon → company:halcyon-rare-earths (alias.abbreviation)");
		}

		@Test
		void otherRemarksInParenthesesDefineNothing() {
			read("Halcyon Rare Earths Limited (a producer since 2012) reported output.");
			assertThat(aliasesIn("A producer since 2012 is rare.")).isEmpty();
		}

		@Test
		void shortFormsAreNotLearnedAsAliasesOfTheEntityWhenTheyAreDescriptions() {
			List<Mention> found = read("Halcyon Magnetics Corp. (“the Company”) signed; the Company will ship.");
			assertThat(found).filteredOn(m -> m.rule().startsWith("alias.")).singleElement()
				.satisfies(m -> assertThat(DocumentAliases.isName(m)).isFalse());
		}
	}

	@Nested
	class DefiniteDescriptions {

		@Test
		void theCompanyIsTheFirstNamedCompanyWithoutADefinition() {
			read("Halcyon Magnetics Corp. and Kestrel Metals Ltd. signed a supply contract.");
			assertThat(aliasesIn("Shares of the Company rose 5%."))
				.containsExactly("the Company → company:halcyon-magnetics (alias.definite)");
		}

		@Test
		void theDepartmentIsTheMostRecentDepartment() {
			read("The Department of Energy and the Office of Strategic Capital announced loans.");
			read("The Defense Logistics Agency buys stockpiles.");
			assertThat(aliasesIn("The Department said the Office would fund the Agency.")).containsExactly(
					"The Department → organization:us-department-of-energy (alias.definite)",
					"the Office → organization:office-of-strategic-capital (alias.definite)",
					"the Agency → organization:defense-logistics-agency (alias.definite)");
		}

		@Test
		void theAgreementIsTheMostRecentNamedAgreementAndKeepsTheBareCue() {
			read("Both sides signed the Pacific Minerals Agreement in Canberra.");
			List<Mention> found = read("Under the agreement, Australia will supply dysprosium.");
			assertThat(found).anyMatch(m -> m.rule().equals("cue.agreement.bare"));
			assertThat(found).anySatisfy(m -> {
				assertThat(m.text()).isEqualTo("the agreement");
				assertThat(m.entity().id()).hasToString("agreement:pacific-minerals-agreement");
				assertThat(m.rule()).isEqualTo("alias.definite");
			});
		}

		@Test
		void nothingToReferToMeansNoAlias() {
			assertThat(aliasesIn("The Ministry said the agreement and the Company were fine.")).isEmpty();
		}
	}

	@Nested
	class NamedPolicies {

		@Test
		void theFinalListAndThisStrategyReferToTheNamedPolicy() {
			read("The Department of the Interior published the 2025 List of Critical Minerals on Thursday.");
			assertThat(aliasesIn("The final List adds 10 new minerals.")).containsExactly(
					"The final List → policy:2025-list-of-critical-minerals (alias.definite)");
			read("Budget 2024 supports the Canadian Critical Minerals Strategy.");
			assertThat(aliasesIn("This Strategy is backed by $3.8 billion.")).singleElement().asString()
				.startsWith("This Strategy → policy:").endsWith("critical-minerals-strategy (alias.definite)");
		}

		@Test
		void aPolicyNounWithoutANamedPolicyReferstoNothing() {
			assertThat(aliasesIn("The Act was debated in the Senate.")).isEmpty();
		}
	}

	@Nested
	class Pronouns {

		@Test
		void itAfterACompanySubjectIsThatCompany() {
			read("Halcyon Magnetics Corp. opened a plant in Texas.");
			assertThat(aliasesIn("It plans to double output by 2027."))
				.containsExactly("It → company:halcyon-magnetics (alias.pronoun)");
			assertThat(aliasesIn("The company also signed with GM."))
				.containsExactly("The company → company:halcyon-magnetics (alias.pronoun)");
		}

		@Test
		void expletivesAndOtherSubjectsAreLeftAlone() {
			read("Halcyon Magnetics Corp. opened a plant in Texas.");
			assertThat(aliasesIn("It is expected that prices will rise.")).isEmpty();
			read("Halcyon Magnetics Corp. opened a plant in Texas.");
			read("Analysts expect prices to rise.");
			assertThat(aliasesIn("It said nothing more.")).isEmpty();
			read("Australia opened a plant in Texas.");
			assertThat(aliasesIn("It plans more.")).isEmpty();
		}
	}

	@Test
	void entityMentionsComeBackInTextOrderWithoutOverlaps() {
		read("Funding came from the Office of Energy Supply (OES) in May.");
		List<Mention> found = read("OES and the Pentagon back Halcyon Magnetics Corp. under the deal.").stream()
			.filter(m -> !m.rule().startsWith("cue.")).toList();
		assertThat(found).extracting(Mention::text).startsWith("OES");
		assertThat(found).isSortedAccordingTo(java.util.Comparator.comparingInt(Mention::start));
		for (int i = 1; i < found.size(); i++) {
			assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
		}
	}

	@Test
	void anUnquotedShortNameOrTheCompanyAfterATickerDefinesBoth() {
		DocumentAliases aliases = new DocumentAliases();
		// a company the catalog does not know (Meteoric Resources, which this test used to name, is in it now)
		String first = "Karawara Resources NL (ASX: KRW) (Karawara or the Company) is pleased to advise it has signed an MOU.";
		aliases.extend(first, recognizer.recognize(first));
		String later = "The Company said Karawara will ship ore in 2026.";
		assertThat(aliases.extend(later, recognizer.recognize(later)))
			.filteredOn(m -> m.rule().startsWith("alias."))
			.extracting(m -> m.text() + "=" + m.entity().name())
			.containsExactly("The Company=Karawara Resources", "Karawara=Karawara Resources");
	}
}
