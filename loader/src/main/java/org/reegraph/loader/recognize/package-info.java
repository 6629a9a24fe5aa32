/**
 * Stage 2 of the data path (parse → <b>recognise</b> → annotate → relate → resolve → write): entity recognition.
 * Entry point: {@link org.reegraph.loader.recognize.EntityRecognizer}, which merges, longest match first, what a
 * {@link org.reegraph.loader.recognize.Gazetteer} built from the reference catalog (and from the names
 * {@code resolve.NameLearner} learned from earlier documents) finds with Aho-Corasick multi-pattern matching and
 * word-boundary rules, and what {@link org.reegraph.loader.recognize.PatternRecognizer} finds by the shape of
 * names the catalog lacks (companies, organisations, mines, programmes, policies and agreements, with the curated
 * lexicon {@code shapes.json}). Per document, {@link org.reegraph.loader.recognize.DocumentAliases} adds the
 * mentions a text's own definitions and back-references make ("(OES)", "the Company", "It").
 */
package org.reegraph.loader.recognize;
