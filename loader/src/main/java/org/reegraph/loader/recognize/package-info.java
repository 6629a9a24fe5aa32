/**
 * Stage 2: entity recognition. A {@link org.reegraph.loader.recognize.Gazetteer} built from the reference
 * catalog (and from what earlier documents taught) finds known names with Aho-Corasick multi-pattern
 * matching and word-boundary rules; {@link org.reegraph.loader.recognize.PatternRecognizer} finds the
 * companies, mines, programmes, policies and agreements the catalog lacks; the
 * {@link org.reegraph.loader.recognize.EntityRecognizer} merges both, longest match first.
 */
package org.reegraph.loader.recognize;
