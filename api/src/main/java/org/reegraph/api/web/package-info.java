/**
 * The HTTP endpoints besides {@code /graphql}: {@code /health} and the offline GraphiQL page at {@code /graphiql};
 * and the answer to request bodies that cannot be read (never a 500 naming internals).
 */
package org.reegraph.api.web;
