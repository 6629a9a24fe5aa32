/**
 * Stage 3b for statistical tables and lists (parse → recognise → annotate → <b>relate</b> → resolve → write).
 * Entry points: {@link org.reegraph.loader.relate.table.TableReader} reads the country rows of a report's
 * production, reserves and import-share tables (pipes, tabs or runs of spaces between cells);
 * {@link org.reegraph.loader.relate.table.ListReader} reads numbered lists of countries with a figure each. Both
 * return the rows they cannot read unambiguously as rejections instead of guessing.
 */
package org.reegraph.loader.relate.table;
