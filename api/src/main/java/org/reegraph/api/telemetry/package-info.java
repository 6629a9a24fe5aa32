/**
 * What an operator graphs, alerts on and traces: Micrometer meters (published for Prometheus at {@code /metrics}) for
 * GraphQL requests, their errors, Neo4j statements and loads; request ids in the logs; and OpenTelemetry spans for a
 * request and its statements, when {@code reegraph.tracing.enabled} is set.
 */
package org.reegraph.api.telemetry;
