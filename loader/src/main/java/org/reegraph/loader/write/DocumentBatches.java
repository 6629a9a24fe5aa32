package org.reegraph.loader.write;

import java.util.ArrayList;
import java.util.List;

import org.reegraph.loader.extraction.DocumentExtraction;

/**
 * How the loader groups documents into write transactions: whole documents, in order, until a group holds at
 * least a given number of facts. The loader and the load benchmark both group through this, so the benchmark
 * measures the loader's own transactions. Not thread-safe.
 */
public final class DocumentBatches {

	private final int factsPerTransaction;
	private List<DocumentExtraction> batch = new ArrayList<>();
	private int facts;

	/**
	 * Creates an empty grouping.
	 *
	 * @param factsPerTransaction a group is full once it holds at least this many facts (at least 1)
	 */
	public DocumentBatches(int factsPerTransaction) {
		if (factsPerTransaction < 1) {
			throw new IllegalArgumentException("factsPerTransaction must be at least 1, got " + factsPerTransaction
					+ ".");
		}
		this.factsPerTransaction = factsPerTransaction;
	}

	/**
	 * Adds the next document (a rejected one too: it counts no facts, and keeps its place in the order).
	 *
	 * @param doc the document
	 * @return the group it completed, to be written now, or an empty list while the group is not full
	 */
	public List<DocumentExtraction> add(DocumentExtraction doc) {
		batch.add(doc);
		facts += doc.isRejected() ? 0 : doc.facts().size();
		return facts >= factsPerTransaction ? rest() : List.of();
	}

	/** {@return the documents added since the last full group (possibly none), and starts a new group} */
	public List<DocumentExtraction> rest() {
		List<DocumentExtraction> done = batch;
		batch = new ArrayList<>();
		facts = 0;
		return done;
	}
}
