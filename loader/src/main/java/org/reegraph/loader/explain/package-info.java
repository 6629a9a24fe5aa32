/**
 * What extraction did with each sentence, for rule authors and analysts: the mentions found, the facts made and
 * the rule that made each, what every linguistic rule did with the trigger words it found, and, for a sentence
 * that names two or more entities but yields no fact, the rules that came closest and why they did not fire.
 * Built by {@link org.reegraph.loader.ReegraphLoader#explain(String, String)}; printed by
 * {@code reegraph extract --explain}. Immutable records only.
 */
package org.reegraph.loader.explain;
