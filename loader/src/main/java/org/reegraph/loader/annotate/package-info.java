/**
 * Stage 3a of the data path (parse → recognise → <b>annotate</b> → relate → resolve → write): tokens,
 * part-of-speech tags, lemmas and phrase groups for the linguistic rules, computed by {@code relate.RuleEngine}
 * only for the sentences that name two or more entities. English uses OpenNLP's UD models; Chinese uses ICU4J's
 * word segmentation. Entry points: {@link org.reegraph.loader.annotate.EnglishAnnotator},
 * {@link org.reegraph.loader.annotate.ChineseAnnotator}; the result is an
 * {@link org.reegraph.loader.annotate.AnnotatedSentence}.
 */
package org.reegraph.loader.annotate;
