package org.reegraph.api.graphql;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The registered operations, read from a manifest in Apollo's persisted query manifest format: each operation's
 * {@code id} is the SHA-256 hash (hex) of its {@code body}, which is checked, so a manifest cannot register a text
 * under another text's hash.
 */
final class PersistedQueryManifest {

	private PersistedQueryManifest() {
	}

	/**
	 * Reads a manifest.
	 *
	 * @param file the manifest
	 * @return hash to document, in the manifest's order
	 * @throws IllegalArgumentException naming the file and what is wrong in it
	 */
	static Map<String, String> read(Path file) {
		JsonNode manifest;
		try {
			manifest = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Cannot read the persisted query manifest " + file + " (reegraph.api."
					+ "persisted-queries): " + ex.getMessage(), ex);
		}
		JsonNode operations = manifest == null ? null : manifest.get("operations");
		if (operations == null || !operations.isArray()) {
			throw new IllegalArgumentException("The persisted query manifest " + file + " has no \"operations\" array; "
					+ "expected {\"format\": \"apollo-persisted-query-manifest\", \"version\": 1, \"operations\": "
					+ "[{\"id\": \"<sha256 of body>\", \"name\": \"…\", \"type\": \"query\", \"body\": \"…\"}]}.");
		}
		Map<String, String> byHash = new LinkedHashMap<>();
		for (JsonNode operation : operations) {
			String body = operation.path("body").asText("");
			String id = operation.path("id").asText("").toLowerCase(Locale.ROOT);
			String name = operation.path("name").asText("(unnamed)");
			if (body.isBlank()) {
				throw new IllegalArgumentException("The operation " + name + " in " + file + " has no body.");
			}
			if (!sha256(body).equals(id)) {
				throw new IllegalArgumentException("The operation " + name + " in " + file + " has the id '" + id
						+ "', but the SHA-256 hash of its body is " + sha256(body) + ".");
			}
			byHash.put(id, body);
		}
		return Map.copyOf(byHash);
	}

	/** {@return the SHA-256 hash of the text's UTF-8 bytes, 64 lower-case hex digits} */
	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return String.format("%064x", new BigInteger(1, digest));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This JVM has no SHA-256.", ex);
		}
	}
}
