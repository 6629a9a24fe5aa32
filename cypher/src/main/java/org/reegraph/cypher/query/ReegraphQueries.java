package org.reegraph.cypher.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.reegraph.model.Label;
import org.reegraph.model.RelType;

/**
 * The questions reegraph answers, for Java applications. Every method runs one named statement from
 * {@code org/reegraph/cypher/queries/} in a read transaction bounded by {@link QueryOptions#timeout()}.
 * <pre>{@code
 * ReegraphQueries queries = new ReegraphQueries(driver, QueryOptions.defaults());
 * List<DependencyPath> paths = queries.dependencyPaths(
 *         new DependencyQuery("Dy", "CN", "US", "DEFENSE", 4, 20));
 * }</pre>
 * Look-ups of a single entity return empty when nothing matches; questions about an element or a country
 * throw {@link UnknownValueException} naming the value. Thread-safe; the driver is not closed by this class.
 * <p>
 * <b>As of a date.</b> The questions that take an {@code asOf} date count only statements published on or before
 * it. Facts of the reference catalog (a dysprosium alloy contains dysprosium) are not statements of a source and
 * always count. Statements of a document without a date are left out of every as-of answer, since nobody can
 * say they were known by then; they still count when no date is given, and {@link #timeline} lists them after
 * the dated ones.
 */
public final class ReegraphQueries {

	private final CypherRunner runner;

	/**
	 * Creates the query API.
	 *
	 * @param driver the driver; shared, not closed here
	 * @param options database, timeout, observer
	 */
	public ReegraphQueries(Driver driver, QueryOptions options) {
		Objects.requireNonNull(driver, "The queries need a driver.");
		this.runner = new CypherRunner(driver, Objects.requireNonNull(options, "The queries need options."));
	}

	/**
	 * {@return the entity with this id, if any}
	 *
	 * @param id a stable id such as {@code program:f-35}
	 */
	public Optional<EntityView> entity(String id) {
		return single("entity-by-id", Map.of("id", Objects.requireNonNull(id, "An id is required.")));
	}

	/**
	 * {@return the country with this ISO code, name or alias (any case), if any}
	 *
	 * @param codeOrName e.g. {@code CN}, {@code china}
	 */
	public Optional<EntityView> country(String codeOrName) {
		return single("country-by-code", Map.of("code", Objects.requireNonNull(codeOrName, "A code is required.")));
	}

	/**
	 * {@return the element or material with this symbol, name or alias (any case), if any}
	 *
	 * @param symbolOrName e.g. {@code Dy}, {@code dysprosium}
	 */
	public Optional<EntityView> element(String symbolOrName) {
		return single("element-by-symbol", Map.of("symbol", Objects.requireNonNull(symbolOrName, "A symbol is required.")));
	}

	private Optional<EntityView> single(String name, Map<String, Object> params) {
		return runner.records(name, params).stream().findFirst().map(row -> Rows.entity(row.get("entity")));
	}

	/**
	 * Full-text search over entity names and aliases.
	 *
	 * @param text the words to look for; each also matches as a prefix
	 * @param labels contract labels to keep (e.g. {@code Company}), or null / empty for all
	 * @param first the most results
	 * @return the entities, best match first
	 */
	public List<EntityView> search(String text, List<String> labels, int first) {
		return search(text, labels, first, null);
	}

	/**
	 * Full-text search over the names and aliases of the entities known by a date: mentioned by an article
	 * published on or before it, or at one end of a fact that counts as of it.
	 *
	 * @param text the words to look for; each also matches as a prefix
	 * @param labels contract labels to keep (e.g. {@code Company}), or null / empty for all
	 * @param first the most results
	 * @param asOf the date; null for every entity
	 * @return the entities, best match first
	 */
	public List<EntityView> search(String text, List<String> labels, int first, LocalDate asOf) {
		return searchHits(text, labels, first, asOf).stream().map(SearchHit::entity).toList();
	}

