package org.reegraph.loader.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The hand-labelled gold facts of the bundled corpus (test resources {@code gold/}). */
record GoldSet(List<GoldFact> facts) {

	record GoldFact(String document, String article, String sentence, String relationship, String from, String to,
			Map<String, Object> properties) {
	}

	@SuppressWarnings("unchecked")
	static GoldSet load() {
		ObjectMapper mapper = new ObjectMapper();
		List<GoldFact> facts = new ArrayList<>();
		try (InputStream in = GoldSet.class.getResourceAsStream("/gold/gold-facts.jsonl")) {
			if (in == null) {
				throw new IOException("gold/gold-facts.jsonl is missing from the test resources.");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode n = mapper.readTree(line);
				facts.add(new GoldFact(n.get("document").asText(), n.get("article").asText(), n.get("sentence").asText(),
						n.get("relationship").asText(), n.get("from").asText(), n.get("to").asText(),
						mapper.convertValue(n.get("properties"), Map.class)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new GoldSet(List.copyOf(facts));
	}
}
