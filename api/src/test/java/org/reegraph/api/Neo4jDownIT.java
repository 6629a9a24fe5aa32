package org.reegraph.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.reegraph.embedded.EmbeddedNeo4j;
import org.reegraph.embedded.EmbeddedSettings;

import static org.assertj.core.api.Assertions.assertThat;

class Neo4jDownIT {

	@Test
	void failsFastWhileNeo4jIsDownAndRecoversWithoutARestart() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Config config = Config.builder().withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS).build();
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(), config);
				ApiServer server = ApiServer.start(driver, null, 0)) {
			var health = TestApi.get(server, "/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"status\":\"DOWN\"");

			long start = System.nanoTime();
			JsonNode body = TestApi.post(server, "{ element(symbol: \"Dy\") { id } }", java.util.Map.of(), null);
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertThat(body.at("/errors/0/message").asText()).isEqualTo(
					"The graph database is not reachable right now; try again shortly.");
			assertThat(body.at("/errors/0/extensions/classification").asText()).isEqualTo("UNAVAILABLE");
			assertThat(millis).isLessThan(5000);

			Path dir = Files.createTempDirectory("reegraph-down-it");
			try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedSettings.forTests(dir).withPorts(port, 0, false))) {
				assertThat(TestApi.get(server, "/health").statusCode()).isEqualTo(200);
				JsonNode recovered = TestApi.post(server, "{ element(symbol: \"Dy\") { id } }", java.util.Map.of(), null);
				assertThat(recovered.has("errors")).as(recovered.toString()).isFalse();
				assertThat(recovered.at("/data/element").isNull()).isTrue();
			}
		}
	}
}
