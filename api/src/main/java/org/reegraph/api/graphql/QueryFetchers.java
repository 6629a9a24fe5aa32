package org.reegraph.api.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.reegraph.cypher.query.Alternative;
import org.reegraph.cypher.query.Conflict;
import org.reegraph.cypher.query.CutOff;
import org.reegraph.cypher.query.Disruption;
import org.reegraph.cypher.query.DependencyPath;
import org.reegraph.cypher.query.DependencyQuery;
import org.reegraph.cypher.query.EntityView;
import org.reegraph.cypher.query.Exposure;
import org.reegraph.cypher.query.ReegraphQueries;
import org.reegraph.cypher.query.Relation;
import org.reegraph.cypher.query.RelationLevel;
import org.reegraph.cypher.query.RelationTree;
import org.reegraph.cypher.query.SupplyShare;
import org.reegraph.cypher.query.Timeline;

/**
 * The top-level Query fields: one {@link ReegraphQueries} call (one Cypher statement) each, run on the blocking
 * executor so the driver never blocks Netty's event loop.
 */
final class QueryFetchers {

	private final ReegraphQueries queries;
	private final Executor executor;

	QueryFetchers(ReegraphQueries queries, Executor executor) {
		this.queries = queries;
		this.executor = executor;
	}

	private <T> CompletableFuture<T> async(Supplier<T> work) {
		return CompletableFuture.supplyAsync(work, executor);
	}

	/**
	 * {@code entity(id)}: when the query selects a relationship field on it (and maybe one nested in that), one
	 * statement answers the look-up and those fields, whose answers are primed into the request's DataLoader.
	 */
	CompletableFuture<EntityView> entity(DataFetchingEnvironment env) {
		String id = env.getArgument("id");
		Optional<Lookahead.Found> field = Lookahead.relationField(env.getSelectionSet());
		if (field.isEmpty()) {
			return async(() -> queries.entity(id).orElse(null));
		}
		RelationLevel first = field.get().level();
		RelationLevel nested = Lookahead.nestedField(field.get().selected().getSelectionSet()).orElse(null);
		DataLoader<Loaders.RelationKey, List<Relation>> loader = env.getDataLoader(Loaders.RELATIONS);
		return async(() -> {
			RelationTree tree = queries.relationshipTree(List.of(id), first.type(), first.outgoing(), first.filter(),
					nested).get(id);
			if (tree == null) {
				return null;
			}
			loader.prime(new Loaders.RelationKey(id, first.type(), first.outgoing(), first.filter()), tree.relations());
			if (nested != null) {
				Loaders.prime(loader, tree, nested);
			}
			return tree.entity();
		});
	}

	CompletableFuture<EntityView> country(DataFetchingEnvironment env) {
		String code = env.getArgument("code");
		return async(() -> queries.country(code).orElse(null));
	}

	CompletableFuture<EntityView> element(DataFetchingEnvironment env) {
		String symbol = env.getArgument("symbol");
		return async(() -> queries.element(symbol).orElse(null));
	}

	CompletableFuture<List<EntityView>> search(DataFetchingEnvironment env) {
		String text = env.getArgument("text");
		List<String> labels = env.getArgument("labels");
		int first = env.getArgumentOrDefault("first", 10);
		LocalDate asOf = env.getArgument("asOf");
		return async(() -> queries.search(text, labels, first, asOf));
	}

	CompletableFuture<List<DependencyPath>> dependencyPaths(DataFetchingEnvironment env) {
		DependencyQuery query = new DependencyQuery(env.getArgument("element"), env.getArgument("origin"),
				env.getArgument("programCountry"), env.getArgument("programKind"),
				env.getArgumentOrDefault("maxHops", 4), env.getArgumentOrDefault("first", 20), env.getArgument("asOf"));
		return async(() -> queries.dependencyPaths(query));
	}

	CompletableFuture<List<Exposure>> exposure(DataFetchingEnvironment env) {
		String country = env.getArgument("country");
		String element = env.getArgument("element");
		LocalDate asOf = env.getArgument("asOf");
		return async(() -> queries.exposure(country, element, asOf));
	}

	CompletableFuture<List<SupplyShare>> supplyShares(DataFetchingEnvironment env) {
		String element = env.getArgument("element");
		LocalDate asOf = env.getArgument("asOf");
		return async(() -> queries.supplyShares(element, asOf));
	}

	CompletableFuture<List<Conflict>> conflicts(DataFetchingEnvironment env) {
		String entity = env.getArgument("entity");
		int first = env.getArgumentOrDefault("first", 20);
		LocalDate asOf = env.getArgument("asOf");
		return async(() -> queries.conflicts(entity, first, asOf));
	}

	CompletableFuture<Timeline> timeline(DataFetchingEnvironment env) {
		String entity = env.getArgument("entity");
		LocalDate from = env.getArgument("from");
		LocalDate to = env.getArgument("to");
		int first = env.getArgumentOrDefault("first", 100);
		return async(() -> queries.timeline(entity, from, to, first));
	}

	/**
	 * {@code status} of a Policy or Agreement: the stored status, or, where a field above it in the query asks
	 * {@code asOf} a date, the status in force at that date (the timeline's rule: the latest statement on or before
	 * the date that sets one; null when none did yet).
	 */
	CompletableFuture<Object> status(DataFetchingEnvironment env) {
		org.reegraph.cypher.query.EntityView entity = env.getSource();
		LocalDate asOf = askedAsOf(env.getExecutionStepInfo());
		if (asOf == null) {
			return CompletableFuture.completedFuture(entity.properties().get("status"));
		}
		return async(() -> queries.timeline(entity.id(), null, asOf, 1).statusAtEnd());
	}

	/** The nearest {@code asOf} argument given to this field or a field above it, or null. */
	static LocalDate askedAsOf(graphql.execution.ExecutionStepInfo step) {
		for (graphql.execution.ExecutionStepInfo s = step; s != null; s = s.getParent()) {
			if (s.getArguments().get("asOf") instanceof LocalDate date) {
				return date;
			}
		}
		return null;
	}

	CompletableFuture<List<Disruption.Impact>> disruption(DataFetchingEnvironment env) {
		List<Map<String, Object>> cuts = env.getArgument("cutOff");
		List<CutOff> cutOffs = cuts.stream()
			.map(c -> new CutOff((String) c.get("origin"), (String) c.get("element"))).toList();
		String programCountry = env.getArgument("programCountry");
		String programKind = env.getArgument("programKind");
		LocalDate asOf = env.getArgument("asOf");
		int maxHops = env.getArgumentOrDefault("maxHops", 4);
		int first = env.getArgumentOrDefault("first", 20);
		return async(() -> queries.disruption(cutOffs, programCountry, programKind, asOf, maxHops, first).programmes());
	}

	CompletableFuture<List<Alternative>> alternatives(DataFetchingEnvironment env) {
		String element = env.getArgument("element");
		List<String> excluding = env.getArgumentOrDefault("excluding", List.of());
		LocalDate asOf = env.getArgument("asOf");
		int first = env.getArgumentOrDefault("first", 20);
		return async(() -> queries.alternatives(element, excluding, asOf, first));
	}
}
