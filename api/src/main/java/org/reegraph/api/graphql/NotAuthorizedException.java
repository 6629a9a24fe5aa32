package org.reegraph.api.graphql;

/** A mutation was sent without the configured API token. */
final class NotAuthorizedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	NotAuthorizedException(String message) {
		super(message);
	}
}
