package org.reegraph.loader;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ```java} block of the README and docs/ is a complete program: it is compiled as printed, run with
 * the test database's Bolt URI and the bundled corpus as arguments, and its output must contain every line of the
 * {@code ```text} block that follows it (when there is one). So the Java shown to users always compiles and does
 * what the page says.
 */
class JavaDocExamplesIT {

	private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```(?:\\s*\\n(?:[^`\\n][^\\n]*\\n)*?\\s*```text\\n(.*?)```)?",
			Pattern.DOTALL);

	private static final Pattern CLASS = Pattern.compile("public class (\\w+)");

	@TempDir
	static Path classes;

	/** The examples that only ask (the catalog one) need the corpus whichever example runs first. */
	@BeforeAll
	static void load() {
		ReegraphLoader.create().load(TestNeo4j.get().driver(), List.of(Path.of("..", "data", "documents")),
				LoadListener.NONE);
	}

	@TestFactory
	Stream<DynamicTest> everyJavaExampleCompilesRunsAndPrintsWhatTheDocSays() throws IOException {
		List<Path> files = new ArrayList<>(List.of(Path.of("..", "README.md")));
		try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
			docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		List<DynamicTest> tests = new ArrayList<>();
		for (Path file : files) {
			Matcher m = BLOCK.matcher(Files.readString(file));
			while (m.find()) {
				String source = m.group(1);
				String expected = m.group(2);
				Matcher name = CLASS.matcher(source);
				assertThat(name.find()).as("a ```java block of " + file.getFileName()
						+ " must be a complete program with a public class:\n" + source).isTrue();
				tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + name.group(1),
						() -> compileAndRun(name.group(1), source, expected)));
			}
		}
		assertThat(tests).as("Java examples in the docs").hasSizeGreaterThanOrEqualTo(3);
		return tests.stream();
	}

	private static void compileAndRun(String className, String source, String expected) throws Exception {
		Path dir = Files.createDirectories(classes.resolve(className));
		Path java = dir.resolve(className + ".java");
		Files.writeString(java, source);
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		StringWriter diagnostics = new StringWriter();
		boolean compiled = compiler.getTask(diagnostics, null, null,
				List.of("-classpath", classpath(), "-d", dir.toString(), "-Xlint:all", "-Werror"), null,
				compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(java.toFile())).call();
		assertThat(compiled).as(className + " compiles without warnings:\n" + diagnostics).isTrue();

		String[] args = { TestNeo4j.get().boltUri(), Path.of("..", "data", "documents").toString() };
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream out = System.out;
		try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() },
				JavaDocExamplesIT.class.getClassLoader())) {
			Method main = loader.loadClass(className).getMethod("main", String[].class);
			System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
			main.invoke(null, (Object) args);
		}
		finally {
			System.setOut(out);
		}
		String output = captured.toString(StandardCharsets.UTF_8);
		assertThat(output).as(className + " prints something").isNotBlank();
		if (expected != null) {
			for (String line : expected.strip().lines().toList()) {
				assertThat(output).as(className + "'s output").contains(line);
			}
		}
	}

	/** The test class path: Surefire/Failsafe run tests from a manifest-only jar, so ask them for the real one. */
	private static String classpath() {
		String cp = System.getProperty("surefire.test.class.path");
		return cp != null ? cp : System.getProperty("java.class.path", "") + File.pathSeparator;
	}
}
