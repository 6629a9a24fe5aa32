/** The HTTP endpoints besides {@code /graphql}: {@code /health} and the offline GraphiQL page at {@code /graphiql}. */
package org.reegraph.api.web;
