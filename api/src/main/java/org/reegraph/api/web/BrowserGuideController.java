package org.reegraph.api.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;
import org.reegraph.cypher.browser.BrowserGuide;

/**
 * {@code GET /browser/guide.html} and {@code GET /browser/reegraph.grass}: the Neo4j Browser guide
 * ({@code :play http://localhost:8080/browser/guide.html}) and the style sheet it applies.
 * <p>
 * Neo4j Browser fetches guides and styles from its own page (another port), so these two public, read-only
 * documents — and only these — allow any origin. The API's other endpoints follow the CORS configuration.
 */
@Controller("/browser")
final class BrowserGuideController {

	private static final String ANY_ORIGIN = "*";

	/**
	 * Browser fetches with extra headers ({@code pragma}, {@code cache-control}, tracing headers), so its GET is
	 * preceded by a CORS preflight; allow the headers it asks for (names only) on these two documents.
	 */
	@Options(uris = { "/guide.html", "/reegraph.grass" })
	HttpResponse<?> preflight(HttpRequest<?> request) {
		String asked = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
		String headers = asked != null && asked.matches("[A-Za-z0-9\\-, ]{1,500}") ? asked : "pragma, cache-control";
		return HttpResponse.ok().header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANY_ORIGIN)
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers)
			.header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
	}

	@Get(uri = "/guide.html", produces = MediaType.TEXT_HTML)
	HttpResponse<String> guide(HttpRequest<?> request) {
		String style = base(request) + "/browser/reegraph.grass";
		return HttpResponse.ok(BrowserGuide.html(style)).header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANY_ORIGIN);
	}

	@Get(uri = "/reegraph.grass", produces = MediaType.TEXT_PLAIN)
	HttpResponse<String> style() {
		return HttpResponse.ok(BrowserGuide.grass()).header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ANY_ORIGIN);
	}

	/** The scheme and host the client used; a Host header that is not a plain host[:port] falls back to localhost. */
	private static String base(HttpRequest<?> request) {
		String host = request.getHeaders().get(HttpHeaders.HOST);
		if (host == null || !host.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9a-fA-F:]+\\](:\\d{1,5})?")) {
			host = "localhost:" + request.getServerAddress().getPort();
		}
		return "http://" + host;
	}
}
