/**
 * The GraphQL layer: {@link org.reegraph.api.graphql.GraphQLFactory} builds the {@code GraphQL} bean from the
 * schema-first {@code schema.graphqls} / {@code entities.graphqls} (+ {@code mutation.graphqls} when an API
 * token is configured); small fetchers call {@link org.reegraph.cypher.query.ReegraphQueries}, one statement per
 * top-level field, with relationship and evidence fields batched through per-request DataLoaders; limits are
 * enforced by instrumentation and every error goes through one exception handler. Parsed documents come from
 * {@link org.reegraph.api.graphql.PersistedQueries}: automatic persisted queries, a manifest's registered operations,
 * and a cache of recent query texts.
 */
package org.reegraph.api.graphql;
