/**
 * The benchmark harness behind {@code bin/reegraph bench}: synthetic graphs, the measurements of issue 6
 * (extraction, loading, query latency, concurrency, the {@code @neo4j/graphql} peer, start-up) and the
 * report they write ({@code docs/benchmarks.md} with a chart). Every headline figure is a ratio measured in
 * the same run, and repeated measurements are reported as min / median / max.
 */
package org.reegraph.bench;
