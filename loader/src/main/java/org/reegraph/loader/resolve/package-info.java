/**
 * Stage 4 of the data path (parse → recognise → annotate → relate → <b>resolve</b> → write): resolution. Entry
 * points: {@link org.reegraph.loader.resolve.EntityResolver} per document — every mention resolves to a stable
 * entity id (catalog ids for known entities, normalised-name ids for the rest) and surface forms accumulate as
 * aliases; {@link org.reegraph.loader.resolve.FactBuilder} resolves both ends of each fact the rules read and gives
 * it its deterministic id; {@link org.reegraph.loader.resolve.CatalogFacts} adds the catalog knowledge a fact path
 * needs (a magnet contains dysprosium, a mine's operator) with the catalog as its evidence. Across documents,
 * {@link org.reegraph.loader.resolve.NameLearner} remembers the names earlier documents taught and keeps the
 * recogniser's gazetteer up to date with them.
 */
package org.reegraph.loader.resolve;
