/**
 * Test helpers for the reliability scenarios (crash mid-load, Neo4j restarts, concurrent load and queries): a
 * canonical, hashed dump of a graph, so two loads can be compared node for node and relationship for
 * relationship.
 */
package org.reegraph.reliability;
