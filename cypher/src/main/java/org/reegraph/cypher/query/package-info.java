/**
 * The reegraph query API for Java applications: the same questions the GraphQL API answers (dependency
 * paths, exposure, supply shares, conflicts, look-ups, search, relationships), over a {@link org.neo4j.driver.Driver},
 * returning typed, immutable records. Entry point: {@link org.reegraph.cypher.query.ReegraphQueries}.
 * <p>
 * Each method runs exactly one named statement from {@code org/reegraph/cypher/queries/*.cypher} — the
 * same files analysts paste into Neo4j Browser — in a read transaction with a timeout.
 */
package org.reegraph.cypher.query;
