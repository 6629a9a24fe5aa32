package org.reegraph.api.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset pages over a list the server computes whole (exposure, supply shares, conflicts, dependency paths, search,
 * a timeline's statements): the rows are put in the connection's order — the list's own order, then a unique
 * tie-breaker — and a page is the rows whose key sorts after {@code after} and before {@code before}, compared by
 * value, never by position. A row added between two requests therefore lands before or after the cursor by its
 * key, and the rows already seen are neither repeated nor is any skipped.
 */
final class Keyset {

	private Keyset() {
	}

	/**
	 * A connection's order.
	 *
	 * @param kind the list's name in its cursors
	 * @param key an item's sort key (strings, numbers, dates or nulls), its last values unique per item
	 * @param descending per key value, true when larger values come first (nulls always come last)
	 * @param node what an edge shows of an item
	 * @param <T> the item type
	 */
	record Order<T>(String kind, Function<T, List<Object>> key, List<Boolean> descending, Function<T, Object> node) {

		/** An order whose edges show the items themselves. */
		Order(String kind, Function<T, List<Object>> key, List<Boolean> descending) {
			this(kind, key, descending, item -> item);
		}

		/** {@return the key of an item, numbers as doubles and dates as ISO text, as a cursor gives it back} */
		List<Object> keyOf(T item) {
			List<Object> out = new ArrayList<>();
			for (Object v : key.apply(item)) {
				out.add(v instanceof Number n ? (Object) n.doubleValue() : v instanceof LocalDate d ? d.toString() : v);
			}
			return out;
		}

		int compare(List<Object> a, List<Object> b) {
			for (int i = 0; i < descending.size(); i++) {
				Object x = a.get(i);
				Object y = b.get(i);
				if (x == null || y == null) {
					if (x != y) {
						return x == null ? 1 : -1;
					}
					continue;
				}
				int c = x.getClass() == y.getClass() ? compareSame(x, y) : x.getClass().getName().compareTo(y.getClass().getName());
				if (c != 0) {
					return descending.get(i) ? -c : c;
				}
			}
			return 0;
		}

		@SuppressWarnings("unchecked")
		private static int compareSame(Object x, Object y) {
			return ((Comparable<Object>) x).compareTo(y);
		}
	}

	/**
	 * {@return one page of a computed list as a connection (edges, pageInfo, totalCount: the list's size)}
	 *
	 * @param all the whole list, in any order
	 * @param order the connection's order
	 * @param page the page asked for
	 * @param <T> the item type
	 */
	static <T> Map<String, Object> page(List<T> all, Order<T> order, PageRequest page) {
		int size = order.descending().size();
		List<Object> after = page.after() == null ? null
				: Cursors.decode(page.after(), order.kind(), size, "after", page.field());
		List<Object> before = page.before() == null ? null
				: Cursors.decode(page.before(), order.kind(), size, "before", page.field());
		List<Map.Entry<List<Object>, T>> rows = new ArrayList<>();
		all.forEach(item -> rows.add(Map.entry(order.keyOf(item), item)));
		rows.sort(Comparator.comparing(Map.Entry::getKey, order::compare));
		List<Map.Entry<List<Object>, T>> window = rows.stream()
			.filter(r -> (after == null || order.compare(r.getKey(), after) > 0)
					&& (before == null || order.compare(r.getKey(), before) < 0))
			.toList();
		boolean more = window.size() > page.size();
		List<Map.Entry<List<Object>, T>> slice = !more ? window
				: page.backward() ? window.subList(window.size() - page.size(), window.size())
				: window.subList(0, page.size());
		boolean earlier = after != null && rows.stream().anyMatch(r -> order.compare(r.getKey(), after) <= 0);
		boolean later = before != null && rows.stream().anyMatch(r -> order.compare(r.getKey(), before) >= 0);
		List<Map<String, Object>> edges = new ArrayList<>();
		slice.forEach(r -> edges.add(edge(Cursors.encode(order.kind(), r.getKey()), order.node().apply(r.getValue()))));
		return connection(edges, page.backward() ? more : earlier, page.backward() ? later : more, (long) all.size());
	}

	/** {@return an edge} */
	static Map<String, Object> edge(String cursor, Object node) {
		Map<String, Object> edge = new LinkedHashMap<>();
		edge.put("cursor", cursor);
		edge.put("node", node);
		return edge;
	}

	/**
	 * {@return a connection as the schema's XConnection types read it}
	 *
	 * @param edges the edges, in the connection's order
	 * @param hasPreviousPage whether edges come before the first one
	 * @param hasNextPage whether edges come after the last one
	 * @param totalCount how many the whole list has, or null when not counted
	 */
	static Map<String, Object> connection(List<Map<String, Object>> edges, boolean hasPreviousPage, boolean hasNextPage,
			Long totalCount) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("hasPreviousPage", hasPreviousPage);
		info.put("hasNextPage", hasNextPage);
		info.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
		info.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
		Map<String, Object> connection = new LinkedHashMap<>();
		connection.put("edges", edges);
		connection.put("pageInfo", info);
		connection.put("totalCount", totalCount);
		return connection;
	}
}
