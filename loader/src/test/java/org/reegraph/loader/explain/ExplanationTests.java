package org.reegraph.loader.explain;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.loader.ReegraphLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ReegraphLoader#explain(String, String)} on sentences written for the tests. */
class ExplanationTests {

	static ReegraphLoader loader;

	@BeforeAll
	static void createLoader() {
		loader = ReegraphLoader.create();
	}

	static SentenceExplanation explain(String sentence) {
		Explanation e = loader.explain("note.md", "Title: Explain\n\n" + sentence);
		assertThat(e.isRejected()).as(e.rejection()).isFalse();
		assertThat(e.articles()).hasSize(1);
		List<SentenceExplanation> sentences = e.articles().get(0).sentences();
		assertThat(sentences).hasSize(2); // the title, then the sentence
		assertThat(sentences.get(0).text()).isEqualTo("Explain");
		return sentences.get(1);
	}

	@Nested
	class ASentenceThatFires {

		@Test
		void showsItsMentionsTheFactAndTheRuleThatMadeIt() {
			SentenceExplanation s = explain("Japan lent $200 million to Lynas Rare Earths.");
			assertThat(s.text()).isEqualTo("Japan lent $200 million to Lynas Rare Earths.");
			assertThat(s.mentions()).extracting(MentionExplanation::text, MentionExplanation::label,
					MentionExplanation::id, MentionExplanation::recognisedBy)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Japan", "Country", "country:JP", "gazetteer"),
						org.assertj.core.groups.Tuple.tuple("Lynas Rare Earths", "Company", "company:lynas-rare-earths",
								"gazetteer"));
			assertThat(s.facts()).singleElement().satisfies(f -> {
				assertThat(f.type()).isEqualTo("INVESTS_IN");
				assertThat(f.fromName()).isEqualTo("Japan");
				assertThat(f.toId()).isEqualTo("company:lynas-rare-earths");
				assertThat(f.rule()).isEqualTo("invests.award.to");
				assertThat(f.properties()).containsEntry("amountUsd", 200_000_000L);
			});
			assertThat(s.rules()).contains(new RuleTrace("invests.award.to", "lent", true,
					"[Japan -INVESTS_IN-> Lynas Rare Earths]"));
			assertThat(s.closest()).isEmpty();
		}
	}

	@Nested
	class ASentenceThatDoesNot {

		@Test
		void aNegatedTriggerSaysSoAndMakesNoFact() {
			SentenceExplanation s = explain("Apple did not invest in MP Materials.");
			assertThat(s.entityMentions()).isEqualTo(2);
			assertThat(s.facts()).isEmpty();
			assertThat(s.rules()).containsExactly(new RuleTrace("invests.verb", "invest", false, "negated"));
			assertThat(s.closest()).containsExactly(new ClosestRule.TriggerFound("invests.verb", "invest", "negated"));
		}

		@Test
		void aSlotThatFindsNoEntityIsNamed() {
			SentenceExplanation s = explain("Apple exported magnets, MP Materials said.");
			assertThat(s.facts()).isEmpty();
			assertThat(s.closest()).containsExactly(new ClosestRule.TriggerFound("exports.verb", "exported",
					"no pp [to] of label [Company, Country]"));
		}

		@Test
		void withoutAnyTriggerWordTheRulesThatCouldJoinTwoOfItsEntitiesAreListed() {
			SentenceExplanation s = explain("Japan and Lynas Rare Earths met in Tokyo last week.");
			assertThat(s.facts()).isEmpty();
			assertThat(s.rules()).isEmpty();
			assertThat(s.closest()).hasSizeBetween(1, SentenceExplanation.MAX_CLOSEST)
				.allSatisfy(c -> assertThat(c).isInstanceOf(ClosestRule.NoTrigger.class));
			ClosestRule.NoTrigger invests = s.closest().stream().map(ClosestRule.NoTrigger.class::cast)
				.filter(c -> c.rule().equals("invests.verb")).findFirst().orElseThrow();
			assertThat(invests.type()).isEqualTo("INVESTS_IN");
			assertThat(invests.triggers()).containsExactly("invest", "reinvest");
			assertThat(invests.from().text()).isEqualTo("Japan");
			assertThat(invests.to().text()).isEqualTo("Lynas Rare Earths");
			assertThat(s.closest()).extracting(c -> ((ClosestRule.NoTrigger) c).type()).doesNotHaveDuplicates();
		}

		@Test
		void aSentenceWithOneEntityListsNoClosestRules() {
			SentenceExplanation s = explain("Apple did not invest last year.");
			assertThat(s.entityMentions()).isEqualTo(1);
			assertThat(s.rules()).isEmpty();
			assertThat(s.closest()).isEmpty();
		}
	}

	@Nested
	class ADocument {

		@Test
		void explainsEverySentenceOfEveryArticleAsExtractReadsIt() {
			String text = "Title: Two\n\nJapan lent $200 million to Lynas Rare Earths. Apple did not invest in MP Materials.";
			Explanation e = loader.explain("two.md", text);
			assertThat(e.document()).isEqualTo("two.md");
			assertThat(e.articles()).singleElement().satisfies(a -> {
				assertThat(a.title()).isEqualTo("Two");
				assertThat(a.sentences()).hasSize(3);
			});
			long facts = e.articles().get(0).sentences().stream().mapToLong(s -> s.facts().size()).sum();
			assertThat(facts).isEqualTo(loader.extractText("two.md", text).facts().stream()
				.filter(f -> !f.evidence().rule().startsWith("catalog.")).count());
		}

		@Test
		void aDocumentThatCannotBeReadIsRejectedWithTheReason() {
			Explanation e = loader.explain("empty.md", "   ");
			assertThat(e.isRejected()).isTrue();
			assertThat(e.rejection()).isNotBlank();
			assertThat(e.articles()).isEmpty();
		}
	}
}
