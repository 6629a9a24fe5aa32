/**
 * Stage 1b of the data path (<b>parse</b> → recognise → annotate → relate → resolve → write): sentences. Entry
 * point: {@link org.reegraph.loader.text.SentenceSplitter}. Article bodies are cut at section headings
 * ({@code Core Viewpoint}, {@code Group N}) and {@code " - "} bullets, cleaned of citation markers such as
 * {@code [1][3]}, and split into sentences by ICU4J's rule-based {@code BreakIterator}, which handles English
 * abbreviations and Chinese full stops alike.
 */
package org.reegraph.loader.text;
