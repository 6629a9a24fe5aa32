package org.reegraph.api.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.neo4j.driver.Driver;
import org.reegraph.api.ApiConfig;
import org.reegraph.api.PersistedQueryConfig;
import org.reegraph.api.telemetry.Propagation;
import org.reegraph.cypher.query.QueryObserver;
import org.reegraph.cypher.query.QueryOptions;
import org.reegraph.cypher.query.ReegraphQueries;

/** Builds the query API and the {@link GraphQL} engine from the schema files in resources. */
@Factory
final class GraphQLFactory {

	/** The schema files, always loaded; relations.graphqls is generated from the contract. */
	static final List<String> SCHEMA_FILES = List.of("schema.graphqls", "entities.graphqls", "relations.graphqls");
	/** The mutation schema, loaded only when an API token is configured. */
	static final String MUTATION_FILE = "mutation.graphqls";

	@Singleton
	ReegraphQueries queries(Driver driver, ApiConfig config, @Value("${reegraph.database:}") String database,
			List<QueryObserver> observers) {
		// Every observer hears of every statement: the statement telemetry, and any the embedding application adds.
		QueryObserver all = new QueryObserver() {
			@Override
			public void beforeQuery(String name, Map<String, Object> parameters) {
				observers.forEach(o -> o.beforeQuery(name, parameters));
			}

			@Override
			public void afterQuery(String name, long nanos, Throwable failure) {
				observers.forEach(o -> o.afterQuery(name, nanos, failure));
			}
		};
		return new ReegraphQueries(driver, QueryOptions.defaults()
			.withDatabase(database == null || database.isBlank() ? null : database)
			.withTimeout(config.queryTimeout())
			.withObserver(all));
	}

	/** Built eagerly at start-up, so schema or configuration errors stop the server before it accepts requests. */
	@Context
	GraphQL graphQL(ApiConfig config, PersistedQueryConfig persisted, ReegraphQueries queries, DocumentLoading loading,
			@Named(TaskExecutors.BLOCKING) ExecutorService executor) {
		TypeDefinitionRegistry types = new TypeDefinitionRegistry();
		List<String> files = new ArrayList<>(SCHEMA_FILES);
		if (config.writable()) {
			files.add(MUTATION_FILE);
		}
		SchemaParser parser = new SchemaParser();
		for (String file : files) {
			types.merge(parser.parse(read(file)));
		}
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types,
				Wiring.build(new QueryFetchers(queries, Propagation.propagating(executor)), config.writable() ? loading : null));
		return GraphQL.newGraphQL(schema)
			.instrumentation(Limits.instrumentation(config))
			.preparsedDocumentProvider(new PersistedQueries(persisted.manifest().map(PersistedQueryManifest::read)
				.orElse(Map.of()), persisted.persistedOnly()))
			.defaultDataFetcherExceptionHandler(new ErrorHandler())
			.build();
	}

	static String read(String file) {
		try (InputStream in = GraphQLFactory.class.getResourceAsStream("/" + file)) {
			if (in == null) {
				throw new IllegalStateException("The schema file " + file + " is missing from the classpath.");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the schema file " + file + ".", ex);
		}
	}
}
