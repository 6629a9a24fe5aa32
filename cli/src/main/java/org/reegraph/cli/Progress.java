package org.reegraph.cli;

import java.io.PrintWriter;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reegraph.loader.extraction.DocumentExtraction;
import org.reegraph.loader.LoadListener;

/**
 * Progress of a load: a progress bar on an interactive terminal, plain lines otherwise (every 10% and every
 * rejected document), so logs of a scripted run stay readable.
 */
final class Progress implements LoadListener, AutoCloseable {

	private final PrintWriter err;
	private final boolean interactive;
	private final String task;
	private ProgressBar bar;
	private int total;
	private int done;
	private int lastPercent = -1;

	Progress(PrintWriter err, boolean interactive, String task) {
		this.err = err;
		this.interactive = interactive;
		this.task = task;
	}

	@Override
	public void started(int documents) {
		total = documents;
		if (interactive && documents > 1) {
			bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(documents)
				.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUpdateIntervalMillis(200).build();
		}
		else {
			err.printf("%s %d document(s)...%n", task, documents);
			err.flush();
		}
	}

	@Override
	public void documentDone(DocumentExtraction result) {
		done++;
		if (bar != null) {
			bar.step();
			if (result.isRejected()) {
				bar.setExtraMessage("rejected " + result.document());
			}
			return;
		}
		if (result.isRejected()) {
			err.println("  rejected " + result.rejection());
		}
		int percent = total == 0 ? 100 : done * 100 / total;
		if (percent / 10 != lastPercent / 10 || done == total) {
			lastPercent = percent;
			err.printf("  %d/%d documents (%d%%)%n", done, total, percent);
		}
		err.flush();
	}

	@Override
	public void close() {
		if (bar != null) {
			bar.close();
		}
	}
}
