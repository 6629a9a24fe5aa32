/**
 * The embedded Neo4j that reegraph starts when no external {@code NEO4J_URI} is configured: a real
 * database in-process, with Bolt open for the Java driver, cypher-shell and Neo4j Browser. Kept in its own
 * module so applications that bring their own Neo4j do not carry the database on their classpath.
 * {@link org.reegraph.embedded.EmbeddedImport} runs Neo4j's offline bulk importer on an embedded data directory
 * while no database runs on it ({@code reegraph import}).
 */
package org.reegraph.embedded;
