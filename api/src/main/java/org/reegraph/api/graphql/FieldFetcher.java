package org.reegraph.api.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import org.reegraph.cypher.query.EntityView;

/**
 * The default fetcher: entity fields come from {@link EntityView} (its label-specific properties by name),
 * map entries by key, everything else from record accessors.
 */
final class FieldFetcher implements DataFetcher<Object> {

	static final FieldFetcher INSTANCE = new FieldFetcher();

	private final Map<String, PropertyDataFetcher<Object>> byName = new ConcurrentHashMap<>();

	private FieldFetcher() {
	}

	@Override
	public Object get(DataFetchingEnvironment env) throws Exception {
		String field = env.getFieldDefinition().getName();
		Object source = env.getSource();
		if (source instanceof EntityView e) {
			return switch (field) {
				case "id" -> e.id();
				case "name" -> e.name();
				case "label" -> e.label();
				case "aliases" -> e.aliases();
				default -> e.property(field);
			};
		}
		if (source instanceof Map<?, ?> m) {
			return m.get(field);
		}
		return byName.computeIfAbsent(field, PropertyDataFetcher::fetching).get(env);
	}
}
