package org.reegraph.cypher;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

class DriverRoundTripIT {

	@Test
	void writesThroughAWriteTransactionAndReadsThroughAReadTransaction() {
		var driver = TestNeo4j.get().driver();
		driver.verifyConnectivity();
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(
					"MERGE (c:Probe {id: $id}) SET c.name = $name", Values.parameters("id", "probe:1", "name", "中国 ✓"))
				.consume());
			String name = session.executeRead(tx -> tx.run("MATCH (c:Probe {id: $id}) RETURN c.name AS name",
					Values.parameters("id", "probe:1")).single().get("name").asString());
			session.executeWriteWithoutResult(tx -> tx.run("MATCH (c:Probe) DELETE c").consume());
			assertThat(name).isEqualTo("中国 ✓");
		}
	}
}
