package org.reegraph.cypher.browser;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reegraph.cypher.query.NamedQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrowserGuideTests {

	static final Pattern RUNNABLE = Pattern.compile("<pre class=\"pre-scrollable code runnable\">(.*?)</pre>", Pattern.DOTALL);

	static List<String> runnables(String html) {
		return RUNNABLE.matcher(html).results().map(m -> m.group(1).replace("&lt;", "<").replace("&gt;", ">")
			.replace("&quot;", "\"").replace("&amp;", "&")).toList();
	}

	final String html = BrowserGuide.html("http://localhost:8080/browser/reegraph.grass");

	@Test
	void isABrowserGuideWithOneSlidePerStep() {
		assertThat(html).startsWith("<article class=\"guide\">").contains("<carousel class=\"deck container-fluid\">");
		assertThat(Pattern.compile("<slide ").matcher(html).results().count()).isEqualTo(BrowserGuide.QUESTIONS.size() + 4);
	}

	@Test
	void startsWithTheStyleAndReachesTheHeadlineBeforeAnythingElse() {
		List<String> blocks = runnables(html);
		assertThat(blocks.get(0)).isEqualTo(":style http://localhost:8080/browser/reegraph.grass");
		assertThat(blocks.get(2)).contains(":param element => 'Dy';").contains(":param origin => 'CN';");
		assertThat(blocks.get(3)).isEqualTo(NamedQuery.DEPENDENCY_PATHS.file().statement());
	}

	@Test
	void runsExactlyTheCatalogsStatementsWithTheirParameters() {
		List<String> blocks = runnables(html);
		for (NamedQuery q : BrowserGuide.QUESTIONS) {
			assertThat(blocks).as(q.fileName()).contains(q.file().statement());
			q.parameters().forEach(p -> assertThat(String.join("\n", blocks)).contains(":param " + p + " => "));
		}
	}

	@Test
	void escapesCypherSoBrowserShowsItVerbatim() {
		String pre = RUNNABLE.matcher(html).results().map(m -> m.group(1)).reduce("", String::concat);
		assertThat(pre).doesNotContain("<").doesNotContain(">").contains("&lt;").contains("-&gt;");
		assertThat(BrowserGuide.escape("a<b & \"c\">")).isEqualTo("a&lt;b &amp; &quot;c&quot;&gt;");
	}

	@Test
	void theStyleSheetIsServedAsIsAndAUrlIsRequired() {
		assertThat(BrowserGuide.grass()).contains("node.Country").contains("caption: '{name}'");
		assertThatThrownBy(() -> BrowserGuide.html(null)).hasMessageContaining("style sheet");
	}
}
