/**
 * The reegraph loader: from news documents to an evidence-backed graph. {@link org.reegraph.loader.ReegraphLoader}
 * is the entry point for applications: extract facts without a database, or load documents into Neo4j
 * through a {@link org.neo4j.driver.Driver}, whole documents batched per transaction.
 * <p>
 * The stages live in their own packages, in pipeline order: {@code parse} → {@code text} → {@code recognize}
 * → {@code relate} → {@code resolve} → {@code write}.
 */
package org.reegraph.loader;
