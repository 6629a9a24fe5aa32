package org.reegraph.api.graphql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.reegraph.cypher.query.RelationFilter;
import org.reegraph.cypher.query.RelationLevel;
import org.reegraph.model.Label;

/**
 * Looks ahead in a query's selection for relationship fields one statement can answer together with the field
 * being fetched: the first relationship field selected on an entity, and the first one selected on the entities
 * at the other end of a relationship field ({@code supplies { other { ... on Company { locatedIn } } } }).
 * A field qualifies when every type it is selected on follows the same relationship type and direction. Fields
 * not looked ahead for are still answered, through the per-request DataLoader.
 */
final class Lookahead {

	/** The request context's key for the nested levels found so far. */
	private static final String NESTED_FOUND = Lookahead.class.getName() + ".nestedFound";

	private Lookahead() {
	}

	/**
	 * A relationship field found in a selection.
	 *
	 * @param selected the field as selected (its own selection, arguments)
	 * @param level what it asks for
	 */
	record Found(SelectedField selected, RelationLevel level) {
	}

	/**
	 * {@return the first relationship field selected on the entity whose selection this is}
	 *
	 * @param entitySelection the selection of a field returning an entity
	 */
	static Optional<Found> relationField(DataFetchingFieldSelectionSet entitySelection) {
		return first(entitySelection.getImmediateFields());
	}

	/**
	 * {@return the first relationship field selected on the {@code other} end of the relationship field being
	 * fetched} Found once per request for each place the field is written in the query: a relationship field
	 * under a list (search results, the other ends of a relationship) is fetched once per entity, and its
	 * selection is the same each time.
	 *
	 * @param env the relationship field's environment
	 */
	static Optional<RelationLevel> nestedField(DataFetchingEnvironment env) {
		Map<List<Field>, Optional<RelationLevel>> found = env.getGraphQlContext()
			.computeIfAbsent(NESTED_FOUND, key -> new ConcurrentHashMap<List<Field>, Optional<RelationLevel>>());
		// the field's AST nodes, compared by identity: the same nodes, the same selection (variables are per request)
		return found.computeIfAbsent(env.getMergedField().getFields(), fields -> nestedField(env.getSelectionSet()));
	}

	/**
	 * {@return the first relationship field selected on the {@code other} end of the relationship field whose
	 * selection this is}
	 *
	 * @param relationSelection the selection of a relationship field (a list of {@code Relation})
	 */
	static Optional<RelationLevel> nestedField(DataFetchingFieldSelectionSet relationSelection) {
		for (SelectedField field : relationSelection.getImmediateFields()) {
			if (field.getName().equals("other")) {
				Optional<Found> nested = first(field.getSelectionSet().getImmediateFields());
				if (nested.isPresent()) {
					return Optional.of(nested.get().level());
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Found> first(List<SelectedField> fields) {
		for (SelectedField field : fields) {
			Optional<RelationLevel> level = level(field);
			if (level.isPresent()) {
				return Optional.of(new Found(field, level.get()));
			}
		}
		return Optional.empty();
	}

	private static Optional<RelationLevel> level(SelectedField field) {
		RelationFields follows = null;
		Set<String> labels = new LinkedHashSet<>();
		for (String type : field.getObjectTypeNames()) {
			RelationFields f = RelationFields.find(type, field.getName()).orElse(null);
			if (f == null || follows != null && (f.relType() != follows.relType() || f.outgoing() != follows.outgoing())) {
				return Optional.empty();
			}
			follows = f;
			labels.add(type);
		}
		if (follows == null) {
			return Optional.empty();
		}
		RelationFilter filter;
		try {
			filter = RelationFields.filter(field.getArguments());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty(); // the field itself reports it, where the user asked for it
		}
		if (filter.otherLabel() != null && Label.fromName(filter.otherLabel()).isEmpty()) {
			return Optional.empty(); // likewise
		}
		return Optional.of(new RelationLevel(labels, follows.relType(), follows.outgoing(), filter));
	}
}
