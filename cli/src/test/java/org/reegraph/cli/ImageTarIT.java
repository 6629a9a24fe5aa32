package org.reegraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OCI image the build writes to {@code target/reegraph-image.tar} (profile {@code image}), read from the tarball
 * as a registry or {@code docker load} would: its configuration (entrypoint and command, the one port, the volume, a
 * user that is not root) and the files the entrypoint needs (a Java runtime that is executable, the bundled corpus,
 * a data folder the user may write).
 */
class ImageTarIT {

	static final Path TAR = Path.of("target", "reegraph-image.tar");
	static final ObjectMapper JSON = new ObjectMapper();

	static Map<String, byte[]> blobs;
	static JsonNode manifest;

	@BeforeAll
	static void read() throws IOException {
		Assumptions.assumeTrue(Files.isRegularFile(TAR), "Skipped: " + TAR + " was not built — the image profile needs a "
				+ "JDK with jmods (for jlink), and the build skips it with -DskipTests.");
		blobs = new HashMap<>();
		try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(TAR))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				// Layers are read as streams below; only the small JSON documents are kept whole.
				if (entry.isFile() && entry.getSize() < 1_000_000) {
					blobs.put(entry.getName(), tar.readAllBytes());
				}
			}
		}
		JsonNode index = JSON.readTree(blobs.get("index.json"));
		assertThat(index.at("/manifests/0/mediaType").asText()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
		manifest = JSON.readTree(blob(index.at("/manifests/0/digest").asText()));
	}

	static byte[] blob(String digest) {
		return blobs.get("blobs/sha256/" + digest.substring("sha256:".length()));
	}

	@Test
	void theConfigurationRunsServeAsAUserWhoIsNotRoot() throws IOException {
		JsonNode config = JSON.readTree(blob(manifest.at("/config/digest").asText())).path("config");

		assertThat(JSON.convertValue(config.path("Entrypoint"), List.class)).containsExactly("/opt/java/bin/java",
				"-Dreegraph.home=/app", "-cp", "/app/resources:/app/classes:/app/libs/*", "org.reegraph.cli.ReegraphCli");
		assertThat(JSON.convertValue(config.path("Cmd"), List.class)).containsExactly("serve", "--no-browser");
		assertThat(config.path("ExposedPorts").fieldNames()).toIterable().containsExactly("8080/tcp");
		assertThat(config.path("Volumes").fieldNames()).toIterable().containsExactly("/data");
		assertThat(config.path("User").asText()).isEqualTo("10001:10001").doesNotStartWith("0").isNotEqualTo("root");
		assertThat(JSON.convertValue(config.path("Env"), List.class)).contains("REEGRAPH_DATA_DIR=/data", "JAVA_HOME=/opt/java");
	}

	@Test
	void theLayersHoldWhatTheEntrypointNeeds() throws IOException {
		Map<String, TarArchiveEntry> files = new HashMap<>();
		for (JsonNode layer : manifest.path("layers")) {
			assertThat(layer.path("mediaType").asText()).isEqualTo("application/vnd.oci.image.layer.v1.tar+gzip");
			try (InputStream in = new GZIPInputStream(Files.newInputStream(layerPath(layer.path("digest").asText())));
					TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
				for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
					files.put("/" + entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("/$", ""), entry);
				}
			}
		}

		assertThat(files.get("/opt/java/bin/java").getMode() & 0111).as("java is executable").isEqualTo(0111);
		assertThat(files.get("/lib64/ld-linux-x86-64.so.2")).as("the dynamic loader").isNotNull();
		assertThat(files.keySet()).anyMatch(f -> f.endsWith("/libc.so.6")).anyMatch(f -> f.startsWith("/app/libs/neo4j-"))
			.contains("/app/classes/org/reegraph/cli/ReegraphCli.class", "/etc/passwd");
		assertThat(files.keySet().stream().filter(f -> f.startsWith("/app/data/documents/"))).hasSize(5);
		assertThat(files.get("/data").getMode() & 0777).as("the data folder, writable by the image's user").isEqualTo(0777);
		assertThat(files.get("/tmp").getMode() & 0777).isEqualTo(0777);
	}

	/** Layers are large: streamed from the tarball again rather than held in memory. */
	static Path layerPath(String digest) throws IOException {
		Path extracted = Path.of("target", "image-layers", digest.substring("sha256:".length()) + ".tar.gz");
		if (!Files.exists(extracted)) {
			Files.createDirectories(extracted.getParent());
			try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(TAR))) {
				for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
					if (entry.getName().equals("blobs/sha256/" + digest.substring("sha256:".length()))) {
						Files.copy(tar, extracted);
						break;
					}
				}
			}
		}
		return extracted;
	}
}
