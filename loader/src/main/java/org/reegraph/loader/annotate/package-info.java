/**
 * Stage 2 of the data path (parse → <b>annotate</b> → recognise → relate → resolve → write): tokens,
 * part-of-speech tags, lemmas and phrase groups for the linguistic rules. English uses OpenNLP's UD models;
 * Chinese uses ICU4J's word segmentation. Entry points: {@link org.reegraph.loader.annotate.EnglishAnnotator},
 * {@link org.reegraph.loader.annotate.ChineseAnnotator}.
 */
package org.reegraph.loader.annotate;
