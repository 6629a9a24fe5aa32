package org.reegraph.embedded;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedNeo4jIT {

	@Test
	void servesBoltAndKeepsItsDataAcrossRestarts(@TempDir Path dir) {
		EmbeddedSettings settings = EmbeddedSettings.forTests(dir.resolve("db"));
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(settings);
				var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
				var session = driver.session()) {
			assertThat(db.boltUri()).startsWith("bolt://127.0.0.1:");
			assertThat(db.isAvailable()).isTrue();
			session.run("CREATE (:Probe {name: 'kept'})").consume();
		}
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(settings);
				var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
				var session = driver.session()) {
			assertThat(session.run("MATCH (p:Probe) RETURN p.name AS n").single().get("n").asString()).isEqualTo("kept");
		}
	}

	@Test
	void servesNeo4jBrowserWhenAsked(@TempDir Path dir) throws Exception {
		EmbeddedSettings settings = EmbeddedSettings.forTests(dir).withPorts(0, 0, true);
		try (EmbeddedNeo4j db = EmbeddedNeo4j.start(settings)) {
			String url = db.browserUrl().orElseThrow();
			var response = java.net.http.HttpClient.newHttpClient().send(
					java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).containsIgnoringCase("neo4j");
		}
	}

	@Test
	void aTakenPortIsReportedWithTheOptionToChangeIt(@TempDir Path dir) throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			EmbeddedSettings settings = EmbeddedSettings.forTests(dir).withPorts(taken.getLocalPort(), 0, false);
			assertThatThrownBy(() -> EmbeddedNeo4j.start(settings)).isInstanceOf(EmbeddedStartException.class)
				.hasMessageContaining("The Bolt port " + taken.getLocalPort() + " is already in use")
				.hasMessageContaining("--bolt-port / REEGRAPH_BOLT_PORT");
		}
	}

	@Test
	void settingsRefuseBadValuesWithTheValueInTheMessage() {
		assertThatThrownBy(() -> EmbeddedSettings.fromEnvironment(java.util.Map.of("REEGRAPH_BOLT_PORT", "x")))
			.hasMessage("REEGRAPH_BOLT_PORT must be a port number, got 'x'.");
		assertThatThrownBy(() -> EmbeddedSettings.defaults().withPorts(70000, 0, false))
			.hasMessageContaining("got 70000");
	}
}
