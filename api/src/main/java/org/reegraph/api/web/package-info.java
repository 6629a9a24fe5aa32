/**
 * The HTTP endpoints: {@code /graphql} as the GraphQL-over-HTTP specification describes it (media types, status
 * codes), {@code /health} and the offline GraphiQL page at {@code /graphiql}; and the answer to failures outside
 * GraphQL execution (never a 500 naming internals).
 */
package org.reegraph.api.web;
