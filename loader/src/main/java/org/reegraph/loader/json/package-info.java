/**
 * The {@code extract} output: JSON Lines, one object per line — articles, entities (each once per run) and
 * facts with their evidence — in the format documented in {@code docs/extract-format.md}.
 */
package org.reegraph.loader.json;
