package org.reegraph.api.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import org.dataloader.DataLoader;
import org.reegraph.cypher.query.EntityView;
import org.reegraph.cypher.query.Relation;
import org.reegraph.cypher.query.RelationFilter;
import org.reegraph.cypher.query.RelationSlice;
import org.reegraph.cypher.query.RelationWindow;
import org.reegraph.model.GraphContract;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;
import org.reegraph.model.RelationshipSpec;

/**
 * The relationship fields of the entity types (e.g. {@code Country.exportsTo}, {@code Element.producers}): which
 * contract type and direction each one follows. They are not listed by hand: every label the contract lets a type
 * start at reads it forwards ({@code exportsTo}), every label it may end at reads it backwards
 * ({@code importsFrom}), under the names the contract gives ({@link RelationshipSpec#forward()},
 * {@link RelationshipSpec#backward()}). The schema's fields ({@code relations.graphqls}) are generated from the same
 * readings. Every field is answered through the per-request {@link Loaders#RELATIONS} DataLoader, so a list of
 * entities costs one statement per field, not one per entity.
 *
 * @param type the GraphQL type
 * @param field the field name
 * @param relType the relationship type it follows
 * @param outgoing true when the relationship starts at the entity
 */
record RelationFields(String type, String field, RelType relType, boolean outgoing) {

	/** The GraphQL types that implement {@code Entity}; their names are the contract labels. */
	static final List<String> ENTITY_TYPES = GraphContract.labelNames();

	/** Every relationship field of the schema. */
	static final List<RelationFields> ALL = readings(GraphContract.relationships()).stream()
		.map(r -> new RelationFields(r.label().cypherName(), r.field(), RelType.valueOf(r.spec().name()), r.outgoing()))
		.toList();

	/**
	 * One relationship field a contract gives an entity type: a type read from one of its ends.
	 *
	 * @param label the entity type's label
	 * @param spec the relationship type
	 * @param outgoing true when the relationship starts at the entity (read forwards)
	 */
	record Reading(Label label, RelationshipSpec spec, boolean outgoing) {

		/** {@return the field name} */
		String field() {
			return (outgoing ? spec.forward() : spec.backward()).field();
		}

		/** {@return what the field lists, with the type and direction it follows} */
		String description() {
			return (outgoing ? spec.forward() : spec.backward()).description() + " (" + spec.name() + ", "
					+ (outgoing ? "outgoing" : "incoming") + ")";
		}
	}

	/**
	 * {@return every relationship field a contract gives the entity types: by label, then in contract order}
	 *
	 * @param contract the relationship types
	 */
	static List<Reading> readings(List<RelationshipSpec> contract) {
		List<Reading> out = new ArrayList<>();
		for (Label label : Label.values()) {
			for (RelationshipSpec spec : contract) {
				if (spec.from().contains(label)) {
					out.add(new Reading(label, spec, true));
				}
				if (spec.to().contains(label)) {
					out.add(new Reading(label, spec, false));
				}
			}
		}
		return List.copyOf(out);
	}

	/**
	 * {@return the GraphQL type of one end of a relationship type: the label's object type, or for several labels
	 * their union, named after them in contract order (CountryOrCompany)}
	 *
	 * @param labels the labels the end may have
	 */
	static String endType(Set<Label> labels) {
		return labels.stream().map(Label::cypherName).collect(Collectors.joining("Or"));
	}

	/** {@return the unions the contract's relationship ends need} */
	static Set<String> unions() {
		Set<String> unions = new TreeSet<>();
		for (RelationshipSpec spec : GraphContract.relationships()) {
			for (Set<Label> end : List.of(spec.from(), spec.to())) {
				if (end.size() > 1) {
					unions.add(endType(end));
				}
			}
		}
		return unions;
	}

	static List<RelationFields> of(String type) {
		return ALL.stream().filter(f -> f.type.equals(type)).toList();
	}