	/**
	 * Full-text search as {@link #search(String, List, int, LocalDate)}, each entity with its score.
	 *
	 * @param text the words to look for; each also matches as a prefix
	 * @param labels contract labels to keep (e.g. {@code Company}), or null / empty for all
	 * @param first the most results
	 * @param asOf the date; null for every entity
	 * @return the hits, best match first (then by name)
	 */
	public List<SearchHit> searchHits(String text, List<String> labels, int first, LocalDate asOf) {
		Objects.requireNonNull(text, "Search needs a text.");
		List<String> wanted = null;
		if (labels != null && !labels.isEmpty()) {
			wanted = new ArrayList<>();
			for (String l : labels) {
				wanted.add(Label.fromName(l).orElseThrow(() -> new IllegalArgumentException("'" + l
						+ "' is not a label; expected one of " + Label.values().length + " contract labels such as "
						+ "Country, Company, Element, Program.")).cypherName());
			}
		}
		String query = LuceneQuery.of(text);
		if (query.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("query", query);
		params.put("labels", wanted);
		params.put("first", (long) first);
		params.put("asOf", asOf);
		return runner.run("search", params, r -> new SearchHit(Rows.entity(r.get("entity")), r.get("score").asDouble()));
	}

	/**
	 * The headline question: which programmes depend on an element, through which chain, back to which origin.
	 *
	 * @param query the question
	 * @return the paths, strongest origin evidence first, then shortest
	 * @throws UnknownValueException when the element, origin or programme country matches nothing
	 */
	public List<DependencyPath> dependencyPaths(DependencyQuery query) {
		Record row = runner.records("dependency-paths", query.parameters()).get(0);
		if (row.get("element").isNull()) {
			throw new UnknownValueException("element", query.element(), "a symbol or name such as 'Dy' or 'dysprosium'");
		}
		if (query.origin() != null && row.get("origin").isNull()) {
			throw new UnknownValueException("origin country", query.origin(), "an ISO code or name such as 'CN' or 'China'");
		}
		if (query.programCountry() != null && row.get("programCountry").isNull()) {
			throw new UnknownValueException("programme country", query.programCountry(),
					"an ISO code or name such as 'US' or 'United States'");
		}
		return Rows.maps(row.get("paths"), p -> new DependencyPath(Rows.entity(p.get("program")),
				Rows.entity(p.get("element")), Rows.entity(p.get("origin")), Rows.string(p.get("originBasis")),
				Rows.maps(p.get("hops"), h -> new Hop(Rows.entity(h.get("from")), Rows.string(h.get("type")),
						Rows.entity(h.get("to")), h.get("forward").asBoolean(false), Rows.withoutNulls(h.get("properties")),
						Rows.evidenceList(h.get("evidence"))))));
	}

	/**
	 * Which programmes, companies (and the country itself) of a country depend on an element, and through whom.
	 *
	 * @param country an ISO code or name
	 * @param element a symbol or name
	 * @return the dependents, nearest first
	 * @throws UnknownValueException when the country or element matches nothing
	 */
	public List<Exposure> exposure(String country, String element) {
		return exposure(country, element, null);
	}

	/**
	 * Which programmes, companies (and the country itself) of a country depend on an element, and through whom,
	 * as known on a date, with the shares of their supply each supplier country carries where sources state them.
	 *
	 * @param country an ISO code or name
	 * @param element a symbol or name
	 * @param asOf only statements published on or before it count; null for every statement
	 * @return the dependents, nearest first
	 * @throws UnknownValueException when the country or element matches nothing
	 */
	public List<Exposure> exposure(String country, String element, LocalDate asOf) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("country", Objects.requireNonNull(country, "Exposure needs a country."));
		params.put("element", Objects.requireNonNull(element, "Exposure needs an element."));
		params.put("asOf", asOf);
		Record row = runner.records("exposure", params).get(0);
		requireFound(row.get("country"), "country", country, "an ISO code or name such as 'US'");
		requireFound(row.get("element"), "element", element, "a symbol or name such as 'Dy'");
		return Rows.maps(row.get("exposures"), e -> new Exposure(Rows.entity(e.get("dependent")),
				e.get("hops").asNumber().intValue(), Rows.strings(e.get("suppliers")), Rows.strings(e.get("materials")),
				Rows.evidenceList(e.get("evidence")),
				Rows.maps(e.get("weighted"), w -> new Exposure.WeightedShare(Rows.string(w.get("supplier")),
						w.get("minPct").asDouble(), w.get("maxPct").asDouble(), w.get("chains").asInt(),
						Rows.maps(w.get("figures"), f -> new Exposure.Figure(Rows.string(f.get("from")),
								Rows.string(f.get("type")), Rows.string(f.get("to")), f.get("sharePct").asDouble(),
								Rows.evidence(f.get("evidence"))))))));
	}

