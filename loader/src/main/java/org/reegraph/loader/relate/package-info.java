/**
 * Stage 3b of the data path (parse → recognise → annotate → <b>relate</b> → resolve → write): relation
 * extraction. Entry point: {@link org.reegraph.loader.relate.RelationExtractor}, which runs the rule files
 * ({@link org.reegraph.loader.relate.RuleEngine}, {@code rules/en.yaml}, {@code rules/zh.yaml}) and the older named
 * {@link org.reegraph.loader.relate.RelationRule rules} over a sentence's
 * {@link org.reegraph.loader.relate.SentenceContext}. Each rule, for one relationship type and one way of stating
 * it, looks at the sentence's structure — the subject before a cue verb or noun, the object after it, clause
 * boundaries — and reads the properties the sentence gives (tonnages, money, shares, periods). Every
 * {@link org.reegraph.loader.relate.RawFact} names the rule that produced it and a confidence; {@code resolve}
 * makes it a fact.
 */
package org.reegraph.loader.relate;
