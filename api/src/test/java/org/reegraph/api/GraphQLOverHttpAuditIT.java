package org.reegraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL-over-HTTP specification's own audit — the {@code graphql-http} npm package's {@code serverAudits},
 * about sixty requests each checking one MUST, SHOULD or MAY — run by Node against the live shared server. Every
 * MUST passes, no SHOULD warns, and the MAY notices are exactly those docs/graphql.md lists (none today).
 * <p>
 * Needs Node and npm; the audit's packages (versions pinned in {@code src/test/audit/package.json}) are installed
 * into {@code target/graphql-http-audit} on first run. Without Node, or when npm cannot install them, the test is
 * skipped with a message saying so.
 */
class GraphQLOverHttpAuditIT {

	/** The MAY notices the server knowingly leaves, as docs/graphql.md lists them (by audit id). */
	static final Set<String> EXPECTED_NOTICES = Set.of();

	@Test
	void theSpecificationsAuditPassesWithoutWarnings() throws Exception {
		Path work = Path.of("target", "graphql-http-audit");
		install(work);

		Run audit = run(work, 120, "node", "audit.mjs", TestApi.server().url() + "/graphql");
		assertThat(audit.exit).as("node audit.mjs: " + audit.errors).isZero();
		JsonNode results = TestApi.json().readTree(audit.output);
		List<String> failures = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		Set<String> notices = new TreeSet<>();
		for (JsonNode result : results) {
			String line = result.path("id").asText() + " " + result.path("name").asText() + ": " + result.path("reason").asText();
			switch (result.path("status").asText()) {
				case "ok" -> { }
				case "warn" -> warnings.add(line);
				case "notice" -> notices.add(result.path("id").asText());
				default -> failures.add(line);
			}
		}

		assertThat(results.size()).as("audits run").isGreaterThanOrEqualTo(60);
		assertThat(failures).as("MUST audits failed").isEmpty();
		assertThat(warnings).as("SHOULD audits warned").isEmpty();
		assertThat(notices).as("MAY notices (docs/graphql.md lists them)").isEqualTo(new TreeSet<>(EXPECTED_NOTICES));
	}

	/** Copies the audit's package.json and script into the work folder and installs its packages once. */
	private static void install(Path work) throws IOException, InterruptedException {
		Assumptions.assumeTrue(available("node") && available("npm"),
				"Skipped: the graphql-http audit needs Node and npm on the PATH (neither was found).");
		Files.createDirectories(work);
		Path sources = Path.of("src", "test", "audit");
		for (String file : List.of("package.json", "audit.mjs")) {
			Files.copy(sources.resolve(file), work.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.isDirectory(work.resolve("node_modules").resolve("graphql-http"))) {
			Run npm = run(work, 300, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
			Assumptions.assumeTrue(npm.exit == 0, "Skipped: npm could not install the graphql-http audit into " + work
					+ " (is the npm registry reachable?): " + npm.errors);
		}
	}

	private static boolean available(String command) {
		try {
			return run(Path.of("."), 30, command, "--version").exit == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	/** A finished command: its exit code, standard output and standard error. */
	private record Run(int exit, String output, String errors) {
	}

	private static Run run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
		Path output = Files.createTempFile("audit", ".out");
		Path errors = Files.createTempFile("audit", ".err");
		try {
			Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(output.toFile())
				.redirectError(errors.toFile()).start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new Run(-1, "", String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
			}
			return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
					Files.readString(errors, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(output);
			Files.deleteIfExists(errors);
		}
	}
}
