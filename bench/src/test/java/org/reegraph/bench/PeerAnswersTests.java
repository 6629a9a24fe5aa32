package org.reegraph.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The peer comparison checks that both servers gave the same answer by the ids in it, whatever its shape. */
class PeerAnswersTests {

	static final String REEGRAPH = """
			{"data":{"entity":{"id":"company:a","name":"A","supplies":[
			  {"other":{"id":"company:b","name":"B","locatedIn":[{"other":{"id":"country:US","name":"United States"}}]}},
			  {"other":{"id":"program:c","name":"C"}}]}}}""";

	static final String PEER_SAME = """
			{"data":{"companies":[{"id":"company:a","name":"A","suppliesConnection":{"edges":[
			  {"node":{"id":"company:b","name":"B","locatedInConnection":{"edges":[{"node":{"id":"country:US","name":"United States"}}]}}},
			  {"node":{"id":"program:c","name":"C"}}]}}]}}""";

	static final String PEER_OTHER_ORDER = """
			{"data":{"companies":[{"id":"company:a","name":"A","supplies":[
			  {"id":"program:c","name":"C"},
			  {"id":"company:b","name":"B","locatedIn":[{"id":"country:US","name":"United States"}]}]}]}}""";

	@Test
	void sameEntitiesInTheSameOrderAndNestingGiveTheSameIds() {
		assertThat(PeerBench.ids(REEGRAPH)).containsExactly("company:a", "company:b", "country:US", "program:c");
		assertThat(PeerBench.ids(PEER_SAME)).isEqualTo(PeerBench.ids(REEGRAPH));
	}

	@Test
	void anotherOrderIsAnotherAnswer() {
		assertThat(PeerBench.ids(PEER_OTHER_ORDER)).containsExactlyInAnyOrderElementsOf(PeerBench.ids(REEGRAPH))
			.isNotEqualTo(PeerBench.ids(REEGRAPH));
	}

	@Test
	void errorsCarryNoIds() {
		assertThat(PeerBench.ids("{\"errors\":[{\"message\":\"boom\"}]}")).isEmpty();
	}
}
