/**
 * What extraction did with each sentence, for rule authors and analysts (not a stage: a trace of the stages):
 * the mentions found, the facts made and the rule that made each, what every linguistic rule did with the trigger
 * words it found, and, for a sentence that names two or more entities but yields no fact, the rules that came
 * closest and why they did not fire. Entry point: {@link org.reegraph.loader.explain.Explanation}, built by
 * {@code ReegraphLoader.explain} and printed by {@code reegraph extract --explain}. Immutable records only.
 */
package org.reegraph.loader.explain;
