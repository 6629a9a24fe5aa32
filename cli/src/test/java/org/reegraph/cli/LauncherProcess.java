package org.reegraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs {@code reegraph} in its own JVM, as {@code bin/reegraph} does, and collects its output. */
final class LauncherProcess implements AutoCloseable {

	private final Process process;
	private final List<String> lines = new CopyOnWriteArrayList<>();

	private LauncherProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
					StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					lines.add(line);
				}
			}
			catch (IOException ex) {
				lines.add("(output closed: " + ex.getMessage() + ")");
			}
		}, "launcher-output");
		reader.setDaemon(true);
		reader.start();
	}

	static LauncherProcess start(Path workingDir, Map<String, String> env, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-Djava.io.tmpdir=" + workingDir);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ReegraphCli.class.getName());
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
		pb.environment().remove("NEO4J_URI");
		pb.environment().putAll(env);
		return new LauncherProcess(pb.start());
	}

	/** Waits until a line matches, failing with the output so far after the timeout. */
	String await(Predicate<String> condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			for (String line : lines) {
				if (condition.test(line)) {
					return line;
				}
			}
			if (!process.isAlive() && lines.stream().noneMatch(condition)) {
				throw new AssertionError("reegraph exited with " + process.exitValue() + " before the expected line:\n"
						+ String.join("\n", lines));
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Timed out waiting; output so far:\n" + String.join("\n", lines));
	}

	/** Sends SIGTERM (as Ctrl-C's shutdown path does) and waits for the exit code. */
	int stop(Duration timeout) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("reegraph did not stop within " + timeout + ":\n" + String.join("\n", lines));
		}
		return process.exitValue();
	}

	/**
	 * Kills the process with SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook runs, Neo4j
	 * gets no chance to close its store.
	 */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("reegraph did not die within 30 s of SIGKILL");
		}
	}

	int waitForExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("reegraph did not finish within " + timeout + ":\n" + String.join("\n", lines));
		}
		return process.exitValue();
	}

	String output() {
		return String.join("\n", lines);
	}

	@Override
	public void close() {
		process.destroyForcibly();
	}
}
