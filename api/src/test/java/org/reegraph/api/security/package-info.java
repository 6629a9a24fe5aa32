/**
 * API security scenarios (issue 7): limits, injection fuzzing, the bearer token, CORS and secrets in logs. Each
 * scenario asserts what a client sees and checks its row of {@code docs/reliability.md}.
 */
package org.reegraph.api.security;
