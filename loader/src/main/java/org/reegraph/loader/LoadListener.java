package org.reegraph.loader;

/**
 * Hears about a load's progress, e.g. to draw a progress bar. Methods are called from the loading thread.
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
