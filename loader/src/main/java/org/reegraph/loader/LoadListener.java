package org.reegraph.loader;

import org.reegraph.loader.extraction.DocumentExtraction;

/**
 * Hears about a load's progress, e.g. to draw a progress bar. Calls never overlap. {@link #started(int)} comes from
 * the thread that called the loader; during {@code load}, {@link #documentDone(DocumentExtraction)} comes from the
 * loader's writing thread, once the document is committed (during {@code extract}, from the calling thread).
 */
public interface LoadListener {

	/** A listener that ignores everything. */
	LoadListener NONE = new LoadListener() {
	};

	/**
	 * The load starts.
	 *
	 * @param documents how many documents it will read
	 */
	default void started(int documents) {
	}

	/**
	 * One document is done.
	 *
	 * @param result what it yielded (check {@link DocumentExtraction#isRejected()})
	 */
	default void documentDone(DocumentExtraction result) {
	}
}
