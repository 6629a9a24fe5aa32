package org.reegraph.api.telemetry;

import java.util.Map;
import java.util.concurrent.Executor;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.slf4j.MDC;

/**
 * Carries a request's log context (its request id) and trace context to the threads that run its statements, so a
 * log line or span there belongs to the request.
 */
public final class Propagation {

	/** The MDC key of the request id, as logback patterns print it: {@code %X{requestId}}. */
	public static final String REQUEST_ID = "requestId";

	private Propagation() {
	}

	/**
	 * Wraps an executor so each task runs with the log and trace context of the thread that submitted it.
	 *
	 * @param executor the executor
	 * @return the wrapping executor
	 */
	public static Executor propagating(Executor executor) {
		return task -> {
			Map<String, String> mdc = MDC.getCopyOfContextMap();
			Context context = Context.current();
			executor.execute(() -> {
				Map<String, String> before = MDC.getCopyOfContextMap();
				if (mdc == null) {
					MDC.clear();
				}
				else {
					MDC.setContextMap(mdc);
				}
				try (Scope scope = context.makeCurrent()) {
					task.run();
				}
				finally {
					if (before == null) {
						MDC.clear();
					}
					else {
						MDC.setContextMap(before);
					}
				}
			});
		};
	}
}
