/**
 * Stage 3: relation extraction. Named {@link org.reegraph.loader.relate.RelationRule rules}, each for one
 * relationship type and one way of stating it, look at a sentence's structure — the subject before a cue
 * verb or noun, the object after it, clause boundaries — and read the properties the sentence gives
 * (tonnages, money, shares, periods). Every fact names the rule that produced it and a confidence.
 */
package org.reegraph.loader.relate;
