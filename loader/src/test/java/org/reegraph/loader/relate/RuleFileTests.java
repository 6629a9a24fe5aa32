package org.reegraph.loader.relate;

import org.junit.jupiter.api.Test;
import org.reegraph.model.RelType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule files are validated when read: every mistake names the file and the line. */
class RuleFileTests {

	static final String HEAD = """
			language: en
			negation: [not]
			rules:
			""";

	static String rule(String... lines) {
		StringBuilder sb = new StringBuilder(HEAD).append("  - id: test.rule\n");
		for (String l : lines) {
			sb.append("    ").append(l).append('\n');
		}
		return sb.toString();
	}

	@Test
	void aValidRuleIsReadWithItsSlotsPropertiesAndSource() {
		RuleFile file = RuleFile.parse("t.yaml", rule("type: INVESTS_IN", "trigger: {lemmas: [invest], pos: [VERB]}",
				"from: {role: subject}", "to: {role: pp, via: [in]}", "properties: {amountUsd: money}", "confidence: 0.8"));
		LinguisticRule r = file.rules().get(0);
		assertThat(r.type()).isEqualTo(RelType.INVESTS_IN);
		assertThat(r.to().via()).containsExactly("in");
		assertThat(r.properties()).containsEntry("amountUsd", LinguisticRule.Source.MONEY);
		assertThat(r.source()).isEqualTo("t.yaml line 4");
		assertThat(file.negation()).containsExactly("not");
	}

	@Test
	void anUnknownRelationshipTypeIsNamedWithFileAndLine() {
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: EXPORT_TO", "trigger: {lemmas: [export]}",
				"from: {role: subject}", "to: {role: object}")))
			.isInstanceOf(RuleFile.InvalidRuleFileException.class)
			.hasMessageStartingWith("en.yaml line 5: unknown relationship type EXPORT_TO; one of [EXPORTS_TO");
	}

	@Test
	void anUnknownLabelIsNamed() {
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: INVESTS_IN", "trigger: {lemmas: [invest]}",
				"from: {role: subject, labels: [Nation]}", "to: {role: object}")))
			.hasMessageStartingWith("en.yaml line 7: unknown label nation; one of [Country");
	}

	@Test
	void aLabelTheContractDoesNotAllowForTheTypeIsNamed() {
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: INVESTS_IN", "trigger: {lemmas: [invest]}",
				"from: {role: subject, labels: [Element]}", "to: {role: object}")))
			.hasMessage("en.yaml line 7: the contract does not let INVESTS_IN start at Element; it allows "
					+ "[Country, Company, Organization]");
	}

	@Test
	void aPropertyTheContractDoesNotGiveTheTypeIsNamed() {
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: EXPORTS_TO", "trigger: {lemmas: [export]}",
				"from: {role: subject}", "to: {role: pp, via: [to]}", "properties: {priceUsdPerKg: money}")))
			.hasMessageStartingWith("en.yaml line 9: the contract gives EXPORTS_TO no property priceUsdPerKg; its properties: "
					+ "[commodity, quantity, unit, valueUsd, period, changePct, sharePct, usdPerKg, status]");
	}

	@Test
	void anUnknownRoleKeyOrValueSourceIsNamed() {
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: agent}", "to: {role: object}")))
			.hasMessageStartingWith("en.yaml line 7: unknown role agent; one of subject, object, pp, possessor, modifier, head");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject}", "to: {role: object}", "strength: 3")))
			.hasMessageStartingWith("en.yaml line 9: unknown key strength");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject}", "to: {role: object}", "properties: {amountUsd: cash}")))
			.hasMessageStartingWith("en.yaml line 9: unknown value source cash");
	}

	@Test
	void aPrepositionalSlotNeedsItsPrepositionsAndIdsAreUnique() {
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject}", "to: {role: pp}")))
			.hasMessage("en.yaml line 8: role pp needs via: the prepositions");
		String twice = rule("type: ACQUIRES", "trigger: {lemmas: [buy]}", "from: {role: subject}", "to: {role: object}")
				+ "  - id: test.rule\n    type: ACQUIRES\n    trigger: {lemmas: [buy]}\n    from: {role: subject}\n"
				+ "    to: {role: object}\n";
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", twice))
			.hasMessage("en.yaml line 9: the rule id test.rule is used twice");
	}

	@Test
	void brokenYamlIsReportedAsSuch() {
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", "language: en\nrules: [\n"))
			.isInstanceOf(RuleFile.InvalidRuleFileException.class)
			.hasMessageStartingWith("en.yaml: not valid YAML");
	}

	@Test
	void theBundledFilesAreValid() {
		assertThat(RuleFile.bundled("en").rules()).hasSizeGreaterThan(40);
		assertThat(RuleFile.bundled("zh").rules()).hasSizeGreaterThan(8);
	}

	@Test
	void repeatedKeysFlagsConfidencesWindowsAndMultiWordTriggersAreRefused() {
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject}", "to: {role: object}", "to: {role: subject}")))
			.hasMessage("en.yaml line 9: the key to is given twice");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject, demonyms: yes}", "to: {role: object}")))
			.hasMessage("en.yaml line 7: demonyms is true or false, not yes");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject, via: [by]}", "to: {role: object}")))
			.hasMessage("en.yaml line 7: via belongs to role pp, not subject");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject, adjacent: true}", "to: {role: object}")))
			.hasMessage("en.yaml line 7: adjacent belongs to roles pp and object, not subject");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject}", "to: {role: object}", "confidence: .NaN")))
			.hasMessage("en.yaml line 9: confidence must be a number between 0 and 1");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject}", "to: {role: object}", "requires: {lemmas: [stake], within: 0}")))
			.hasMessage("en.yaml line 9: within must be 1 or more words");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [take over]}",
				"from: {role: subject}", "to: {role: object}")))
			.hasMessage("en.yaml line 6: the trigger take over is not one word: tokens split at spaces and hyphens");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", "language: english\nrules: []\n"))
			.hasMessage("en.yaml line 1: language is en or zh, not english");
	}

	@Test
	void unknownStatusesPartsOfSpeechAndModalsAreNamed() {
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", "language: en\nmodality:\n  MAYBE: [may]\nrules: []\n"))
			.hasMessageStartingWith("en.yaml line 3: unknown status MAYBE; one of");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy], pos: [VRB]}",
				"from: {role: subject}", "to: {role: object}")))
			.hasMessage("en.yaml line 6: unknown part of speech VRB; one of VERB, NOUN, ADJ, AUX, ADP, PROPN, PRON");
		assertThatThrownBy(() -> RuleFile.parse("en.yaml", rule("type: ACQUIRES", "trigger: {lemmas: [buy]}",
				"from: {role: subject}", "to: {role: object}", "modal: ignore")))
			.hasMessage("en.yaml line 9: modal is status or drop, not ignore");
	}
}
