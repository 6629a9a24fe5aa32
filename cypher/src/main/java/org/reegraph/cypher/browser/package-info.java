/**
 * What graph analysts get in Neo4j Browser: the style sheet ({@code reegraph.grass}) and a guide, played with
 * {@code :play <url>}, that walks from {@code :style} to the headline question through the named-query catalog.
 */
package org.reegraph.cypher.browser;
