package org.reegraph.api.graphql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import graphql.schema.DataFetchingEnvironment;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoaderWithContext;
import org.reegraph.cypher.query.EntityView;
import org.reegraph.cypher.query.EvidenceSlice;
import org.reegraph.cypher.query.EvidenceView;
import org.reegraph.cypher.query.EvidenceWindow;
import org.reegraph.cypher.query.ReegraphQueries;
import org.reegraph.cypher.query.Relation;
import org.reegraph.cypher.query.RelationFilter;
import org.reegraph.cypher.query.RelationSlice;
import org.reegraph.cypher.query.RelationWindow;
import org.reegraph.cypher.query.RelationLevel;
import org.reegraph.cypher.query.RelationTree;
import org.reegraph.model.RelType;

/**
 * Creates each request's DataLoaders: {@link #RELATIONS} (relationship fields, one statement per distinct
 * type/direction/filter, which also answers a relationship field nested in them) and {@link #EVIDENCE} (entity
 * evidence, one statement for all entities), and their connection twins {@link #RELATION_PAGES} and
 * {@link #EVIDENCE_PAGES} (one statement per page size and window).
 */
@Singleton
final class Loaders {

	static final String RELATIONS = "relations";
	static final String RELATION_PAGES = "relationPages";
	static final String EVIDENCE = "evidence";
	static final String EVIDENCE_PAGES = "evidencePages";
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
	}

	/**
	 * The key of one relationship connection field of one entity.
	 *
	 * @param id the entity id
	 * @param type the relationship type
	 * @param outgoing the direction
	 * @param filter the field's filter (first: the page size plus one)
	 * @param window the cursors' keys, the direction, whether to count
	 */
	record PageKey(String id, RelType type, boolean outgoing, RelationFilter filter, RelationWindow window) {
	}

	/**
	 * The key of one evidence connection field of one entity.
	 *
	 * @param id the entity id
	 * @param first the page size plus one
	 * @param window the cursors' keys, the direction, whether to count
	 */
	record EvidencePageKey(String id, int first, EvidenceWindow window) {
	}

	DataLoaderRegistry newRegistry() {
		AtomicReference<DataLoader<RelationKey, List<Relation>>> self = new AtomicReference<>();
		DataLoader<RelationKey, List<Relation>> relations = DataLoaderFactory.newMappedDataLoader(
				(MappedBatchLoaderWithContext<RelationKey, List<Relation>>) (keys, env) -> loadRelations(keys,
						env.getKeyContexts(), self.get()));
		self.set(relations);
		DataLoader<String, List<EvidenceView>> evidence = DataLoaderFactory.newMappedDataLoader(this::loadEvidence);
		DataLoader<PageKey, RelationSlice> pages = DataLoaderFactory.newMappedDataLoader(this::loadPages);
		DataLoader<EvidencePageKey, EvidenceSlice> evidencePages = DataLoaderFactory.newMappedDataLoader(this::loadEvidencePages);
		return DataLoaderRegistry.newRegistry().register(RELATIONS, relations).register(RELATION_PAGES, pages)
			.register(EVIDENCE, evidence).register(EVIDENCE_PAGES, evidencePages).build();
	}

	/** Answers evidence connection fields with one statement per page size and window. */
	private CompletableFuture<Map<EvidencePageKey, EvidenceSlice>> loadEvidencePages(Set<EvidencePageKey> keys) {
		return CompletableFuture.supplyAsync(() -> {
			Map<List<Object>, List<EvidencePageKey>> groups = new LinkedHashMap<>();
			keys.forEach(k -> groups.computeIfAbsent(Arrays.asList(k.first(), k.window()), g -> new ArrayList<>()).add(k));
			Map<EvidencePageKey, EvidenceSlice> out = new LinkedHashMap<>();
			groups.forEach((group, members) -> {
				EvidencePageKey any = members.get(0);
				Map<String, EvidenceSlice> byId = queries.evidencePage(members.stream().map(EvidencePageKey::id).toList(),
						any.first(), any.window());
				members.forEach(k -> out.put(k, byId.get(k.id())));
			});
			return out;
		}, executor);
	}

	/** Answers connection fields with one statement per type, direction, filter and window. */
	private CompletableFuture<Map<PageKey, RelationSlice>> loadPages(Set<PageKey> keys) {
		return CompletableFuture.supplyAsync(() -> {
			Map<List<Object>, List<PageKey>> groups = new LinkedHashMap<>();
			keys.forEach(k -> groups.computeIfAbsent(Arrays.asList(k.type(), k.outgoing(), k.filter(), k.window()),
					g -> new ArrayList<>()).add(k));
			Map<PageKey, RelationSlice> out = new LinkedHashMap<>();
			groups.forEach((group, members) -> {
				PageKey any = members.get(0);
				Map<String, RelationSlice> byId = queries.relationshipPage(members.stream().map(PageKey::id).toList(),
						any.type(), any.outgoing(), any.filter(), any.window());
				members.forEach(k -> out.put(k, byId.get(k.id())));
			});
			return out;
		}, executor);
	}

	/**
	 * Answers the keys with one statement per type, direction, filter and nested field: keys whose field has a
	 * relationship field nested in it (their context) are answered with {@link ReegraphQueries#relationshipTree},
	 * and the nested level is primed into the loader, so the nested fields need no statement of their own.
	 */
	private CompletableFuture<Map<RelationKey, List<Relation>>> loadRelations(Set<RelationKey> keys,
			Map<Object, Object> contexts, DataLoader<RelationKey, List<Relation>> loader) {
		return CompletableFuture.supplyAsync(() -> {
			Map<List<Object>, List<RelationKey>> groups = new LinkedHashMap<>();
			keys.forEach(k -> groups.computeIfAbsent(Arrays.asList(k.type(), k.outgoing(), k.filter(), contexts.get(k)),
					g -> new ArrayList<>()).add(k));
			Map<RelationKey, List<Relation>> out = new LinkedHashMap<>();
			groups.forEach((group, members) -> {
				RelationKey any = members.get(0);
				List<String> ids = members.stream().map(RelationKey::id).toList();
				if (group.get(3) instanceof RelationLevel nested) {
					Map<String, RelationTree> trees = queries.relationshipTree(ids, any.type(), any.outgoing(),
							any.filter(), nested);
					members.forEach(k -> {
						RelationTree tree = trees.get(k.id());
						out.put(k, tree == null ? List.of() : tree.relations());
						if (tree != null) {
							prime(loader, tree, nested);
						}
					});
				}
				else {
					Map<String, List<Relation>> byId = queries.relationships(ids, any.type(), any.outgoing(), any.filter());
					members.forEach(k -> out.put(k, byId.getOrDefault(k.id(), List.of())));
				}
			});
			return out;
		}, executor);
	}

	/**
	 * Puts a tree's nested level into the loader, under the keys the nested fields will ask for.
	 *
	 * @param loader the request's relationship loader
	 * @param tree one entity's tree
	 * @param nested what its nested level is
	 */
	static void prime(DataLoader<RelationKey, List<Relation>> loader, RelationTree tree, RelationLevel nested) {
		tree.nested().forEach((id, list) -> loader.prime(new RelationKey(id, nested.type(), nested.outgoing(),
				nested.filter()), list));
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
