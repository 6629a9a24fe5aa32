/**
 * Stage 3 for statistical tables: {@link org.reegraph.loader.relate.table.TableReader} reads the country rows
 * of a report's production, reserves and import-share tables (pipes, tabs or runs of spaces between cells)
 * into facts, and returns the rows it cannot read unambiguously as rejections instead of guessing.
 */
package org.reegraph.loader.relate.table;