	/**
	 * Who produces, refines, holds reserves of or stockpiles an element or a material containing it.
	 *
	 * @param element a symbol or name
	 * @return the shares by role, highest first, every source's figure kept
	 * @throws UnknownValueException when the element matches nothing
	 */
	public List<SupplyShare> supplyShares(String element) {
		return supplyShares(element, null);
	}

	/**
	 * Who produces, refines, holds reserves of or stockpiles an element or a material containing it, as known on
	 * a date.
	 *
	 * @param element a symbol or name
	 * @param asOf only statements published on or before it count; null for every statement
	 * @return the shares by role, highest first, every source's figure kept
	 * @throws UnknownValueException when the element matches nothing
	 */
	public List<SupplyShare> supplyShares(String element, LocalDate asOf) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("element", Objects.requireNonNull(element, "Supply shares need an element."));
		params.put("asOf", asOf);
		Record row = runner.records("supply-shares", params).get(0);
		requireFound(row.get("element"), "element", element, "a symbol or name such as 'Dy' or 'rare earths'");
		return Rows.maps(row.get("shares"), s -> new SupplyShare(Rows.entity(s.get("supplier")),
				Rows.string(s.get("role")), Rows.entity(s.get("material")), Rows.toDouble(s.get("maxSharePct")),
				Rows.toDouble(s.get("minSharePct")), Rows.evidenceList(s.get("sources"))));
	}

	/**
	 * Facts whose sources disagree, claims side by side.
	 *
	 * @param entity an entity id or name, or null for the whole graph
	 * @param first the most conflicts
	 * @return the conflicts, widest disagreement first
	 * @throws UnknownValueException when the entity matches nothing
	 */
	public List<Conflict> conflicts(String entity, int first) {
		return conflicts(entity, first, null);
	}

	/**
	 * Facts whose sources disagree, as known on a date: different figures for the same relationship, property,
	 * unit, commodity, kind, status and period (figures for different periods are a series: see {@link #timeline}).
	 *
	 * @param entity an entity id or name, or null for the whole graph
	 * @param first the most conflicts
	 * @param asOf only statements published on or before it count; null for every statement
	 * @return the conflicts, widest disagreement (relative to the largest figure) first
	 * @throws UnknownValueException when the entity matches nothing
	 */
	public List<Conflict> conflicts(String entity, int first, LocalDate asOf) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("entity", entity);
		params.put("first", (long) first);
		params.put("asOf", asOf);
		Record row = runner.records("conflicts", params).get(0);
		if (entity != null) {
			requireFound(row.get("entity"), "entity", entity, "an id such as 'country:CN' or a name");
		}
		return Rows.maps(row.get("conflicts"), c -> new Conflict(Rows.entity(c.get("from")), Rows.string(c.get("type")),
				Rows.entity(c.get("to")), Rows.string(c.get("property")), Rows.string(c.get("unit")),
				Rows.maps(c.get("claims"), cl -> new Conflict.Claim(Rows.number(cl.get("value")),
						Rows.string(cl.get("period")), cl.get("year").isNull() ? null : cl.get("year").asLong(),
						Rows.evidence(cl.get("evidence")))),
				Rows.string(c.get("commodity")), Rows.string(c.get("kind")), Rows.string(c.get("status")),
				Rows.string(c.get("period")), Rows.number(c.get("spread")), Rows.toDouble(c.get("relativeSpreadPct"))));
	}

	/**
	 * What was stated about an entity between two dates, oldest first: figures, statuses and what changed since
	 * the previous statement of the same relationship; for a policy or agreement, the status in force.
	 *
	 * @param entity an entity id or name
	 * @param from the first date (null: from the start)
	 * @param to the last date (null: to the latest statement)
	 * @param first the most statements
	 * @return the timeline
	 * @throws UnknownValueException when the entity matches nothing
	 * @throws IllegalArgumentException when {@code from} is after {@code to}
	 */
	public Timeline timeline(String entity, LocalDate from, LocalDate to, int first) {
		Objects.requireNonNull(entity, "A timeline needs an entity.");
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("The timeline's from (" + from + ") is after its to (" + to + ").");
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("entity", entity);
		params.put("from", from);
		params.put("to", to);
		params.put("first", (long) first);
		Record row = runner.records("timeline", params).get(0);
		requireFound(row.get("entity"), "entity", entity, "an id such as 'country:CN' or a name");
		return new Timeline(Rows.entity(row.get("entity")), Rows.string(row.get("statusAtEnd")),
				Rows.maps(row.get("statuses"), st -> new Timeline.StatusChange(st.get("published").asLocalDate(null),
						Rows.string(st.get("status")), Rows.string(st.get("basis")), Rows.evidence(st.get("evidence")))),
				Rows.maps(row.get("statements"), st -> {
					Value previous = st.get("previous");
					boolean none = previous.isNull();
					return new Timeline.Statement(st.get("published").asLocalDate(null), Rows.string(st.get("type")),
							st.get("outgoing").asBoolean(false), Rows.entity(st.get("other")),
							Rows.withoutNulls(st.get("figures")), Rows.string(st.get("status")),
							none ? null : previous.get("published").asLocalDate(null),
							none ? Map.of() : Rows.withoutNulls(previous.get("figures")),
							none ? null : Rows.string(previous.get("status")), Rows.strings(st.get("changed")),
							Rows.evidence(st.get("evidence")));
				}));
	}

	/**
	 * What breaks if origins stop supplying elements: which programmes lose every path to a cut element and which
	 * keep one, through whom, with the paths before and after. Computed in a read transaction: nothing is written.
	 *
	 * @param cutOffs the cut-offs, at least one
	 * @param programCountry the programmes' country (code or name), or null for any
	 * @param programKind {@code DEFENSE}, {@code CIVIL}, or null for any
	 * @param asOf only statements published on or before it count; null for every statement
	 * @param maxHops the longest chain to follow, 1 to {@value DependencyQuery#MAX_HOPS}
	 * @param first the most programmes, and the most paths per programme
	 * @return the programmes, those that lose first
	 * @throws UnknownValueException when an origin, element or the programme country matches nothing
	 */
	public Disruption disruption(List<CutOff> cutOffs, String programCountry, String programKind, LocalDate asOf,
			int maxHops, int first) {
		Objects.requireNonNull(cutOffs, "A disruption needs cut-offs.");
		if (cutOffs.isEmpty()) {
			throw new IllegalArgumentException("A disruption needs at least one cut-off, e.g. {origin: \"CN\", element: \"Dy\"}.");
		}
		new DependencyQuery("-", null, null, programKind, maxHops, first); // the same bounds, the same messages
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("cutOrigins", cutOffs.stream().map(CutOff::origin).toList());
		params.put("cutElements", cutOffs.stream().map(CutOff::element).toList());
		params.put("programCountry", programCountry);
		params.put("programKind", programKind);
		params.put("asOf", asOf);
		params.put("maxHops", (long) maxHops);
		params.put("first", (long) first);
		Record row = runner.records("disruption", params).get(0);
		for (Value cut : row.get("cuts").values()) {
			requireFound(cut.get("origin"), "origin country", Rows.string(cut.get("askedOrigin")),
					"an ISO code or name such as 'CN' or 'China'");
			requireFound(cut.get("element"), "element", Rows.string(cut.get("askedElement")),
					"a symbol or name such as 'Dy' or 'dysprosium'");
		}
		if (programCountry != null) {
			requireFound(row.get("programCountry"), "programme country", programCountry,
					"an ISO code or name such as 'US' or 'United States'");
		}
		return new Disruption(Rows.maps(row.get("programmes"), p -> new Disruption.Impact(Rows.entity(p.get("program")),
				p.get("loses").asBoolean(false), Rows.strings(p.get("keptThrough")), scenarioPaths(p.get("before")),
				scenarioPaths(p.get("after")))));
	}

	private static List<Disruption.ScenarioPath> scenarioPaths(Value value) {
		return Rows.maps(value, x -> new Disruption.ScenarioPath(
				Rows.maps(x.get("hops"), h -> {
					Map<String, Object> properties = h.get("originCountry").isNull() ? Map.of()
							: Map.of("originCountry", h.get("originCountry").asString());
					return new Hop(Rows.entity(h.get("from")), Rows.string(h.get("type")), Rows.entity(h.get("to")),
							h.get("forward").asBoolean(false), properties, List.of(Rows.evidence(h.get("evidence"))));
				}),
				Rows.maps(x.get("cutBy"), c -> new Disruption.Cut(Rows.string(c.get("origin")),
						Rows.string(c.get("element")), Rows.string(c.get("basis"))))));
	}

	/**
	 * Who else produces, refines or exports an element (or a material containing it) outside the excluded
	 * countries, ranked by the highest share a source gives, then by how many sources state it.
	 *
	 * @param element a symbol or name
	 * @param excluding country codes or names to leave out (their companies, mines and bodies too)
	 * @param asOf only statements published on or before it count; null for every statement
	 * @param first the most suppliers
	 * @return the suppliers, best first
	 * @throws UnknownValueException when the element or an excluded country matches nothing
	 */
	public List<Alternative> alternatives(String element, List<String> excluding, LocalDate asOf, int first) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("element", Objects.requireNonNull(element, "Alternatives need an element."));
		params.put("excluding", excluding == null ? List.of() : List.copyOf(excluding));
		params.put("asOf", asOf);
		params.put("first", (long) first);
		Record row = runner.records("alternatives", params).get(0);
		requireFound(row.get("element"), "element", element, "a symbol or name such as 'Dy' or 'dysprosium'");
		List<String> unknown = Rows.strings(row.get("unknownExcluded"));
		if (!unknown.isEmpty()) {
			throw new UnknownValueException("excluded country", unknown.get(0), "an ISO code or name such as 'CN'");
		}
		return Rows.maps(row.get("alternatives"), a -> new Alternative(Rows.entity(a.get("supplier")),
				Rows.string(a.get("country")), Rows.strings(a.get("roles")), Rows.strings(a.get("materials")),
				Rows.toDouble(a.get("maxSharePct")), Rows.toDouble(a.get("minSharePct")),
				Rows.evidenceList(a.get("sources"))));
	}

	/**
	 * The relationships of one type and direction of many entities at once (one statement for all of them).
	 *
	 * @param ids the entity ids
	 * @param type the relationship type
	 * @param outgoing true for relationships starting at the entities
	 * @param filter which and how many, per entity
	 * @return per id (every id present, unknown ones with an empty list) its relationships
	 */
	public Map<String, List<Relation>> relationships(Collection<String> ids, RelType type, boolean outgoing,
			RelationFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ids", List.copyOf(ids));
		putLevel(params, "", type, outgoing, filter);
		putWindow(params, RelationWindow.NONE);
		Map<String, List<Relation>> out = new LinkedHashMap<>();
		ids.forEach(id -> out.put(id, List.of()));
		for (Record row : runner.records("relationships", params)) {
			out.put(Rows.string(row.get("id")), relations(row.get("relations")));
		}
		return out;
	}

	/**
	 * One keyset page of the relationships of one type and direction of many entities at once (one statement):
	 * the same order and filter as {@link #relationships}, bounded by the window's keys, at most
	 * {@code filter.first()} per entity (its offset still skips first), and, when the window asks for it, the
	 * count of all the filter keeps (a second statement, {@code relationship-count}).
	 *
	 * @param ids the entity ids
	 * @param type the relationship type
	 * @param outgoing true for relationships starting at the entities
	 * @param filter which and how many, per entity
	 * @param window the keys bounding the page, its direction, whether to count
	 * @return per id (every id present, unknown ones with an empty page) its page
	 */
	public Map<String, RelationSlice> relationshipPage(Collection<String> ids, RelType type, boolean outgoing,
			RelationFilter filter, RelationWindow window) {
		Objects.requireNonNull(window, "A page needs a window (RelationWindow.NONE for the start).");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ids", List.copyOf(ids));
		putLevel(params, "", type, outgoing, filter);
		putWindow(params, window);
		Map<String, Long> totals = new LinkedHashMap<>();
		if (window.withTotal()) {
			ids.forEach(id -> totals.put(id, 0L));
			Map<String, Object> count = new LinkedHashMap<>();
			for (String key : List.of("ids", "type", "outgoing", "otherId", "otherLabel", "where", "asOf")) {
				count.put(key, params.get(key));
			}
			for (Record row : runner.records("relationship-count", count)) {
				totals.put(Rows.string(row.get("id")), row.get("total").asLong());
			}
		}
		Map<String, RelationSlice> out = new LinkedHashMap<>();
		ids.forEach(id -> out.put(id, new RelationSlice(List.of(), totals.get(id))));
		for (Record row : runner.records("relationships", params)) {
			String id = Rows.string(row.get("id"));
			out.put(id, new RelationSlice(relations(row.get("relations")), totals.get(id)));
		}
		return out;
	}

	private static void putWindow(Map<String, Object> params, RelationWindow window) {
		params.put("afterAt", window.after() == null ? null : window.after().sortDate().toString());
		params.put("afterFactId", window.after() == null ? null : window.after().factId());
		params.put("beforeAt", window.before() == null ? null : window.before().sortDate().toString());
		params.put("beforeFactId", window.before() == null ? null : window.before().factId());
		params.put("backward", window.backward());
	}

	/**
	 * A relationship field and a relationship field nested in it, for many entities at once, in one statement:
	 * the relationships of one type and direction of each entity (as {@link #relationships} returns them) and,
	 * for each entity at the other end that the nested level applies to, its relationships of the nested level.
	 * The API runs this when a query nests one relationship field in another.
	 *
	 * @param ids the entity ids
	 * @param type the relationship type of the first level
	 * @param outgoing true for relationships starting at the entities
	 * @param filter which and how many of the first level, per entity
	 * @param nested the second level, or null for none (the statement then also answers an entity look-up and
	 *        one relationship field of it together)
	 * @return per known id its tree; unknown ids are left out
	 */
	public Map<String, RelationTree> relationshipTree(Collection<String> ids, RelType type, boolean outgoing,
			RelationFilter filter, RelationLevel nested) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ids", List.copyOf(ids));
		putLevel(params, "", type, outgoing, filter);
		List<String> labels = nested == null ? List.of()
				: nested.labels().stream().sorted().map(l -> label(l).cypherName()).toList();
		params.put("nestedLabels", labels);
		if (nested == null) {
			putLevel(params, "nested", null, false, new RelationFilter(null, null, 0, 0));
		}
		else {
			putLevel(params, "nested", nested.type(), nested.outgoing(), nested.filter());
		}
		Map<String, RelationTree> out = new LinkedHashMap<>();
		for (Record row : runner.records("relationship-tree", params)) {
			List<Relation> relations = relations(row.get("relations"));
			Map<String, List<Relation>> second = new LinkedHashMap<>();
			relations.stream().map(Relation::other).filter(o -> labels.contains(o.label()))
				.forEach(o -> second.put(o.id(), List.of()));
			for (Value n : Rows.maps(row.get("nested"), n -> n)) {
				second.put(Rows.string(n.get("id")), relations(n.get("relations")));
			}
			out.put(Rows.string(row.get("id")), new RelationTree(Rows.entity(row.get("entity")), relations, second));
		}
		return out;
	}

	/** Puts one level's type (null: none), direction and filter, names prefixed (then capitalised) if a prefix is given. */
	private static void putLevel(Map<String, Object> params, String prefix, RelType type, boolean outgoing,
			RelationFilter filter) {
		params.put(name(prefix, "type"), type == null ? null : type.name());
		params.put(name(prefix, "outgoing"), outgoing);
		params.put(name(prefix, "otherId"), filter.otherId());
		params.put(name(prefix, "otherLabel"), filter.otherLabel() == null ? null : label(filter.otherLabel()).cypherName());
		params.put(name(prefix, "offset"), (long) filter.offset());
		params.put(name(prefix, "first"), (long) filter.first());
		params.put(name(prefix, "where"), filter.properties().isEmpty() ? null : filter.properties());
		params.put(name(prefix, "asOf"), filter.asOf());
	}

	private static String name(String prefix, String name) {
		return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static Label label(String name) {
		return Label.fromName(name).orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a label; "
				+ "expected a contract label such as Country or Company."));
	}

	/** Relations as the relationship statements return them; the properties no type names come as [key, value] pairs. */
	private static List<Relation> relations(Value value) {
		return Rows.maps(value, r -> {
			Map<String, Object> properties = new LinkedHashMap<>(Rows.withoutNulls(r.get("properties")));
			if (!r.get("extra").isNull()) {
				r.get("extra").values().forEach(pair -> properties.put(pair.get(0).asString(), pair.get(1).asObject()));
			}
			return new Relation(Rows.string(r.get("type")), r.get("outgoing").asBoolean(false),
					Rows.entity(r.get("other")), properties, Rows.evidence(r.get("evidence")));
		});
	}

	/**
	 * The articles that mention many entities at once (one statement for all of them).
	 *
	 * @param ids the entity ids
	 * @param first the most evidence items per entity
	 * @return per id (every id present) its evidence, newest first
	 */
	public Map<String, List<EvidenceView>> evidence(Collection<String> ids, int first) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ids", List.copyOf(ids));
		params.put("first", (long) first);
		Map<String, List<EvidenceView>> out = new LinkedHashMap<>();
		ids.forEach(id -> out.put(id, List.of()));
		for (Record row : runner.records("entity-evidence", params)) {
			out.put(Rows.string(row.get("id")), Rows.evidenceList(row.get("evidence")));
		}
		return out;
	}

	/**
	 * One keyset page of the articles that mention many entities at once (one statement for all of them), in the
	 * evidence order (newest article first, then by article id): the API's {@code evidenceConnection}.
	 *
	 * @param ids the entity ids
	 * @param first the most mentions per entity (a caller that wants to know whether more follow asks one more)
	 * @param window the keys bounding the page, its direction, whether to count
	 * @return per id (every id present, unknown ones with an empty page) its page
	 */
	public Map<String, EvidenceSlice> evidencePage(Collection<String> ids, int first, EvidenceWindow window) {
		Objects.requireNonNull(window, "A page needs a window (EvidenceWindow.NONE for the start).");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ids", List.copyOf(ids));
		params.put("afterAt", window.after() == null ? null : window.after().sortDate());
		params.put("afterArticle", window.after() == null ? null : window.after().articleId());
		params.put("beforeAt", window.before() == null ? null : window.before().sortDate());
		params.put("beforeArticle", window.before() == null ? null : window.before().articleId());
		params.put("backward", window.backward());
		params.put("first", (long) first);
		params.put("withTotal", window.withTotal());
		Map<String, EvidenceSlice> out = new LinkedHashMap<>();
		ids.forEach(id -> out.put(id, new EvidenceSlice(List.of(), window.withTotal() ? 0L : null)));
		for (Record row : runner.records("entity-evidence-page", params)) {
			out.put(Rows.string(row.get("id")), new EvidenceSlice(Rows.maps(row.get("evidence"),
					e -> new EvidenceSlice.Mention(Rows.string(e.get("articleId")), Rows.evidence(e))),
					row.get("total").isNull() ? null : row.get("total").asLong()));
		}
		return out;
	}

	/**
	 * Runs any query of the catalog with the given parameters — the same statement an analyst runs in Neo4j
	 * Browser. Graph values come back as plain maps: a node as its properties plus {@code label}, a relationship
	 * as its properties plus {@code type}, a path as {@code {nodes, relationships}}.
	 * <pre>{@code
	 * List<Map<String, Object>> flows = queries.run(NamedQuery.TRADE_FLOWS,
	 *         Map.of("exporter", "CN", "importer", "US", "commodity", "rare earth"));
	 * }</pre>
	 *
	 * @param query the named query
	 * @param parameters a value for every parameter the query declares ({@link NamedQuery#parameters()}); use
	 * {@link NamedQuery#exampleParameters()} as a starting point. Null values are allowed where the header says so
	 * @return the rows, in the query's order
	 * @throws IllegalArgumentException when a parameter is missing or unknown, naming it and the query's parameters
	 */
	public List<Map<String, Object>> run(NamedQuery query, Map<String, ?> parameters) {
		Objects.requireNonNull(query, "A named query is required.");
		Objects.requireNonNull(parameters, "Parameters are required (an empty map when the query has none).");
		List<String> declared = query.parameters();
		List<String> unknown = parameters.keySet().stream().filter(k -> !declared.contains(k)).sorted().toList();
		List<String> missing = declared.stream().filter(k -> !parameters.containsKey(k)).toList();
		if (!unknown.isEmpty() || !missing.isEmpty()) {
			throw new IllegalArgumentException("The query " + query.fileName() + " takes the parameters " + declared
					+ (unknown.isEmpty() ? "" : "; unknown: " + unknown) + (missing.isEmpty() ? "" : "; missing: " + missing)
					+ " (examples: " + query.exampleParameters() + ").");
		}
		return runner.run(query.fileName(), new LinkedHashMap<>(parameters)).stream().map(PlainValues::row).toList();
	}

	/**
	 * Has Neo4j plan the queries now (EXPLAIN with the headers' example values: planned and cached, nothing run),
	 * so that the first real request does not spend its time on planning — seconds for the larger statements on a
	 * small machine. Failures (Neo4j down) are ignored: each query is planned on its first run anyway.
	 *
	 * @param queries the queries to plan
	 * @return how many Neo4j planned
	 */
	public int warmUp(Collection<NamedQuery> queries) {
		int done = 0;
		for (NamedQuery query : queries) {
			if (runner.plan(query.fileName(), query.exampleParameters())) {
				done++;
			}
		}
		return done;
	}

	private static void requireFound(Value resolved, String what, String value, String example) {
		if (resolved.isNull()) {
			throw new UnknownValueException(what, value, example);
		}
	}
}
