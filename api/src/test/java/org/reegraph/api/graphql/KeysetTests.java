package org.reegraph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cursors, page arguments and keyset pages over computed lists, without a database. */
class KeysetTests {

	/** Rows ordered by score, highest first (unscored last), then by id. */
	record Row(Double score, String id) {
	}

	static final Keyset.Order<Row> ORDER = new Keyset.Order<>("rows",
			r -> java.util.Arrays.asList(r.score(), r.id()), List.of(true, false));

	static final List<Row> ROWS = List.of(new Row(1.0, "b"), new Row(3.0, "a"), new Row(null, "z"), new Row(1.0, "a"),
			new Row(2.5, "c"));

	static PageRequest page(Map<String, Object> arguments) {
		return PageRequest.of("rows", arguments);
	}

	@SuppressWarnings("unchecked")
	static List<String> ids(Map<String, Object> connection) {
		List<String> out = new ArrayList<>();
		((List<Map<String, Object>>) connection.get("edges")).forEach(e -> {
			Row row = (Row) e.get("node");
			out.add(row.id() + (row.score() == null ? "" : "@" + row.score()));
		});
		return out;
	}

	@SuppressWarnings("unchecked")
	static String info(Map<String, Object> connection, String key) {
		return String.valueOf(((Map<String, Object>) connection.get("pageInfo")).get(key));
	}

	@Nested
	class Pages {

		@Test
		void forwardPagesFollowTheOrderAndEndWhereTheListEnds() {
			Map<String, Object> one = Keyset.page(ROWS, ORDER, page(Map.of("first", 2)));
			Map<String, Object> two = Keyset.page(ROWS, ORDER, page(Map.of("first", 2, "after", info(one, "endCursor"))));
			Map<String, Object> three = Keyset.page(ROWS, ORDER, page(Map.of("first", 2, "after", info(two, "endCursor"))));

			assertThat(ids(one)).containsExactly("a@3.0", "c@2.5");
			assertThat(ids(two)).containsExactly("a@1.0", "b@1.0");
			assertThat(ids(three)).containsExactly("z");
			assertThat(info(one, "hasNextPage")).isEqualTo("true");
			assertThat(info(one, "hasPreviousPage")).isEqualTo("false");
			assertThat(info(two, "hasPreviousPage")).isEqualTo("true");
			assertThat(info(three, "hasNextPage")).isEqualTo("false");
			assertThat(one.get("totalCount")).isEqualTo(5L);
		}

		@Test
		void backwardPagesTakeTheEndOfTheWindowInTheSameOrder() {
			Map<String, Object> last = Keyset.page(ROWS, ORDER, page(Map.of("last", 2)));
			Map<String, Object> before = Keyset.page(ROWS, ORDER,
					page(Map.of("last", 2, "before", info(last, "startCursor"))));

			assertThat(ids(last)).containsExactly("b@1.0", "z");
			assertThat(ids(before)).containsExactly("c@2.5", "a@1.0");
			assertThat(info(last, "hasPreviousPage")).isEqualTo("true");
			assertThat(info(before, "hasNextPage")).isEqualTo("true");
		}

		@Test
		void rowsAddedBeforeAndAfterTheCursorNeitherRepeatNorHideWhatFollowsIt() {
			String cursor = info(Keyset.page(ROWS, ORDER, page(Map.of("first", 2))), "endCursor");
			List<Row> grown = new ArrayList<>(ROWS);
			grown.add(new Row(9.0, "new-first"));
			grown.add(new Row(2.0, "new-later"));

			assertThat(ids(Keyset.page(grown, ORDER, page(Map.of("first", 10, "after", cursor)))))
				.containsExactly("new-later@2.0", "a@1.0", "b@1.0", "z");
		}
	}

	@Nested
	class CursorFormat {

		@Test
		void isOpaqueBase64urlOfAVersionedKey() {
			String cursor = Cursors.encode("rows", java.util.Arrays.asList(2.5, "c", null));

			assertThat(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8))
				.isEqualTo("{\"v\":1,\"k\":\"rows\",\"s\":[2.5,\"c\",null]}");
			assertThat(Cursors.decode(cursor, "rows", 3, "after", "f")).containsExactly(2.5, "c", null);
		}

		@Test
		void refusesCursorsThatAreNotThisListsNamingTheArgumentAndWhy() {
			String other = Cursors.encode("exposure", List.of(1, "x"));
			String version2 = Base64.getUrlEncoder()
				.encodeToString("{\"v\":2,\"k\":\"rows\",\"s\":[1,\"x\"]}".getBytes(StandardCharsets.UTF_8));

			assertThatThrownBy(() -> Cursors.decode("%%%", "rows", 2, "after", "rowsConnection"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("after: \"%%%\" is not a cursor of rowsConnection: it is not a cursor this server wrote.");
			assertThatThrownBy(() -> Cursors.decode(other, "rows", 2, "before", "rowsConnection"))
				.hasMessageStartingWith("before: ").hasMessageContaining("belongs to another list (exposure)");
			assertThatThrownBy(() -> Cursors.decode(version2, "rows", 2, "after", "rowsConnection"))
				.hasMessageContaining("cursor version 2, this server reads 1");
			assertThatThrownBy(() -> Cursors.decode(Cursors.encode("rows", List.of("x")), "rows", 2, "after", "rowsConnection"))
				.hasMessageContaining("its key has 1 values, this list's has 2");
		}

		@Test
		void pageArgumentsFollowTheRelayRules() {
			assertThat(page(Map.of())).isEqualTo(new PageRequest("rows", 20, false, null, null));
			assertThat(page(Map.of("last", 3, "before", "c"))).isEqualTo(new PageRequest("rows", 3, true, null, "c"));
			assertThatThrownBy(() -> page(Map.of("first", 1, "last", 1))).hasMessageContaining("give one of them, not both");
			assertThatThrownBy(() -> page(Map.of("last", -1))).hasMessage("last: -1 on rows must not be negative.");
		}
	}
}
