package org.reegraph.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst's path, end to end, in a real Neo4j Browser: {@code reegraph serve} prints where Browser is;
 * headless Chromium opens it, connects to the embedded database without credentials, Browser plays reegraph's
 * guide by itself (served by the API), the analyst applies the style from the guide's first slide, moves to the
 * headline slide, sets its parameters and runs the headline Cypher — and sees the F-35 traced to dysprosium, in a
 * table and as a picture. Skips, saying why, where Chromium or chromedriver is absent ({@code .ci/run} installs them).
 */
class Neo4jBrowserIT {

	static Optional<Path> onPath(String... names) {
		for (String name : names) {
			for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
				Path p = Path.of(dir, name);
				if (Files.isExecutable(p)) {
					return Optional.of(p);
				}
			}
		}
		return Optional.empty();
	}

	static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	@Test
	void analystConnectsPlaysTheGuideAppliesTheStyleAndRunsTheHeadline(@TempDir Path dir) throws Exception {
		Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
		Optional<Path> chromedriver = onPath("chromedriver");
		Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(),
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver); "
						+ "skipping the Neo4j Browser test.");
		int api = freePort();
		int bolt = freePort();
		int http = freePort();
		String corpus = Path.of("..", "data", "documents").toAbsolutePath().toString();
		try (LauncherProcess serve = LauncherProcess.start(dir, Map.of(), "serve", "--data-dir",
				dir.resolve("data").toString(), "--bolt-port", String.valueOf(bolt), "--browser-port",
				String.valueOf(http), "--port", String.valueOf(api), "--corpus", corpus)) {
			serve.await(l -> l.contains("reegraph is up"), Duration.ofMinutes(4));
			String browserUrl = "http://127.0.0.1:" + http + "/browser/";
			String guideUrl = "http://localhost:" + api + "/browser/guide.html";
			assertThat(serve.output()).contains("Neo4j Browser: " + browserUrl)
				.contains("connect URL bolt://127.0.0.1:" + bolt + ", authentication: none")
				.contains("Browser guide: :play " + guideUrl);

			WebDriver browser = chrome(chromium.get(), chromedriver.get());
			try {
				browser.get(browserUrl + "?dbms=bolt://127.0.0.1:" + bolt + "&preselectAuthMethod=NO_AUTH");
				WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));

				// Connected without credentials, and Browser played the guide on connect (post-connect command).
				wait.until(b -> frame(b, ":server connect").filter(f -> f.getText().contains("Connected to Neo4j")).isPresent());
				WebElement guide = wait.until(b -> frame(b, ":play " + guideUrl)
					.filter(f -> f.getText().contains("reegraph: the rare-earth supply chain")).orElse(null));

				// Slide 1: the style, fetched from the API.
				run(browser, guide, ":style ");
				wait.until(b -> frame(b, ":style http://localhost:" + api + "/browser/reegraph.grass")
					.filter(f -> f.getText().contains("node.Country")).isPresent());

				// Slide 2: the headline — parameters, then the named query, then the picture.
				guide.findElement(By.cssSelector("[data-testid=nextSlide]")).click();
				wait.until(b -> guide.getText().contains("The headline"));
				run(browser, guide, ":param element");
				// Browser sets parameters one after another: go on once all of them are visible in :params.
				wait.until(b -> {
					type(b, ":params");
					return frame(b, ":params").filter(f -> f.getText().contains("first") && f.getText().contains("maxHops"))
						.isPresent();
				});
				run(browser, guide, "WITH head(COLLECT");
				WebElement table = wait.until(b -> frame(b, "WITH head(COLLECT")
					.filter(f -> f.getText().contains("program:f-35")).orElse(null));
				assertThat(table.getText()).contains("element:Dy").contains("dysprosium alloy").contains("HOP");

				run(browser, guide, "MATCH (e:Element)");
				WebElement picture = wait.until(b -> frame(b, "MATCH (e:Element)")
					.filter(f -> !f.findElements(By.cssSelector("svg g.node")).isEmpty()).orElse(null));
				assertThat(picture.findElements(By.cssSelector("svg g.node")).stream().map(WebElement::getText))
					.anySatisfy(caption -> assertThat(caption).contains("F-35"))
					.anySatisfy(caption -> assertThat(caption).startsWith("Dysprosi")); // Browser shortens long captions

				// The style is in force: the F-35 is drawn in the Program colour of reegraph.grass.
				WebElement f35 = picture.findElements(By.cssSelector("svg g.node")).stream()
					.filter(n -> n.getText().contains("F-35")).findFirst().orElseThrow();
				assertThat(f35.findElement(By.cssSelector("circle.b-outline")).getAttribute("fill")).isEqualToIgnoringCase("#D9C8AE");

				Path shot = Path.of("target", "neo4j-browser.png").toAbsolutePath();
				Files.write(shot, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
				assertThat(Files.size(shot)).isGreaterThan(20_000);
			}
			catch (RuntimeException | AssertionError ex) {
				// Leave what Browser showed for whoever reads the failure.
				Files.write(Path.of("target", "neo4j-browser-failure.png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
				Files.writeString(Path.of("target", "neo4j-browser-failure.txt"),
						browser.findElement(By.tagName("body")).getText());
				throw ex;
			}
			finally {
				browser.quit();
			}
			serve.stop(Duration.ofSeconds(60));
		}
	}

	private static WebDriver chrome(Path chromium, Path chromedriver) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		// No internet here: Browser's fonts and telemetry must not wait on it.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1400,1000", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=localhost;127.0.0.1");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
			.usingAnyFreePort().build();
		return new ChromeDriver(service, options);
	}

	/** The newest result frame whose command starts with the text. */
	private static Optional<WebElement> frame(WebDriver browser, String commandStart) {
		List<WebElement> frames = browser.findElements(By.cssSelector("article[data-testid=frame]"));
		for (WebElement frame : frames) {
			List<WebElement> command = frame.findElements(By.cssSelector("[data-testid=frameCommand]"));
			if (!command.isEmpty() && command.get(0).getText().strip().startsWith(commandStart.strip())) {
				return Optional.of(frame);
			}
		}
		return Optional.empty();
	}

	/** Types a Browser command into the editor and runs it. */
	private static void type(WebDriver browser, String command) {
		browser.findElement(By.cssSelector("[data-testid=activeEditor]")).click();
		new org.openqa.selenium.interactions.Actions(browser).sendKeys(command).perform();
		browser.findElement(By.cssSelector("[data-testid=editor-Run]")).click();
	}

	/** Clicks the guide's runnable block starting with the text (Browser copies it into the editor) and runs it. */
	private static void run(WebDriver browser, WebElement guide, String blockStart) {
		WebElement block = guide.findElements(By.cssSelector("pre.runnable")).stream()
			.filter(p -> p.getText().strip().startsWith(blockStart))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The guide's slide has no runnable block starting with " + blockStart));
		block.click();
		browser.findElement(By.cssSelector("[data-testid=editor-Run]")).click();
	}
}
