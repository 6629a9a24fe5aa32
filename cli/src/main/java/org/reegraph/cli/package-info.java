/**
 * The {@code bin/reegraph} launcher: {@code serve}, {@code load}, {@code import} and {@code extract}, parsed with picocli.
 * Exit codes: 0 success, 1 a fatal error (Neo4j unreachable, output not writable), 2 invalid arguments,
 * 3 some documents were rejected (the others were processed).
 */
package org.reegraph.cli;
