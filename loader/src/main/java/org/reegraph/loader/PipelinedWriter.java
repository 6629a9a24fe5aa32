package org.reegraph.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.reegraph.cypher.query.GraphUnavailableException;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.extraction.Rejection;
import org.reegraph.loader.write.ContractViolationException;
import org.reegraph.loader.write.DocumentBatches;
import org.reegraph.loader.write.GraphWriter;

/**
 * Writes a load's documents on a thread of its own while the loading thread extracts the next ones, whole
 * documents gathered into transactions of about {@link LoaderConfig#factsPerTransaction()} facts.
 * <p>
 * Guarantees kept from writing each document alone: a transaction holds whole documents only (so a crash or a
 * reader never sees part of one); a batch Neo4j refuses is written again document by document, so one bad
 * document never costs the others; the listener hears of a document only once it is in the graph (rejected
 * documents in their turn), from the writing thread, one call at a time. When Neo4j cannot be reached the load
 * stops with {@link GraphUnavailableException}: documents written so far are complete.
 */
final class PipelinedWriter implements Consumer<DocumentExtraction>, AutoCloseable {

	/** Batches extracted but not yet written: enough to keep both threads busy, little memory. */
	private static final int QUEUED_BATCHES = 2;

	private static final List<DocumentExtraction> END = List.of();

	private final GraphWriter writer;
	private final LoadListener listener;
	private final BlockingQueue<List<DocumentExtraction>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
	private final List<Rejection> failures = new ArrayList<>();
	private final Thread thread;
	private volatile RuntimeException stopped;
	private final DocumentBatches batches;
	private boolean finished;

	PipelinedWriter(GraphWriter writer, int factsPerTransaction, LoadListener listener) {
		this.writer = writer;
		this.batches = new DocumentBatches(factsPerTransaction);
		this.listener = listener;
		this.thread = new Thread(this::drain, "reegraph-writer");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Takes the next document in load order (rejected ones too: the listener hears of them in their turn). */
	@Override
	public void accept(DocumentExtraction doc) {
		rethrow();
		List<DocumentExtraction> full = batches.add(doc);
		if (!full.isEmpty()) {
			hand(full);
		}
	}

	/**
	 * Writes what is left and waits for the writing thread.
	 *
	 * @return the documents Neo4j refused, each with its reason
	 * @throws GraphUnavailableException when Neo4j could not be reached
	 */
	List<Rejection> finish() {
		List<DocumentExtraction> rest = batches.rest();
		if (!rest.isEmpty()) {
			hand(rest);
		}
		hand(END);
		finished = true;
		join();
		rethrow();
		return List.copyOf(failures);
	}

	/** Stops the writing thread if the load ended early (an exception on the loading thread). */
	@Override
	public void close() {
		if (!finished) {
			finished = true;
			thread.interrupt();
			join();
		}
	}

	private void hand(List<DocumentExtraction> docs) {
		try {
			while (!queue.offer(docs, 100, TimeUnit.MILLISECONDS)) {
				rethrow();
				if (!thread.isAlive()) {
					throw new IllegalStateException("The loader's writing thread ended unexpectedly.");
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The load was interrupted.", ex);
		}
	}

	private void join() {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("The load was interrupted.", ex);
		}
	}

	private void rethrow() {
		RuntimeException ex = stopped;
		if (ex != null) {
			throw ex;
		}
	}

	private void drain() {
		try {
			for (List<DocumentExtraction> docs = queue.take(); docs != END; docs = queue.take()) {
				write(docs);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			stopped = ex;
		}
	}

	private void write(List<DocumentExtraction> docs) {
		List<DocumentExtraction> accepted = new ArrayList<>();
		java.util.Map<DocumentExtraction, Rejection> refusedHere = new java.util.LinkedHashMap<>();
		for (DocumentExtraction doc : docs) {
			if (doc.isRejected()) {
				continue;
			}
			try {
				GraphWriter.checkContract(doc); // a fact the contract refuses costs its document, not the batch
				accepted.add(doc);
			}
			catch (ContractViolationException refused) {
				refusedHere.put(doc, new Rejection(doc.document(), "refused by the graph contract: " + refused.getMessage()));
			}
		}
		try {
			writer.write(accepted);
		}
		catch (ServiceUnavailableException ex) {
			throw unavailable(ex);
		}
		catch (Neo4jException ex) {
			// Find the document Neo4j refuses: write them one by one, so the others still land.
			for (DocumentExtraction doc : accepted) {
				try {
					writer.write(doc);
				}
				catch (ServiceUnavailableException unavailable) {
					throw unavailable(unavailable);
				}
				catch (Neo4jException refused) {
					refusedHere.put(doc, new Rejection(doc.document(), "could not be written: " + refused.getMessage()));
				}
			}
		}
		failures.addAll(refusedHere.values());
		for (DocumentExtraction doc : docs) {
			Rejection refused = refusedHere.get(doc);
			// the listener hears of a document only once it is in the graph: a refused one as rejected
			listener.documentDone(refused == null ? doc : DocumentExtraction.rejected(refused));
		}
	}

	private static GraphUnavailableException unavailable(ServiceUnavailableException ex) {
		return new GraphUnavailableException("Neo4j is not reachable (" + ex.getMessage()
				+ "); documents written so far are complete, re-run the load to add the rest.", ex);
	}
}
