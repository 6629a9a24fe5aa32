package org.reegraph.cypher;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cypher statements Java code runs, by name, read once from the {@code .cypher} files of this module.
 * Java never builds Cypher from strings; it names a file.
 */
public final class Statements {

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private Statements() {
	}

	/**
	 * {@return the single statement of a write file, e.g. {@code write("entities")}}
	 *
	 * @param name the file name below {@code write/}, without extension
	 */
	public static String write(String name) {
		return CACHE.computeIfAbsent("write/" + name + ".cypher", p -> CypherFile.load(p).statement());
	}

	/**
	 * {@return the single statement of a named query file, e.g. {@code query("dependency-paths")}}
	 *
	 * @param name the file name below {@code queries/}, without extension
	 */
	public static String query(String name) {
		return CACHE.computeIfAbsent("queries/" + name + ".cypher", p -> CypherFile.load(p).statement());
	}
}
