package org.reegraph.loader.text;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuardedPatternTests {

	private static boolean finds(GuardedPattern p, String text) {
		return p.matcher(text, GuardedPattern.lower(text)).find();
	}

	@Nested
	class IgnoringCase {

		private final GuardedPattern exports = GuardedPattern
			.of(Pattern.compile("(?i)\\b(export(?:s|ed)?|shipments?)\\b[^;]*?\\bto\\b"), "export", "shipment");

		@Test
		void searchesWhenAWordIsThereInAnyCase() {
			assertThat(finds(exports, "China EXPORTED gallium to Japan")).isTrue();
			assertThat(finds(exports, "Shipments to the US fell")).isTrue();
		}

		@Test
		void skipsTheSearchWithoutTheWords() {
			assertThat(exports.mayMatch("China sold gallium to Japan", "china sold gallium to japan")).isFalse();
			assertThat(finds(exports, "China sold gallium to Japan")).isFalse();
		}

		@Test
		void aWordListThatMissesABranchFailsWhenAssertionsAreOn() {
			GuardedPattern incomplete = GuardedPattern.of(Pattern.compile("(?i)\\b(exports|sells)\\b"), "export");
			assertThatThrownBy(() -> finds(incomplete, "China sells gallium")).isInstanceOf(AssertionError.class)
				.hasMessageContaining("miss a branch");
		}

		@Test
		void wordsMustBeLowerCase() {
			assertThatIllegalArgumentException().isThrownBy(() -> GuardedPattern.of(Pattern.compile("(?i)Act"), "Act"))
				.withMessageContaining("lower case");
		}
	}

	@Nested
	class Exact {

		@Test
		void looksForTheWordsAsWritten() {
			GuardedPattern act = GuardedPattern.exact(Pattern.compile("[A-Z]\\w+ (Act|Law)\\b"), "Act", "Law");
			assertThat(finds(act, "the Defense Production Act")).isTrue();
			assertThat(act.mayMatch("the defense production act", "the defense production act")).isFalse();
		}

		@Test
		void refusesACaseInsensitivePattern() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> GuardedPattern.exact(Pattern.compile("act", Pattern.CASE_INSENSITIVE), "act"))
				.withMessageContaining("GuardedPattern.of");
		}
	}
}
