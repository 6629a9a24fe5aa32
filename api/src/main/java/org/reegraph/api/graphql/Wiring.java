package org.reegraph.api.graphql;

import graphql.scalars.ExtendedScalars;
import graphql.schema.DataFetcherFactories;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.reegraph.cypher.query.EntityView;

/** Connects the schema's fields to the fetchers. */
final class Wiring {

	private Wiring() {
	}

	static RuntimeWiring build(QueryFetchers query, DocumentLoading loading) {
		TypeResolver byLabel = env -> env.getSchema().getObjectType(((EntityView) env.getObject()).label());
		RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
			.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.Json)
			.scalar(ExtendedScalars.GraphQLBigDecimal)
			.codeRegistry(GraphQLCodeRegistry.newCodeRegistry()
				.defaultDataFetcher(DataFetcherFactories.useDataFetcher(FieldFetcher.INSTANCE)))
			.type(TypeRuntimeWiring.newTypeWiring("Entity").typeResolver(byLabel))
			.type(TypeRuntimeWiring.newTypeWiring("Relation")
				.typeResolver(env -> env.getSchema().getObjectType(((FactView) env.getObject()).graphQLType())))
			.type(TypeRuntimeWiring.newTypeWiring("Query")
				.dataFetcher("entity", query::entity)
				.dataFetcher("country", query::country)
				.dataFetcher("element", query::element)
				.dataFetcher("search", query::search)
				.dataFetcher("dependencyPaths", query::dependencyPaths)
				.dataFetcher("exposure", query::exposure)
				.dataFetcher("supplyShares", query::supplyShares)
				.dataFetcher("conflicts", query::conflicts)
				.dataFetcher("timeline", query::timeline)
				.dataFetcher("disruption", query::disruption)
				.dataFetcher("alternatives", query::alternatives)
				.dataFetcher("searchConnection", query::searchConnection)
				.dataFetcher("dependencyPathsConnection", query::dependencyPathsConnection)
				.dataFetcher("exposureConnection", query::exposureConnection)
				.dataFetcher("supplySharesConnection", query::supplySharesConnection)
				.dataFetcher("conflictsConnection", query::conflictsConnection)
				.dataFetcher("disruptionConnection", query::disruptionConnection)
				.dataFetcher("alternativesConnection", query::alternativesConnection))
			.type(TypeRuntimeWiring.newTypeWiring("Timeline").dataFetcher("statementsConnection", query::statementsConnection));
		for (String type : RelationFields.ENTITY_TYPES) {
			TypeRuntimeWiring.Builder t = TypeRuntimeWiring.newTypeWiring(type).dataFetcher("evidence", Loaders::evidence)
				.dataFetcher("evidenceConnection", EvidenceConnection::fetch);
			RelationFields.of(type).forEach(f -> t.dataFetcher(f.field(), f.fetcher())
				.dataFetcher(f.connectionField(), f.connectionFetcher()));
			if (type.equals("Policy") || type.equals("Agreement")) {
				t.dataFetcher("status", query::status); // as of the date a field above asks, if any
			}
			wiring.type(t);
		}
		// the ends of a relationship type that may be entities of several labels are unions (CountryOrCompany)
		for (String union : RelationFields.unions()) {
			wiring.type(TypeRuntimeWiring.newTypeWiring(union).typeResolver(byLabel));
		}
		if (loading != null) {
			wiring.type(TypeRuntimeWiring.newTypeWiring("Mutation").dataFetcher("loadDocument", loading::loadDocument));
		}
		return wiring.build();
	}
}
