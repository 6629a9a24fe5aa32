/**
 * Stage 4: resolution. Every mention resolves to a stable entity id (catalog ids for known entities,
 * normalised-name ids for the rest); surface forms accumulate as aliases; catalog knowledge that a fact
 * path needs (a magnet contains dysprosium, a mine's operator) is added with the catalog as its evidence.
 */
package org.reegraph.loader.resolve;
