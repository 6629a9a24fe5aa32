/**
 * The graph contract of reegraph in code: node {@link org.reegraph.model.Label labels},
 * {@link org.reegraph.model.RelType relationship types}, which (from, type, to) triples are allowed,
 * stable {@link org.reegraph.model.EntityId entity ids} and the {@link org.reegraph.model.Evidence evidence}
 * every fact carries.
 * <p>
 * This package is the single source of truth that the Cypher schema, the loader and the GraphQL schema
 * derive from or are tested against. It depends on the JDK only.
 */
package org.reegraph.model;
