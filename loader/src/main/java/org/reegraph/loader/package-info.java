/**
 * The reegraph loader: from news documents to an evidence-backed graph. Entry point:
 * {@link org.reegraph.loader.ReegraphLoader} — extract facts without a database, or load documents into Neo4j
 * through a {@link org.neo4j.driver.Driver}, whole documents batched per transaction; its run is configured by a
 * {@link org.reegraph.loader.LoaderConfig}, heard by a {@link org.reegraph.loader.LoadListener} and summed up in a
 * {@link org.reegraph.loader.LoadReport}.
 * <p>
 * The stages live in their own packages, in the order of the data path: {@code parse} (with {@code text} for
 * sentences) → {@code recognize} → {@code annotate} (run by {@code relate} on the sentences its rules read) →
 * {@code relate} → {@code resolve} → {@code write} (or {@code json} for {@code extract}); what they yield is in
 * {@code extraction}. Each stage depends on earlier ones only, and none on this package
 * ({@code LoaderPackageStructureTests}); the package-private {@code DocumentPipeline} runs them over one document.
 */
package org.reegraph.loader;
