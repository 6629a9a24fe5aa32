package org.reegraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The connections' cursors: opaque to clients, but only a small versioned JSON object in base64url, {@code
 * {"v":1,"k":"<list>","s":[<sort key values>]}}: which list it belongs to and the values of the item's sort key,
 * its last value a unique tie-breaker (a factId, an entity id). No offset: a page after a cursor starts after
 * that key wherever the item now stands. Decoding checks every part and says which argument is wrong.
 */
final class Cursors {

	/** The format's version; a cursor of another version is refused rather than misread. */
	static final int VERSION = 1;

	private static final ObjectMapper JSON = new ObjectMapper();

	private Cursors() {
	}

	/**
	 * {@return the cursor of an item}
	 *
	 * @param kind the list it belongs to, e.g. {@code rel:EXPORTS_TO:out} or {@code exposure}
	 * @param key the item's sort key: strings, numbers or nulls
	 */
	static String encode(String kind, List<?> key) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("v", VERSION);
		body.put("k", kind);
		body.put("s", key);
		try {
			return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(body));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A cursor key could not be written: " + key, ex);
		}
	}

	/**
	 * {@return the sort key a cursor holds: strings, doubles or nulls, as many as the list's key has}
	 *
	 * @param cursor the cursor a client sent
	 * @param kind the list it must belong to
	 * @param size how many values the list's key has
	 * @param argument the argument it came in ({@code after} or {@code before}), for the message
	 * @param field the field, for the message
	 * @throws IllegalArgumentException naming the argument when the cursor is not one of this list's
	 */
	static List<Object> decode(String cursor, String kind, int size, String argument, String field) {
		JsonNode body;
		try {
			body = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException | JsonProcessingException ex) {
			throw bad(cursor, argument, field, "it is not a cursor this server wrote");
		}
		if (body == null || !body.isObject() || !body.path("v").isInt() || !body.path("k").isTextual()
				|| !body.path("s").isArray()) {
			throw bad(cursor, argument, field, "it is not a cursor this server wrote");
		}
		if (body.get("v").asInt() != VERSION) {
			throw bad(cursor, argument, field, "it is of cursor version " + body.get("v").asInt() + ", this server reads "
					+ VERSION);
		}
		if (!body.get("k").asText().equals(kind)) {
			throw bad(cursor, argument, field, "it belongs to another list (" + body.get("k").asText() + ")");
		}
		JsonNode values = body.get("s");
		if (values.size() != size) {
			throw bad(cursor, argument, field, "its key has " + values.size() + " values, this list's has " + size);
		}
		List<Object> key = new ArrayList<>();
		for (JsonNode v : values) {
			if (v.isNull()) {
				key.add(null);
			}
			else if (v.isNumber()) {
				key.add(v.asDouble());
			}
			else if (v.isTextual()) {
				key.add(v.asText());
			}
			else {
				throw bad(cursor, argument, field, "its key holds a value no list sorts by");
			}
		}
		return key;
	}

	static IllegalArgumentException bad(String cursor, String argument, String field, String why) {
		String shown = cursor.length() > 60 ? cursor.substring(0, 60) + "…" : cursor;
		return new IllegalArgumentException(argument + ": \"" + shown + "\" is not a cursor of " + field + ": " + why
				+ ". Use a cursor this field returned (edges { cursor }, pageInfo { endCursor }).");
	}
}
