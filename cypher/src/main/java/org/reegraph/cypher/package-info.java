/**
 * Cypher for reegraph: the schema ({@code schema/*.cypher}), the named queries ({@code queries/*.cypher})
 * that the API runs and analysts paste into Neo4j Browser, the connection settings and the
 * {@link org.reegraph.cypher.SchemaInstaller} that applies the schema idempotently.
 */
package org.reegraph.cypher;
