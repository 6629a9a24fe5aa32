/**
 * The reegraph GraphQL API server: {@link org.reegraph.api.ApiServer} starts it over a caller's Neo4j
 * {@link org.neo4j.driver.Driver}; {@link org.reegraph.api.ApiConfig} holds its limits and token.
 */
package org.reegraph.api;
