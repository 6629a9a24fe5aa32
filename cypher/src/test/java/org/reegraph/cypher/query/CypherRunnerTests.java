package org.reegraph.cypher.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which Neo4j errors {@link CypherRunner} turns into a {@link QueryMemoryException}. */
class CypherRunnerTests {

	@Test
	void neo4jsTwoMemoryLimitsAreRecognisedByTheirStatusCodes() {
		assertThat(CypherRunner.isMemoryLimit("Neo.TransientError.General.MemoryPoolOutOfMemoryError")).isTrue();
		assertThat(CypherRunner.isMemoryLimit("Neo.TransientError.General.TransactionMemoryLimit")).isTrue();
		assertThat(CypherRunner.isMemoryLimit("Neo.TransientError.Transaction.TransactionTimedOutClientConfiguration"))
			.isFalse();
		assertThat(CypherRunner.isMemoryLimit("Neo.ClientError.Statement.SyntaxError")).isFalse();
		assertThat(CypherRunner.isMemoryLimit(null)).isFalse();
	}

	@Test
	void theMemoryErrorTellsThePersonWhatToDo() {
		assertThat(new QueryMemoryException(null)).hasMessageContaining("more memory than Neo4j allows a query")
			.hasMessageContaining("fewer hops");
	}
}
