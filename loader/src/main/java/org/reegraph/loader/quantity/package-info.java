/**
 * Numbers with meaning, read for the rules of {@code relate} (not a stage of its own). Entry point:
 * {@link org.reegraph.loader.quantity.QuantityParser}: tonnages ({@code 353 tons}, {@code 5577吨}), money
 * ({@code $400 million}, {@code USD$1 billion}, {@code 4亿美元}), percentages and shares, prices per kilogram, and
 * periods ("in June" resolved against the article's date, years, "by 2027"). Implausible numbers are dropped,
 * never stored.
 */
package org.reegraph.loader.quantity;
