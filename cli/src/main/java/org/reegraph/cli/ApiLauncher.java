package org.reegraph.cli;

import org.neo4j.driver.Driver;
import org.reegraph.api.ApiServer;

/** Starts the GraphQL API for {@code serve}. */
final class ApiLauncher {

	private ApiLauncher() {
	}

	static ApiServer start(Driver driver, String database, int port) {
		return ApiServer.start(driver, database, port);
	}
}
