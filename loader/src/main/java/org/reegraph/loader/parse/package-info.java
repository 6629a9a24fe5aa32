/**
 * Stage 1a of the data path (<b>parse</b> → recognise → annotate → relate → resolve → write): reading documents.
 * Entry points: {@link org.reegraph.loader.parse.DocumentFiles} finds the documents under files and folders and
 * reads each one's bytes; {@link org.reegraph.loader.parse.TextDecoder} validates them as UTF-8 text (BOM
 * tolerated; binary, UTF-16, invalid UTF-8, HTML and empty files rejected with the file and offset named);
 * {@link org.reegraph.loader.parse.DocumentParser} splits the text into
 * {@link org.reegraph.loader.parse.Article articles} — either the news-digest layout of the bundled corpus
 * or plain text / Markdown with an optional {@code Title:/Source:/URL:/Date:} header.
 */
package org.reegraph.loader.parse;
