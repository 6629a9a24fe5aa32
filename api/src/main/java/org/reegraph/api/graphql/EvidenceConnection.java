package org.reegraph.api.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.reegraph.cypher.query.EntityView;
import org.reegraph.cypher.query.EvidenceSlice;
import org.reegraph.cypher.query.EvidenceWindow;

/**
 * Every entity type's {@code evidenceConnection}: the articles that mention it, paged in the database by key (the
 * article's date, then its id) like a relationship connection, so a page after a cursor neither repeats nor skips
 * what was there when new articles come in.
 */
final class EvidenceConnection {

	/** The list's name in its cursors. */
	static final String CURSOR_KIND = "evidence";

	private EvidenceConnection() {
	}

	/**
	 * {@code evidenceConnection} of any entity: one keyset page (the page size plus one, to know whether more
	 * follow) through the per-request {@link Loaders#EVIDENCE_PAGES} DataLoader, counted only when {@code totalCount} is
	 * selected. Its cursors hold the article's date (null when undated) and id.
	 */
	static CompletableFuture<Map<String, Object>> fetch(DataFetchingEnvironment env) {
		EntityView entity = env.getSource();
		PageRequest page = PageRequest.of(entity.label() + ".evidenceConnection", env.getArguments());
		EvidenceWindow window = new EvidenceWindow(evidenceKey(page.after(), "after", page.field()),
				evidenceKey(page.before(), "before", page.field()), page.backward(),
				env.getSelectionSet().contains("totalCount"));
		DataLoader<Loaders.EvidencePageKey, EvidenceSlice> loader = env.getDataLoader(Loaders.EVIDENCE_PAGES);
		return loader.load(new Loaders.EvidencePageKey(entity.id(), page.size() + 1, window)).thenApply(slice -> {
			List<EvidenceSlice.Mention> rows = new ArrayList<>(slice.mentions());
			boolean more = rows.size() > page.size();
			if (more) {
				rows = new ArrayList<>(rows.subList(0, page.size()));
			}
			if (page.backward()) {
				java.util.Collections.reverse(rows);
			}
			List<Map<String, Object>> edges = new ArrayList<>();
			for (EvidenceSlice.Mention m : rows) {
				EvidenceWindow.Key key = m.key();
				edges.add(Keyset.edge(Cursors.encode(CURSOR_KIND, Arrays.asList(
						key.published() == null ? null : key.published().toString(), key.articleId())), m.evidence()));
			}
			// As for relationships: forward, a given after means its item sorts before the page; backward, the reverse.
			return Keyset.connection(edges, page.backward() ? more : page.after() != null,
					page.backward() ? page.before() != null : more, slice.total());
		});
	}

	/** The key an evidence cursor holds: [published date or null, article id]. */
	private static EvidenceWindow.Key evidenceKey(String cursor, String argument, String field) {
		if (cursor == null) {
			return null;
		}
		List<Object> key = Cursors.decode(cursor, CURSOR_KIND, 2, argument, field);
		if (!(key.get(1) instanceof String articleId) || (key.get(0) != null && !(key.get(0) instanceof String))) {
			throw Cursors.bad(cursor, argument, field, "its key is not a mention's");
		}
		try {
			return new EvidenceWindow.Key(key.get(0) == null ? null : java.time.LocalDate.parse((String) key.get(0)),
					articleId);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw Cursors.bad(cursor, argument, field, "its key holds no date");
		}
	}
}
