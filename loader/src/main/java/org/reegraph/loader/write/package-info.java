/**
 * Stage 5: writing. Whole documents, one or several per write transaction (each lands whole or not at all), batched
 * {@code UNWIND … MERGE} statements from the {@code cypher} module's {@code write/} files, retried by the
 * driver on transient errors.
 */
package org.reegraph.loader.write;
