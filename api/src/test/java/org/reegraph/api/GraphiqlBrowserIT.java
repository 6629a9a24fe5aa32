package org.reegraph.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens /graphiql in headless Chromium (Debian {@code chromium}) with no internet needed: GraphiQL must render
 * from the server's own assets and run the headline query. Skips, saying why, where Chromium is absent.
 */
class GraphiqlBrowserIT {

	static Optional<String> chromium() {
		for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
			for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
				if (Files.isExecutable(Path.of(dir, name))) {
					return Optional.of(Path.of(dir, name).toString());
				}
			}
		}
		return Optional.empty();
	}

	static String run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String out = new String(p.getInputStream().readAllBytes());
		assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
		return out;
	}

	@Test
	void rendersOfflineAndRunsTheHeadlineQuery() throws Exception {
		Optional<String> browser = chromium();
		Assumptions.assumeTrue(browser.isPresent(),
				"Chromium is not installed (apt-get install chromium); skipping the GraphiQL browser test.");
		String url = TestApi.server().url() + "/graphiql?autorun";
		List<String> base = new ArrayList<>(List.of(browser.get(), "--headless", "--no-sandbox", "--disable-gpu",
				"--proxy-server=127.0.0.1:9", "--proxy-bypass-list=localhost;127.0.0.1", "--virtual-time-budget=20000"));

		List<String> dump = new ArrayList<>(base);
		dump.addAll(List.of("--dump-dom", url));
		String dom = run(dump.toArray(String[]::new));

		assertThat(dom).contains("graphiql-container");
		String result = dom.substring(dom.indexOf("<pre id=\"autorun-result\""));
		assertThat(result.substring(0, result.indexOf("</pre>"))).contains("program:f-35").contains("Chinese-origin dysprosium alloy");
		assertThat(dom).doesNotContain("levels deep").doesNotContain("maxComplexity");

		Path shot = Path.of("target", "graphiql.png").toAbsolutePath();
		List<String> screenshot = new ArrayList<>(base);
		screenshot.addAll(List.of("--window-size=1280,800", "--screenshot=" + shot, url));
		run(screenshot.toArray(String[]::new));
		assertThat(shot).exists();
		assertThat(Files.size(shot)).isGreaterThan(20_000);
	}
}
