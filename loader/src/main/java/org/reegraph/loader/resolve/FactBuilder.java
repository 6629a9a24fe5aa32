package org.reegraph.loader.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.reegraph.loader.extraction.ExtractedFact;
import org.reegraph.loader.relate.RawFact;
import org.reegraph.model.EntityId;
import org.reegraph.model.Evidence;
import org.reegraph.model.RelType;

/**
 * Turns a fact the rules read into the fact the loader reports and writes: both ends resolved to stable ids,
 * each end named as the document's entities name it, and a deterministic fact id (type, ends, article, sentence
 * and properties), the MERGE key that keeps re-loads from duplicating a relationship. One per document, over the
 * document's {@link EntityResolver}.
 */
public final class FactBuilder {

	private final EntityResolver resolver;

	/**
	 * Creates a builder.
	 *
	 * @param resolver the document's entities, which both ends of every fact join
	 */
	public FactBuilder(EntityResolver resolver) {
		this.resolver = Objects.requireNonNull(resolver, "A fact builder needs the document's entity resolver.");
	}

	/**
	 * Resolves both ends of a fact the rules read (start first) and builds the fact.
	 *
	 * @param raw the fact as a rule read it
	 * @param evidence where it was read
	 * @param articleId the article it was read from
	 * @return the fact with its id
	 */
	public ExtractedFact fact(RawFact raw, Evidence evidence, String articleId) {
		String from = resolver.add(raw.from(), null);
		String to = resolver.add(raw.to(), null);
		return fact(raw.type(), from, to, raw.properties(), evidence, articleId);
	}

	/**
	 * Builds a fact between two entities already resolved.
	 *
	 * @param type the relationship type
	 * @param fromId the start entity's id
	 * @param toId the end entity's id
	 * @param properties the fact's properties
	 * @param evidence where it was read
	 * @param articleId the article it was read from ({@code catalog} for what the catalog knows)
	 * @return the fact with its id
	 */
	public ExtractedFact fact(RelType type, String fromId, String toId, Map<String, Object> properties,
			Evidence evidence, String articleId) {
		String key = type + "|" + fromId + "|" + toId + "|" + articleId + "|" + evidence.sentence() + "|"
				+ new TreeMap<>(properties);
		String factId = "fact:" + sha256(key).substring(0, 24);
		return new ExtractedFact(factId, type, view(fromId), view(toId), properties, evidence);
	}

	private ExtractedFact.EntityRefView view(String id) {
		EntityId parsed = EntityId.parse(id);
		String name = resolver.nameOf(id);
		if (name == null) {
			name = parsed.key();
		}
		return new ExtractedFact.EntityRefView(id, parsed.label().cypherName(), name);
	}

	/**
	 * {@return the SHA-256 of a text, in lower-case hex}
	 *
	 * @param text the text, hashed as UTF-8
	 */
	public static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK.", ex);
		}
	}
}
