package org.reegraph.api.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import graphql.schema.DataFetchingEnvironment;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.reegraph.cypher.query.EntityView;
import org.reegraph.cypher.query.EvidenceView;
import org.reegraph.cypher.query.ReegraphQueries;
import org.reegraph.cypher.query.Relation;
import org.reegraph.cypher.query.RelationFilter;
import org.reegraph.model.RelType;

/**
 * Creates each request's DataLoaders: {@link #RELATIONS} (relationship fields, one statement per distinct
 * type/direction/filter) and {@link #EVIDENCE} (entity evidence, one statement for all entities).
 */
@Singleton
final class Loaders {

	static final String RELATIONS = "relations";
	static final String EVIDENCE = "evidence";
	static final int EVIDENCE_PER_ENTITY = 20;

	private final ReegraphQueries queries;
	private final ExecutorService executor;

	Loaders(ReegraphQueries queries, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
		this.queries = queries;
		this.executor = executor;
	}

	/**
	 * The key of one relationship field of one entity.
	 *
	 * @param id the entity id
	 * @param type the relationship type
	 * @param outgoing the direction
	 * @param filter the field's filter and page
	 */
	record RelationKey(String id, RelType type, boolean outgoing, RelationFilter filter) {

		Object group() {
			return List.of(type, outgoing, filter);
		}
	}

	DataLoaderRegistry newRegistry() {
		DataLoader<RelationKey, List<Relation>> relations = DataLoaderFactory.newMappedDataLoader(this::loadRelations);
		DataLoader<String, List<EvidenceView>> evidence = DataLoaderFactory.newMappedDataLoader(this::loadEvidence);
		return DataLoaderRegistry.newRegistry().register(RELATIONS, relations).register(EVIDENCE, evidence).build();
	}

	private CompletableFuture<Map<RelationKey, List<Relation>>> loadRelations(Set<RelationKey> keys) {
		return CompletableFuture.supplyAsync(() -> {
			Map<Object, List<RelationKey>> groups = new LinkedHashMap<>();
			keys.forEach(k -> groups.computeIfAbsent(k.group(), g -> new ArrayList<>()).add(k));
			Map<RelationKey, List<Relation>> out = new LinkedHashMap<>();
			for (List<RelationKey> group : groups.values()) {
				RelationKey any = group.get(0);
				Map<String, List<Relation>> byId = queries.relationships(group.stream().map(RelationKey::id).toList(),
						any.type(), any.outgoing(), any.filter());
				group.forEach(k -> out.put(k, byId.getOrDefault(k.id(), List.of())));
			}
			return out;
		}, executor);
	}

	private CompletableFuture<Map<String, List<EvidenceView>>> loadEvidence(Set<String> ids) {
		return CompletableFuture.supplyAsync(() -> queries.evidence(List.copyOf(ids), EVIDENCE_PER_ENTITY), executor);
	}

	static CompletableFuture<List<EvidenceView>> evidence(DataFetchingEnvironment env) {
		EntityView entity = env.getSource();
		DataLoader<String, List<EvidenceView>> loader = env.getDataLoader(EVIDENCE);
		return loader.load(entity.id());
	}
}
