package org.reegraph.loader;

/**
 * How the loader works, with defaults that suit the bundled corpus and much larger ones.
 *
 * @param maxDocumentBytes documents larger than this are rejected (default 20 MiB)
 * @param database the Neo4j database to write to, or null for the server's default
 */
public record LoaderConfig(long maxDocumentBytes, String database) {

	/**
	 * Validates.
	 *
	 * @param maxDocumentBytes documents larger than this are rejected (default 20 MiB)
	 * @param database the Neo4j database to write to, or null for the server's default
	 */
	public LoaderConfig {
		if (maxDocumentBytes < 1) {
			throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + maxDocumentBytes + ".");
		}
	}

	/** {@return the defaults: 20 MiB per document, the default database} */
	public static LoaderConfig defaults() {
		return new LoaderConfig(20L * 1024 * 1024, null);
	}

	/**
	 * {@return a copy writing to another database}
	 *
	 * @param name the database name
	 */
	public LoaderConfig withDatabase(String name) {
		return new LoaderConfig(maxDocumentBytes, name);
	}

	/**
	 * {@return a copy with another size limit}
	 *
	 * @param bytes the limit
	 */
	public LoaderConfig withMaxDocumentBytes(long bytes) {
		return new LoaderConfig(bytes, database);
	}
}
