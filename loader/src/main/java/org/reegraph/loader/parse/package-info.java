/**
 * Stage 1a: reading documents. Bytes are validated as UTF-8 text (BOM tolerated; binary, UTF-16, invalid
 * UTF-8, HTML and empty files rejected with the file and offset named) and split into
 * {@link org.reegraph.loader.parse.Article articles} — either the news-digest layout of the bundled corpus
 * or plain text / Markdown with an optional {@code Title:/Source:/URL:/Date:} header.
 */
package org.reegraph.loader.parse;
