/**
 * Stage 2: entity recognition. A {@link org.reegraph.loader.recognize.Gazetteer} built from the reference
 * catalog (and from what earlier documents taught) finds known names with Aho-Corasick multi-pattern
 * matching and word-boundary rules; {@link org.reegraph.loader.recognize.PatternRecognizer} finds the
 * companies, organisations, mines, programmes, policies and agreements the catalog lacks by the shape of their
 * names (with the curated lexicon {@code shapes.json}); the {@link org.reegraph.loader.recognize.EntityRecognizer}
 * merges both, longest match first. Per document, {@link org.reegraph.loader.recognize.DocumentAliases} adds
 * the mentions a text's own definitions and back-references make ("(OES)", "the Company", "It").
 */
package org.reegraph.loader.recognize;
