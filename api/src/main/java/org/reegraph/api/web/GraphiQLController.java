package org.reegraph.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * {@code GET /graphiql}: GraphiQL with React and its assets served from webjars on the classpath
 * ({@code /webjars/**}), so it renders without internet.
 */
@Controller("/graphiql")
final class GraphiQLController {

	private final String page;

	GraphiQLController() {
		try (InputStream in = GraphiQLController.class.getResourceAsStream("/graphiql/index.html")) {
			if (in == null) {
				throw new IllegalStateException("The GraphiQL page /graphiql/index.html is missing from the classpath.");
			}
			page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Get(produces = MediaType.TEXT_HTML)
	String page() {
		return page;
	}
}
