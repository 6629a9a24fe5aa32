/**
 * Stage 5 for {@code extract} (parse → recognise → annotate → relate → resolve → <b>write</b>): the output as
 * JSON Lines instead of a graph. Entry point: {@link org.reegraph.loader.json.JsonLinesWriter} — one object per
 * line: articles, entities (each once per run) and facts with their evidence, in the format documented in
 * {@code docs/extract-format.md}.
 */
package org.reegraph.loader.json;
