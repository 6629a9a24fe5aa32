package org.reegraph.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiServerIT {

	@Test
	void portZeroPicksAFreePortAndCloseStopsTheServerButNotTheDriver() {
		Driver driver = TestApi.loadedDriver();
		int port;
		try (ApiServer server = ApiServer.start(driver, null, 0)) {
			port = server.port();
			assertThat(port).isPositive();
			assertThat(server.url()).isEqualTo("http://localhost:" + port);
			assertThat(TestApi.get(server, "/health").statusCode()).isEqualTo(200);
		}
		driver.verifyConnectivity();
	}

	@Test
	void portMinusOneHonoursTheMicronautServerPortSetting() throws IOException {
		int free;
		try (ServerSocket socket = new ServerSocket(0)) {
			free = socket.getLocalPort();
		}
		System.setProperty("micronaut.server.port", Integer.toString(free));
		try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:1", AuthTokens.none());
				ApiServer server = ApiServer.start(driver, null, -1)) {
			assertThat(server.port()).isEqualTo(free);
		}
		finally {
			System.clearProperty("micronaut.server.port");
		}
	}

	@Test
	void aBadLimitIsRefusedAtStartWithItsValue() {
		assertThatThrownBy(() -> ApiServer.start(TestApi.loadedDriver(), null, 0, Map.of("reegraph.api.max-hops", 9)))
			.hasStackTraceContaining("reegraph.api.max-hops must be between 1 and 6, got 9.");
	}

	@Test
	void aBadPortIsRefusedWithItsValue() {
		assertThatThrownBy(() -> ApiServer.start(TestApi.loadedDriver(), null, 70000, Map.of()))
			.hasMessageContaining("70000");
	}
}
