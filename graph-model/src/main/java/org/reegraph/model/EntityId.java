package org.reegraph.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable entity id such as {@code country:CN}, {@code element:Dy} or {@code company:mp-materials}: the
 * label's id prefix, a colon and a key. Re-loads MERGE onto the same node because ids are derived
 * deterministically from codes, symbols or normalised names.
 *
 * @param label the label of the entity
 * @param key the key within the label
 */
public record EntityId(Label label, String key) {

	private static final Pattern NON_SLUG = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");
	private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

	/**
	 * Validates the components.
	 *
	 * @param label the label of the entity
	 * @param key the key within the label
	 */
	public EntityId {
		Objects.requireNonNull(label, "The label of an entity id must not be null.");
		Objects.requireNonNull(key, "The key of an entity id must not be null.");
		if (key.isBlank() || key.contains(":")) {
			throw new IllegalArgumentException("An entity id key must be non-blank and contain no ':', got '" + key + "'.");
		}
	}

	/**
	 * Derives the id of an entity the catalog does not know from its name.
	 *
	 * @param label the label
	 * @param name the entity's name as written
	 * @return an id whose key is the {@link #slug(String) slug} of the name
	 */
	public static EntityId fromName(Label label, String name) {
		return new EntityId(label, slug(name));
	}

	/**
	 * Parses {@code prefix:key}.
	 *
	 * @param id the id as text
	 * @return the id
	 * @throws IllegalArgumentException when the text is not a valid id
	 */
	public static EntityId parse(String id) {
		Objects.requireNonNull(id, "An entity id must not be null.");
		int colon = id.indexOf(':');
		if (colon <= 0 || colon == id.length() - 1) {
			throw new IllegalArgumentException("An entity id looks like 'country:CN', got '" + id + "'.");
		}
		String prefix = id.substring(0, colon);
		Label label = Label.fromIdPrefix(prefix).orElseThrow(() -> new IllegalArgumentException(
				"Unknown id prefix '" + prefix + "' in '" + id + "'; expected one of " + GraphContract.labels().stream()
						.map(Label::idPrefix).toList() + "."));
		return new EntityId(label, id.substring(colon + 1));
	}

	/**
	 * Normalises a name to an id key: lower case, diacritics removed, '&amp;' and punctuation folded, words
	 * joined by '-'. Chinese characters are kept.
	 *
	 * @param name a name
	 * @return the slug, never blank
	 */
	public static String slug(String name) {
		Objects.requireNonNull(name, "A name to slug must not be null.");
		String folded = DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		String slug = NON_SLUG.matcher(folded.toLowerCase(Locale.ROOT).replace("&", " ").replace("'", ""))
				.replaceAll("-");
		slug = slug.replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			throw new IllegalArgumentException("The name '" + name + "' has no letters or digits to build an id from.");
		}
		return slug;
	}

	@Override
	public String toString() {
		return label.idPrefix() + ":" + key;
	}
}
