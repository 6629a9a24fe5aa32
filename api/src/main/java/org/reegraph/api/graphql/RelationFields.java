package org.reegraph.api.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import org.dataloader.DataLoader;
import org.reegraph.cypher.query.EntityView;
import org.reegraph.cypher.query.Relation;
import org.reegraph.cypher.query.RelationFilter;
import org.reegraph.model.RelType;

/**
 * The relationship fields of the entity types (e.g. {@code Country.exportsTo}, {@code Element.producers}): which
 * contract type and direction each one follows. Every field is answered through the per-request
 * {@link Loaders#RELATIONS} DataLoader, so a list of entities costs one statement per field, not one per entity.
 *
 * @param type the GraphQL type
 * @param field the field name
 * @param relType the relationship type it follows
 * @param outgoing true when the relationship starts at the entity
 */
record RelationFields(String type, String field, RelType relType, boolean outgoing) {

	/** The GraphQL types that implement {@code Entity}; their names are the contract labels. */
	static final List<String> ENTITY_TYPES = List.of("Country", "Company", "Organization", "Element", "Mine",
			"Agreement", "Policy", "Program");

	/** Every relationship field of the schema. */
	static final List<RelationFields> ALL = List.of(
			field("Country", "exportsTo", RelType.EXPORTS_TO, true),
			field("Country", "importsFrom", RelType.EXPORTS_TO, false),
			field("Country", "produces", RelType.PRODUCES, true),
			field("Country", "refines", RelType.REFINES, true),
			field("Country", "refinesFor", RelType.REFINES_FOR, true),
			field("Country", "reserves", RelType.HOLDS_RESERVES, true),
			field("Country", "stockpiles", RelType.STOCKPILES, true),
			field("Country", "dependsOn", RelType.DEPENDS_ON, true),
			field("Country", "dependents", RelType.DEPENDS_ON, false),
			field("Country", "sanctions", RelType.SANCTIONS, true),
			field("Country", "sanctionedBy", RelType.SANCTIONS, false),
			field("Country", "investsIn", RelType.INVESTS_IN, true),
			field("Country", "partyTo", RelType.PARTY_TO, true),
			field("Country", "develops", RelType.DEVELOPS, true),
			field("Country", "supplies", RelType.SUPPLIES, true),
			field("Country", "policies", RelType.ISSUED_BY, false),
			field("Country", "targetedBy", RelType.TARGETS, false),
			field("Country", "locatedHere", RelType.LOCATED_IN, false),
			field("Country", "pricedHere", RelType.PRICED_IN, false),
			field("Company", "exportsTo", RelType.EXPORTS_TO, true),
			field("Company", "importsFrom", RelType.EXPORTS_TO, false),
			field("Company", "produces", RelType.PRODUCES, true),
			field("Company", "refines", RelType.REFINES, true),
			field("Company", "dependsOn", RelType.DEPENDS_ON, true),
			field("Company", "investsIn", RelType.INVESTS_IN, true),
			field("Company", "investors", RelType.INVESTS_IN, false),
			field("Company", "operates", RelType.OPERATES, true),
			field("Company", "locatedIn", RelType.LOCATED_IN, true),
			field("Company", "acquires", RelType.ACQUIRES, true),
			field("Company", "acquiredBy", RelType.ACQUIRES, false),
			field("Company", "supplies", RelType.SUPPLIES, true),
			field("Company", "suppliers", RelType.SUPPLIES, false),
			field("Company", "develops", RelType.DEVELOPS, true),
			field("Company", "partyTo", RelType.PARTY_TO, true),
			field("Company", "sanctionedBy", RelType.SANCTIONS, false),
			field("Company", "targetedBy", RelType.TARGETS, false),
			field("Company", "stockpiles", RelType.STOCKPILES, true),
			field("Organization", "investsIn", RelType.INVESTS_IN, true),
			field("Organization", "sanctions", RelType.SANCTIONS, true),
			field("Organization", "partyTo", RelType.PARTY_TO, true),
			field("Organization", "develops", RelType.DEVELOPS, true),
			field("Organization", "locatedIn", RelType.LOCATED_IN, true),
			field("Organization", "policies", RelType.ISSUED_BY, false),
			field("Organization", "stockpiles", RelType.STOCKPILES, true),
			field("Element", "producers", RelType.PRODUCES, false),
			field("Element", "refiners", RelType.REFINES, false),
			field("Element", "reserves", RelType.HOLDS_RESERVES, false),
			field("Element", "stockpiledBy", RelType.STOCKPILES, false),
			field("Element", "dependents", RelType.DEPENDS_ON, false),
			field("Element", "contains", RelType.CONTAINS, true),
			field("Element", "containedIn", RelType.CONTAINS, false),
			field("Element", "coveredBy", RelType.COVERS, false),
			field("Element", "prices", RelType.PRICED_IN, true),
			field("Mine", "operators", RelType.OPERATES, false),
			field("Mine", "produces", RelType.PRODUCES, true),
			field("Mine", "refines", RelType.REFINES, true),
			field("Mine", "locatedIn", RelType.LOCATED_IN, true),
			field("Mine", "supplies", RelType.SUPPLIES, true),
			field("Mine", "investors", RelType.INVESTS_IN, false),
			field("Agreement", "parties", RelType.PARTY_TO, false),
			field("Agreement", "covers", RelType.COVERS, true),
			field("Policy", "issuedBy", RelType.ISSUED_BY, true),
			field("Policy", "covers", RelType.COVERS, true),
			field("Policy", "targets", RelType.TARGETS, true),
			field("Program", "dependsOn", RelType.DEPENDS_ON, true),
			field("Program", "suppliers", RelType.SUPPLIES, false),
			field("Program", "developers", RelType.DEVELOPS, false),
			field("Program", "investors", RelType.INVESTS_IN, false));

	private static RelationFields field(String type, String field, RelType relType, boolean outgoing) {
		return new RelationFields(type, field, relType, outgoing);
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
		return new RelationFilter((String) where.get("otherId"), (String) where.get("otherLabel"),
				offset == null ? 0 : (Integer) offset, first == null ? 20 : (Integer) first);
	}

	/**
	 * The field's fetcher: one DataLoader key per entity; when the query nests another relationship field in
	 * this one's {@code other}, the key carries it as context, so one statement answers both levels.
	 */
	DataFetcher<CompletableFuture<List<Relation>>> fetcher() {
		return env -> {
			EntityView entity = env.getSource();
			DataLoader<Loaders.RelationKey, List<Relation>> loader = env.getDataLoader(Loaders.RELATIONS);
			Loaders.RelationKey key = new Loaders.RelationKey(entity.id(), relType, outgoing, filter(env.getArguments()));
			Optional<CompletableFuture<List<Relation>>> primed = loader.getIfPresent(key);
			if (primed.isPresent()) {
				return primed.get(); // answered with its parent: no need to look further ahead
			}
			return loader.load(key, Lookahead.nestedField(env).orElse(null));
		};
	}
}
