package org.reegraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.reegraph.cypher.Statements;

/**
 * The peer: {@code @neo4j/graphql} with {@code @apollo/server} ({@code bench/peer/server.mjs}) on Node, over the
 * same Neo4j. Its npm dependencies are installed into {@code bench/target/peer} on first use (the registry must
 * be reachable once; later runs reuse the folder).
 */
final class PeerServer implements AutoCloseable {

	private final Process process;
	private final int port;

	private PeerServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** {@return the folder the peer runs from: bench/target/peer under the project} */
	static Path workDir(Path home) {
		return home.resolve("bench").resolve("target").resolve("peer");
	}

	/** {@return true when the peer's npm dependencies are already installed} */
	static boolean installed(Path home) {
		return Files.isDirectory(workDir(home).resolve("node_modules").resolve("@neo4j").resolve("graphql"));
	}

	/**
	 * Copies the peer's sources into the work folder and runs {@code npm install} there unless already done.
	 *
	 * @param home the project folder
	 * @throws IllegalStateException when npm fails (the message says why)
	 */
	static void install(Path home) {
		Path src = home.resolve("bench").resolve("peer");
		Path work = workDir(home);
		try {
			Files.createDirectories(work);
			for (String f : List.of("package.json", "server.mjs")) {
				Files.copy(src.resolve(f), work.resolve(f), StandardCopyOption.REPLACE_EXISTING);
			}
			Files.writeString(work.resolve("dependency-paths.cypher"), Statements.query("dependency-paths"));
			if (installed(home)) {
				return;
			}
			Bench.log("Installing the peer's npm dependencies into %s ...", work);
			Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--loglevel=error")
				.directory(work.toFile()).redirectErrorStream(true)
				.redirectOutput(work.resolve("npm-install.log").toFile()).start();
			if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
				npm.destroyForcibly();
				throw new IllegalStateException("npm install failed in " + work + " (see npm-install.log there).");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the peer in " + work + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during npm install.", ex);
		}
	}

	/**
	 * Starts the peer against a Neo4j and waits until it says it is ready.
	 *
	 * @param home the project folder (installed before)
	 * @param boltUri the Neo4j to serve
	 * @return the running peer
	 */
	static PeerServer start(Path home, String boltUri) {
		Path work = workDir(home);
		int port = freePort();
		try {
			ProcessBuilder pb = new ProcessBuilder("node", "server.mjs").directory(work.toFile()).redirectErrorStream(true);
			pb.environment().put("NEO4J_URI", boltUri);
			pb.environment().put("PORT", String.valueOf(port));
			pb.environment().put("CYPHER_FILE", work.resolve("dependency-paths.cypher").toString());
			Process p = pb.start();
			BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
			StringBuilder seen = new StringBuilder();
			String line;
			while ((line = out.readLine()) != null) {
				seen.append(line).append('\n');
				if (line.startsWith("peer ready")) {
					Thread drain = new Thread(() -> {
						try {
							while (out.readLine() != null) {
								// keep the pipe empty
							}
						}
						catch (IOException ignored) {
							// the process ended
						}
					}, "peer-output");
					drain.setDaemon(true);
					drain.start();
					return new PeerServer(p, port);
				}
			}
			throw new IllegalStateException("The peer stopped before it was ready:\n" + seen);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start node for the peer: " + ex.getMessage(), ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + port + "/";
	}

	static int freePort() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port.", ex);
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}
}
