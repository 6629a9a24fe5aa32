/**
 * What the data path yields, shared by the stages that make it and the ones that consume it: a
 * {@link org.reegraph.loader.extraction.DocumentExtraction} per document (its articles, the
 * {@link org.reegraph.loader.extraction.ExtractedEntity entities} it names, the
 * {@link org.reegraph.loader.extraction.ExtractedFact facts} with their evidence) or the
 * {@link org.reegraph.loader.extraction.Rejection} saying why it was not read. Not a stage: {@code resolve} builds
 * these values, {@code write} and {@code json} consume them, {@link org.reegraph.loader.ReegraphLoader} hands them
 * to applications. Immutable records that depend on no stage but {@code parse} (for the article), so no package
 * of the loader needs the root package and no package cycle remains.
 */
package org.reegraph.loader.extraction;
