/**
 * Stage 5 of the data path (parse → recognise → annotate → relate → resolve → <b>write</b>): writing into Neo4j.
 * Entry point: {@link org.reegraph.loader.write.GraphWriter}. Whole documents, one or several per write
 * transaction ({@link org.reegraph.loader.write.DocumentBatches}; each lands whole or not at all), batched
 * {@code UNWIND … MERGE} statements from the {@code cypher} module's {@code write/} files, retried by the driver on
 * transient errors. {@link org.reegraph.loader.write.BulkImportFiles} writes the same graph as the files of Neo4j's
 * offline bulk importer instead, for a first load into an empty database. Knows the output types of
 * {@code extraction}, not the stages that made them.
 */
package org.reegraph.loader.write;