	/** Every relationship field by its type and name, for looking ahead in a query. */
	private static final Map<List<String>, RelationFields> BY_NAME = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(f -> List.of(f.type, f.field), f -> f));

	static Optional<RelationFields> find(String type, String field) {
		return Optional.ofNullable(BY_NAME.get(List.of(type, field)));
	}

	/**
	 * {@return the filter and page a relationship field's arguments ask for (the schema's defaults where absent)}
	 * Every field of {@code where} besides {@code otherId} and {@code otherLabel} is a fact property of the type
	 * (the schema's filter input offers only those).
	 *
	 * @param arguments the field's arguments
	 */
	@SuppressWarnings("unchecked")
	static RelationFilter filter(Map<String, Object> arguments) {
		Map<String, Object> where = (Map<String, Object>) arguments.get("where");
		if (where == null) {
			where = Map.of();
		}
		Object offset = arguments.get("offset");
		Object first = arguments.get("first");
		Object asOf = arguments.get("asOf");
		Map<String, Object> properties = new LinkedHashMap<>(where);
		properties.remove("otherId");
		properties.remove("otherLabel");
		properties.values().removeIf(Objects::isNull);
		return new RelationFilter((String) where.get("otherId"), (String) where.get("otherLabel"), properties,
				offset == null ? 0 : (Integer) offset, first == null ? 20 : (Integer) first,
				asOf instanceof LocalDate date ? date : null);
	}

	/**
	 * The field's fetcher: one DataLoader key per entity; when the query nests another relationship field in
	 * this one's {@code other}, the key carries it as context, so one statement answers both levels.
	 */
	DataFetcher<CompletableFuture<List<FactView>>> fetcher() {
		return env -> {
			EntityView entity = env.getSource();
			DataLoader<Loaders.RelationKey, List<Relation>> loader = env.getDataLoader(Loaders.RELATIONS);
			Loaders.RelationKey key = new Loaders.RelationKey(entity.id(), relType, outgoing, filter(env.getArguments()));
			Optional<CompletableFuture<List<Relation>>> primed = loader.getIfPresent(key);
			CompletableFuture<List<Relation>> relations = primed.isPresent()
					? primed.get() // answered with its parent: no need to look further ahead
					: loader.load(key, Lookahead.nestedField(env).orElse(null));
			return relations.thenApply(list -> list.stream().map(r -> new FactView(relType, entity, r)).toList());
		};
	}

	/** {@return the name of the connection field beside the list field} */
	String connectionField() {
		return field + "Connection";
	}

	/** {@return the list's name in its cursors: the type and direction it follows} */
	String cursorKind() {
		return "rel:" + relType.name() + ":" + (outgoing ? "out" : "in");
	}

	/**
	 * The connection field's fetcher: one keyset page (the page size plus one, to know whether more follow) through
	 * the per-request {@link Loaders#RELATION_PAGES} DataLoader, counted only when {@code totalCount} is selected.
	 */
	DataFetcher<CompletableFuture<Map<String, Object>>> connectionFetcher() {
		return env -> {
			EntityView entity = env.getSource();
			PageRequest page = PageRequest.of(type + "." + connectionField(), env.getArguments());
			RelationFilter base = filter(env.getArguments());
			RelationFilter filter = new RelationFilter(base.otherId(), base.otherLabel(), base.properties(), 0,
					page.size() + 1, base.asOf());
			RelationWindow window = new RelationWindow(key(page.after(), "after", page.field()),
					key(page.before(), "before", page.field()), page.backward(),
					env.getSelectionSet().contains("totalCount"));
			DataLoader<Loaders.PageKey, RelationSlice> loader = env.getDataLoader(Loaders.RELATION_PAGES);
			return loader.load(new Loaders.PageKey(entity.id(), relType, outgoing, filter, window)).thenApply(slice -> {
				List<Relation> rows = new ArrayList<>(slice.relations());
				boolean more = rows.size() > page.size();
				if (more) {
					rows = new ArrayList<>(rows.subList(0, page.size()));
				}
				if (page.backward()) {
					java.util.Collections.reverse(rows);
				}
				List<Map<String, Object>> edges = new ArrayList<>();
				for (Relation r : rows) {
					RelationWindow.Key key = RelationWindow.Key.of(r);
					edges.add(Keyset.edge(Cursors.encode(cursorKind(), java.util.Arrays.asList(
							key.published() == null ? null : key.published().toString(), key.factId())),
							new FactView(relType, entity, r)));
				}
				// Forward, a given after means its item sorts before the page; backward, a given before, after it.
				return Keyset.connection(edges, page.backward() ? more : page.after() != null,
						page.backward() ? page.before() != null : more, slice.total());
			});
		};
	}

	/** The key a relationship cursor holds: [published date or null, factId]. */
	private RelationWindow.Key key(String cursor, String argument, String field) {
		if (cursor == null) {
			return null;
		}
		List<Object> key = Cursors.decode(cursor, cursorKind(), 2, argument, field);
		if (!(key.get(1) instanceof String factId) || (key.get(0) != null && !(key.get(0) instanceof String))) {
			throw Cursors.bad(cursor, argument, field, "its key is not a relationship's");
		}
		try {
			return new RelationWindow.Key(key.get(0) == null ? null : LocalDate.parse((String) key.get(0)), factId);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw Cursors.bad(cursor, argument, field, "its key holds no date");
		}
	}
}
