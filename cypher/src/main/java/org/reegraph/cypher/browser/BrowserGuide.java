package org.reegraph.cypher.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.reegraph.cypher.query.NamedQuery;

/**
 * The Neo4j Browser guide and style sheet for reegraph. The guide is built from the named-query catalog, so the
 * Cypher an analyst runs from it is exactly the Cypher the API runs: one slide per question, with the
 * {@code :param} lines to paste and the statement. Serve {@link #html(String)} over HTTP from a host Browser
 * allows ({@code localhost}) and play it with {@code :play <url>}.
 */
public final class BrowserGuide {

	/** The questions the guide walks through after the headline, in order. */
	static final List<NamedQuery> QUESTIONS = List.of(NamedQuery.EXPOSURE, NamedQuery.SUPPLY_SHARES,
			NamedQuery.TRADE_FLOWS, NamedQuery.REFINING_ABROAD, NamedQuery.POLICIES, NamedQuery.AGREEMENTS,
			NamedQuery.INVESTMENTS, NamedQuery.CONFLICTS, NamedQuery.TIMELINE, NamedQuery.DISRUPTION,
			NamedQuery.ALTERNATIVES, NamedQuery.RELATIONSHIP_EVIDENCE,
			NamedQuery.WEAKLY_SUPPORTED, NamedQuery.NEIGHBOURHOOD, NamedQuery.SEARCH);

	/** Draws the headline's chains (programme → material → element) as a graph rather than a table. */
	static final String HEADLINE_PICTURE = """
			MATCH (e:Element) WHERE e.symbol = $element
			MATCH path = (p:Program)-[:DEPENDS_ON|CONTAINS]->{1,4}(e)
			WHERE p.country = $programCountry
			RETURN path""";

	static final String LABEL_COUNTS = """
			MATCH (n:Entity)
			RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, count(*) AS entities
			ORDER BY entities DESC""";

	private BrowserGuide() {
	}

	/** {@return the analyst questions the guide walks through, the headline first} */
	public static List<NamedQuery> questions() {
		List<NamedQuery> all = new java.util.ArrayList<>(List.of(NamedQuery.DEPENDENCY_PATHS));
		all.addAll(QUESTIONS);
		return List.copyOf(all);
	}

	/** {@return the Neo4j Browser style sheet: one colour per label, nodes captioned by name} */
	public static String grass() {
		try (InputStream in = BrowserGuide.class.getResourceAsStream("/org/reegraph/cypher/browser/reegraph.grass")) {
			if (in == null) {
				throw new IllegalStateException("The style sheet org/reegraph/cypher/browser/reegraph.grass is missing.");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Browser style sheet.", ex);
		}
	}

	/**
	 * {@return the guide as the HTML Neo4j Browser plays: an {@code article.guide} with one slide per step}
	 *
	 * @param styleUrl where Browser can fetch {@link #grass()}, used by the first slide's {@code :style} command
	 */
	public static String html(String styleUrl) {
		Objects.requireNonNull(styleUrl, "The guide needs the style sheet's URL.");
		StringBuilder out = new StringBuilder();
		out.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
		slide(out, "reegraph: the rare-earth supply chain", """
				<p class="lead">A knowledge graph built from news and reports about rare earths and critical minerals.
				Every relationship is <b>one source statement</b> and carries its evidence: document, article, date,
				publisher, sentence and the extraction rule.</p>
				<p>First apply reegraph's style (one colour per label, nodes captioned by name):</p>"""
				+ runnable(":style " + styleUrl)
				+ "<p>Then see what the graph holds:</p>" + runnable(LABEL_COUNTS));
		slide(out, "The headline: which US defence programmes trace back to Chinese dysprosium?",
				"<p>" + escape(NamedQuery.DEPENDENCY_PATHS.question()) + "</p>"
						+ "<p>Set the parameters (edit them to ask about another element, origin or country):</p>"
						+ runnable(params(NamedQuery.DEPENDENCY_PATHS))
						+ "<p>Run the named query <code>dependency-paths</code>, the same statement the GraphQL field "
						+ "<code>dependencyPaths</code> runs; every hop lists its sources:</p>"
						+ runnable(NamedQuery.DEPENDENCY_PATHS.file().statement())
						+ "<p>The same chains as a picture:</p>" + runnable(HEADLINE_PICTURE));
		slide(out, "As of a date: what was known then?", """
				<p>Every fact carries the date of the article that states it. Set <code>asOf</code> and only statements
				published on or before it count (reference catalog facts always; statements of undated documents
				never). Asked as of 1 August 2025, the headline finds the F-35's dysprosium alloy but not yet its
				rare-earth magnets, which an October article reports:</p>"""
				+ runnable(":param asOf => '2025-08-01';")
				+ runnable(NamedQuery.DEPENDENCY_PATHS.file().statement())
				+ "<p>Set it back to every statement with</p>" + runnable(":param asOf => null;")
				+ "<p>The <code>timeline</code> slide lists what was stated when, with a policy's status at each "
				+ "date; <code>disruption</code> and <code>alternatives</code> ask what breaks if China stops "
				+ "exporting dysprosium, and who else could supply it.</p>");
		for (NamedQuery q : QUESTIONS) {
			slide(out, title(q), "<p>" + escape(q.question()) + "</p>"
					+ (q.parameters().isEmpty() ? "" : "<p>Parameters:</p>" + runnable(params(q)))
					+ "<p>The named query <code>" + q.fileName() + "</code>:</p>" + runnable(q.file().statement())
					+ "<p class=\"small\">" + escape(returns(q)) + "</p>");
		}
		slide(out, "Next", """
				<p>Every query of this guide is a file in reegraph's <code>cypher</code> module
				(<code>org/reegraph/cypher/queries/*.cypher</code>) with a header explaining it; Java programs run
				them with <code>ReegraphQueries.run(NamedQuery, params)</code>, and the GraphQL API answers the same
				questions at <code>/graphiql</code>.</p>""");
		out.append("</carousel>\n</article>\n");
		return out.toString();
	}

	private static void slide(StringBuilder out, String title, String body) {
		out.append("<slide class=\"row-fluid\">\n<div class=\"col-sm-12\">\n<h3>").append(escape(title)).append("</h3>\n")
			.append(body).append("\n</div>\n</slide>\n");
	}

	private static String title(NamedQuery q) {
		String name = q.fileName().replace('-', ' ');
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String runnable(String code) {
		return "<pre class=\"pre-scrollable code runnable\">" + escape(code.strip()) + "</pre>\n";
	}

	static String params(NamedQuery q) {
		return q.file().text().lines().filter(l -> l.startsWith(":param ")).collect(Collectors.joining("\n"));
	}

	/** The header's "Returns …" paragraph. */
	private static String returns(NamedQuery q) {
		List<String> lines = q.file().text().lines().toList();
		StringBuilder sb = new StringBuilder();
		boolean in = false;
		for (String line : lines) {
			if (!line.startsWith("//")) {
				if (in) {
					break;
				}
				continue;
			}
			String text = line.substring(2).strip();
			if (text.startsWith("Returns ")) {
				in = true;
			}
			if (in) {
				sb.append(sb.isEmpty() ? "" : " ").append(text);
			}
		}
		return sb.toString();
	}

	static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> sb.append("&amp;");
				case '<' -> sb.append("&lt;");
				case '>' -> sb.append("&gt;");
				case '"' -> sb.append("&quot;");
				default -> sb.append(c);
			}
		}
		return sb.toString();
	}
}
