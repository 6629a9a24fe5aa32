package org.reegraph.cypher.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuceneQueryTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"dysprosium|dysprosium dysprosium*",
			"MP Materials|mp mp* materials materials*",
			"F-35|f\\-35",
			"(\"[|\\(\\\"\\[",
			"  |''",
			"中国|中国 中国*" })
	void escapesSyntaxAndMatchesWordsAsPrefixes(String text, String query) {
		assertThat(LuceneQuery.of(text == null ? "" : text)).isEqualTo(query == null ? "" : query);
	}

	@Test
	void matchesVeryLongWordsWholeBecauseLuceneRefusesLongPrefixes() {
		String word = "x".repeat(5000);

		assertThat(LuceneQuery.of(word)).isEqualTo(word);
		assertThat(LuceneQuery.of("y".repeat(100))).endsWith("y*");
	}

	@Test
	void refusesTextsOfMoreThan64Words() {
		assertThat(LuceneQuery.of("w ".repeat(64))).startsWith("w w*");
		assertThatThrownBy(() -> LuceneQuery.of("w ".repeat(65)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("The search text has 65 words; at most 64 are allowed.");
		assertThatThrownBy(() -> LuceneQuery.of("1e309'".repeat(70)))
			.as("punctuation splits words the way the index's analyser does")
			.hasMessage("The search text has 70 words; at most 64 are allowed.");
		assertThatThrownBy(() -> LuceneQuery.of("稀土".repeat(33))).hasMessage("The search text has 66 words; at most 64 are allowed.");
	}
}
