package org.reegraph.loader;

/**
 * How the loader works, with defaults that suit the bundled corpus and much larger ones.
 *
 * @param maxDocumentBytes documents larger than this are rejected (default 20 MiB)
 * @param database the Neo4j database to write to, or null for the server's default
 * @param factsPerTransaction how many facts one write transaction gathers: whole documents are added to a
 *        transaction until it holds at least this many (default 5,000; 1 writes each document in its own)
 */
public record LoaderConfig(long maxDocumentBytes, String database, int factsPerTransaction) {

	/**
	 * The default of {@link #factsPerTransaction()}: of 1,000 and 5,000, the faster {@code load} in the load benchmark
	 * (larger batches write faster, smaller ones overlap more with extraction; docs/benchmarks.md).
	 */
	public static final int DEFAULT_FACTS_PER_TRANSACTION = 5_000;

	/**
	 * Validates.
	 *
	 * @param maxDocumentBytes documents larger than this are rejected (default 20 MiB)
	 * @param database the Neo4j database to write to, or null for the server's default
	 * @param factsPerTransaction how many facts one write transaction gathers (at least 1)
	 */
	public LoaderConfig {
		if (maxDocumentBytes < 1) {
			throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + maxDocumentBytes + ".");
		}
		if (factsPerTransaction < 1) {
			throw new IllegalArgumentException("factsPerTransaction must be at least 1, got " + factsPerTransaction
					+ ".");
		}
	}

	/** {@return the defaults: 20 MiB per document, the default database, 5,000 facts per transaction} */
	public static LoaderConfig defaults() {
		return new LoaderConfig(20L * 1024 * 1024, null, DEFAULT_FACTS_PER_TRANSACTION);
	}

	/**
	 * {@return a copy writing to another database}
	 *
	 * @param name the database name
	 */
	public LoaderConfig withDatabase(String name) {
		return new LoaderConfig(maxDocumentBytes, name, factsPerTransaction);
	}

	/**
	 * {@return a copy with another size limit}
	 *
	 * @param bytes the limit
	 */
	public LoaderConfig withMaxDocumentBytes(long bytes) {
		return new LoaderConfig(bytes, database, factsPerTransaction);
	}

	/**
	 * {@return a copy gathering another number of facts per write transaction}
	 *
	 * @param facts at least 1; 1 writes every document in its own transaction
	 */
	public LoaderConfig withFactsPerTransaction(int facts) {
		return new LoaderConfig(maxDocumentBytes, database, facts);
	}
}
