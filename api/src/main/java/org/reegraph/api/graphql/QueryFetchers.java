package org.reegraph.api.graphql;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import graphql.execution.DataFetcherResult;
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
import org.reegraph.cypher.query.SearchHit;
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

	CompletableFuture<Object> timeline(DataFetchingEnvironment env) {
		String entity = env.getArgument("entity");
		LocalDate from = env.getArgument("from");
		LocalDate to = env.getArgument("to");
		int first = env.getArgumentOrDefault("first", 100);
		if (!env.getSelectionSet().contains("statementsConnection")) {
			return async(() -> (Object) queries.timeline(entity, from, to, first));
		}
		return async(() -> {
			Timeline all = queries.timeline(entity, from, to, Math.max(first, COMPUTED_ROWS));
			Timeline shown = new Timeline(all.entity(), all.statusAtEnd(), all.statuses(),
					all.statements().subList(0, Math.min(first, all.statements().size())));
			return DataFetcherResult.<Timeline>newResult().data(shown).localContext(new AllStatements(all.statements()))
				.build();
		});
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

	/**
	 * The most rows a computed list's connection computes before paging (its {@code totalCount} is then at most
	 * this); the list fields' own {@code first} is at most maxPageSize.
	 */
	static final int COMPUTED_ROWS = 1000;

	private static final Keyset.Order<SearchHit> SEARCH_ORDER = new Keyset.Order<>("search",
			h -> List.of(h.score(), h.entity().id()), List.of(true, false), SearchHit::entity);

	private static final Keyset.Order<DependencyPath> PATH_ORDER = new Keyset.Order<>("dependencyPaths",
			p -> List.of(basisRank(p.originBasis()), p.hops().size(), p.program().name(), p.program().id(), signature(p)),
			List.of(false, false, false, false, false));

	private static final Keyset.Order<Exposure> EXPOSURE_ORDER = new Keyset.Order<>("exposure",
			e -> List.of(e.hops(), e.dependent().id()), List.of(false, false));

	private static final Keyset.Order<SupplyShare> SHARE_ORDER = new Keyset.Order<>("supplyShares",
			s -> java.util.Arrays.asList(s.maxSharePct(), s.supplier().id(), s.role(), s.material().id()),
			List.of(true, false, false, false));

	private static final Keyset.Order<Conflict> CONFLICT_ORDER = new Keyset.Order<>("conflicts",
			c -> java.util.Arrays.asList(c.relativeSpreadPct(), c.spread(), identity(c)), List.of(true, true, false));

	private static final Keyset.Order<Timeline.Statement> STATEMENT_ORDER = new Keyset.Order<>("timeline",
			st -> java.util.Arrays.asList(st.published(), st.evidence().factId()), List.of(false, false));

	private static int basisRank(String basis) {
		return basis == null ? 4 : switch (basis) {
			case "HOP" -> 0;
			case "PATH" -> 1;
			case "PRODUCER" -> 2;
			case "EXPORTER" -> 3;
			default -> 4;
		};
	}

	/** A path's identity, as the statement tells paths apart: its entities and relationship types in order. */
	private static String signature(DependencyPath p) {
		StringBuilder out = new StringBuilder(p.program().id());
		p.hops().forEach(h -> out.append(' ').append(h.type()).append(' ').append(h.to().id()));
		return out.toString();
	}

	/** A conflict's identity: what the sources disagree about. */
	private static String identity(Conflict c) {
		return String.join("|", java.util.Arrays.asList(c.from().id(), c.type(), c.to().id(), c.property(),
				String.valueOf(c.unit()), String.valueOf(c.commodity()), String.valueOf(c.kind()),
				String.valueOf(c.status()), String.valueOf(c.period())));
	}

	CompletableFuture<Map<String, Object>> searchConnection(DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of("searchConnection", env.getArguments());
		String text = env.getArgument("text");
		List<String> labels = env.getArgument("labels");
		LocalDate asOf = env.getArgument("asOf");
		return async(() -> Keyset.page(queries.searchHits(text, labels, COMPUTED_ROWS, asOf), SEARCH_ORDER, page));
	}

	CompletableFuture<Map<String, Object>> dependencyPathsConnection(DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of("dependencyPathsConnection", env.getArguments());
		DependencyQuery query = new DependencyQuery(env.getArgument("element"), env.getArgument("origin"),
				env.getArgument("programCountry"), env.getArgument("programKind"),
				env.getArgumentOrDefault("maxHops", 4), COMPUTED_ROWS, env.getArgument("asOf"));
		return async(() -> Keyset.page(queries.dependencyPaths(query), PATH_ORDER, page));
	}

	CompletableFuture<Map<String, Object>> exposureConnection(DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of("exposureConnection", env.getArguments());
		String country = env.getArgument("country");
		String element = env.getArgument("element");
		LocalDate asOf = env.getArgument("asOf");
		return async(() -> Keyset.page(queries.exposure(country, element, asOf), EXPOSURE_ORDER, page));
	}

	CompletableFuture<Map<String, Object>> supplySharesConnection(DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of("supplySharesConnection", env.getArguments());
		String element = env.getArgument("element");
		LocalDate asOf = env.getArgument("asOf");
		return async(() -> Keyset.page(queries.supplyShares(element, asOf), SHARE_ORDER, page));
	}

	CompletableFuture<Map<String, Object>> conflictsConnection(DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of("conflictsConnection", env.getArguments());
		String entity = env.getArgument("entity");
		LocalDate asOf = env.getArgument("asOf");
		return async(() -> Keyset.page(queries.conflicts(entity, COMPUTED_ROWS, asOf), CONFLICT_ORDER, page));
	}

	/**
	 * {@code Timeline.statementsConnection}: pages the statements its timeline computed; the timeline computes up
	 * to {@link #COMPUTED_ROWS} of them when this field is selected (see {@link #timeline}).
	 */
	Map<String, Object> statementsConnection(DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of("Timeline.statementsConnection", env.getArguments());
		List<Timeline.Statement> all = env.getLocalContext() instanceof AllStatements a ? a.statements()
				: ((Timeline) env.getSource()).statements();
		return Keyset.page(all, STATEMENT_ORDER, page);
	}

	/** Every statement a timeline computed, for its statementsConnection; its statements field keeps first. */
	private record AllStatements(List<Timeline.Statement> statements) {
	}

	private static final Keyset.Order<Disruption.Impact> IMPACT_ORDER = new Keyset.Order<>("disruption",
			i -> List.of(i.loses() ? 0 : 1, i.program().name(), i.program().id()), List.of(false, false, false));

	private static final Keyset.Order<Alternative> ALTERNATIVE_ORDER = new Keyset.Order<>("alternatives",
			a -> java.util.Arrays.asList(a.maxSharePct(), a.sources().size(), a.supplier().name(), a.supplier().id()),
			List.of(true, true, false, false));

	/**
	 * {@code disruptionConnection}: the programmes computed whole (up to {@link #COMPUTED_ROWS}), each with the
	 * paths the list field gives it with {@code first: paths} — the statement orders a programme's paths before
	 * cutting them, so the first {@code paths} of a longer list are those paths, and {@code after} is still the
	 * uncut ones among them.
	 */
	CompletableFuture<Map<String, Object>> disruptionConnection(DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of("disruptionConnection", env.getArguments());
		int paths = env.getArgumentOrDefault("paths", 20);
		if (paths < 1) {
			throw new IllegalArgumentException("paths: " + paths + " on disruptionConnection must be at least 1.");
		}
		List<Map<String, Object>> cuts = env.getArgument("cutOff");
		List<CutOff> cutOffs = cuts.stream()
			.map(c -> new CutOff((String) c.get("origin"), (String) c.get("element"))).toList();
		String programCountry = env.getArgument("programCountry");
		String programKind = env.getArgument("programKind");
		LocalDate asOf = env.getArgument("asOf");
		int maxHops = env.getArgumentOrDefault("maxHops", 4);
		return async(() -> Keyset.page(queries.disruption(cutOffs, programCountry, programKind, asOf, maxHops,
				Math.max(paths, COMPUTED_ROWS)).programmes().stream().map(i -> firstPaths(i, paths)).toList(),
				IMPACT_ORDER, page));
	}

	private static Disruption.Impact firstPaths(Disruption.Impact impact, int paths) {
		List<Disruption.ScenarioPath> before = impact.before().subList(0, Math.min(paths, impact.before().size()));
		return new Disruption.Impact(impact.program(), impact.loses(), impact.keptThrough(), before,
				before.stream().filter(p -> p.cutBy().isEmpty()).toList());
	}

	CompletableFuture<Map<String, Object>> alternativesConnection(DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of("alternativesConnection", env.getArguments());
		String element = env.getArgument("element");
		List<String> excluding = env.getArgumentOrDefault("excluding", List.of());
		LocalDate asOf = env.getArgument("asOf");
		return async(() -> Keyset.page(queries.alternatives(element, excluding, asOf, COMPUTED_ROWS), ALTERNATIVE_ORDER,
				page));
	}

	CompletableFuture<List<Alternative>> alternatives(DataFetchingEnvironment env) {
		String element = env.getArgument("element");
		List<String> excluding = env.getArgumentOrDefault("excluding", List.of());
		LocalDate asOf = env.getArgument("asOf");
		int first = env.getArgumentOrDefault("first", 20);
		return async(() -> queries.alternatives(element, excluding, asOf, first));
	}
}
