/**
 * Test support shared by the modules' integration tests: one real Neo4j per test JVM. Never a mock.
 */
package org.reegraph.testsupport;
