package org.reegraph.cypher.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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
}
