package org.reegraph.loader.relate;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reegraph.loader.quantity.QuantityParser;
import org.reegraph.loader.recognize.EntityRecognizer;
import org.reegraph.loader.recognize.EntityRef;
import org.reegraph.loader.recognize.Gazetteer;
import org.reegraph.model.catalog.Catalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the bundled rule files, run ALONE on the example sentences written beside it: each example
 * must give exactly the facts it lists (by entity name), so a rule is tested on its own and not only through
 * the other rules of its file.
 */
class RuleFileExamplesTests {

	static Catalog catalog;
	static EntityRecognizer recognizer;

	@BeforeAll
	static void recognizer() {
		catalog = Catalog.load();
		recognizer = new EntityRecognizer(catalog, Gazetteer.build(catalog, List.of()));
	}

	/**
	 * {@return what one rule alone reads from a sentence, as "from -> to" names}
	 *
	 * @param file the rule's file (for its negation, modality and light verbs)
	 * @param rule the rule
	 * @param sentence the sentence
	 */
	static List<String> read(RuleFile file, LinguisticRule rule, String sentence) {
		RuleFile alone = new RuleFile(file.name(), file.language(), file.negation(), file.modality(), file.lightVerbs(),
				file.blockers(), List.of(rule));
		return new RuleEngine(List.of(alone)).extract(context(sentence)).stream()
			.map(f -> (f.from().name() + " -> " + f.to().name()).toLowerCase(java.util.Locale.ROOT))
			.toList();
	}

	/** {@return a sentence of an article dated 2025-08-06, with its mentions and amounts} */
	static SentenceContext context(String sentence) {
		return new SentenceContext(sentence, recognizer.recognize(sentence), new QuantityParser().parse(sentence),
				LocalDate.of(2025, 8, 6), new Discourse(),
				code -> catalog.byId("country:" + code).map(c -> new EntityRef(c.id(), c.name(), c.properties())));
	}

	@TestFactory
	Stream<DynamicTest> everyRuleReadsItsOwnExamples() {
		return Stream.of(RuleFile.bundled("en"), RuleFile.bundled("zh"))
			.flatMap(file -> file.rules().stream().flatMap(rule -> rule.examples().stream()
				.map(example -> DynamicTest.dynamicTest(rule.id() + ": " + example.says(), () -> {
					assertThat(read(file, rule, example.says())).as("%s (%s) on \"%s\"", rule.id(), rule.source(),
							example.says())
						.containsExactlyInAnyOrderElementsOf(example.gives().stream()
							.map(g -> g.toLowerCase(java.util.Locale.ROOT)).toList());
				}))));
	}

	@org.junit.jupiter.api.Test
	void ruleIdsNameOneRuleEach() {
		List<String> ids = new java.util.ArrayList<>(new RelationExtractor().rules().stream().map(RelationRule::name).toList());
		Stream.of(RuleFile.bundled("en"), RuleFile.bundled("zh")).flatMap(f -> f.rules().stream())
			.forEach(r -> ids.add(r.id()));
		assertThat(ids).as("a fact's rule must say which rule read it").doesNotHaveDuplicates();
	}

	@TestFactory
	Stream<DynamicTest> everyRuleHasAnExampleThatMakesAFact() {
		return Stream.of(RuleFile.bundled("en"), RuleFile.bundled("zh"))
			.flatMap(file -> file.rules().stream())
			.map(rule -> DynamicTest.dynamicTest(rule.id(), () -> assertThat(rule.examples())
				.as("%s (%s) needs an example sentence that makes a fact", rule.id(), rule.source())
				.anyMatch(e -> !e.gives().isEmpty())));
	}


	/** {@return the facts of the bundled English rules, with their properties} */
	static List<RawFact> facts(String sentence) {
		return RuleEngine.bundled().extract(context(sentence));
	}

	@org.junit.jupiter.api.Test
	void aThreatAPlanAndAProposalSetTheStatusAndANegationMakesNoFact() {
		assertThat(facts("The United States threatened a 25% tariff on China.")).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("sanctions.tariff");
			assertThat(f.properties()).containsEntry("status", "THREATENED").containsEntry("ratePct", 25L)
				.containsEntry("kind", "TARIFF");
		});
		assertThat(facts("Apple plans to invest $500 million in MP Materials.")).singleElement()
			.satisfies(f -> assertThat(f.properties()).containsEntry("status", "PLANNED").containsEntry("amountUsd",
					500000000L));
		assertThat(facts("Apple invested $500 million in MP Materials.")).singleElement()
			.satisfies(f -> assertThat(f.properties()).doesNotContainKey("status"));
		assertThat(facts("Apple has never invested in MP Materials.")).isEmpty();
	}
}
