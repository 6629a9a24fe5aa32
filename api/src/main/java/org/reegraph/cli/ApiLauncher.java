package org.reegraph.cli;

import org.neo4j.driver.Driver;

/** Starts the GraphQL API for {@code serve}. */
final class ApiLauncher {

	private ApiLauncher() {
	}

	static String start(Driver driver, String database, int port) {
		return "GraphQL API: not available yet (issue 4 adds it); the graph is served over Bolt above.";
	}
}
