package org.reegraph.cypher.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.reegraph.cypher.CypherFile;

/**
 * The catalog of named, parameterised queries: one {@code .cypher} file each under
 * {@code org/reegraph/cypher/queries/}, the same text the API runs and an analyst pastes into Neo4j Browser.
 * Each file starts with a header saying what question it answers, its parameters as {@code :param} lines with an
 * example value, and what it returns. Run any of them from Java with
 * {@link ReegraphQueries#run(NamedQuery, Map)}.
 */
public enum NamedQuery {

	/** Which programmes depend on an element, through which chain, back to which origin (the headline). */
	DEPENDENCY_PATHS("dependency-paths"),
	/** Which programmes and companies of a country depend on an element, and through which suppliers. */
	EXPOSURE("exposure"),
	/** Who produces, refines, holds reserves of or stockpiles an element, every source's share side by side. */
	SUPPLY_SHARES("supply-shares"),
	/** Trade flows between two countries or companies, period by period, with every source's tonnage. */
	TRADE_FLOWS("trade-flows"),
	/** Agreements a party signed, the other parties, what they cover and commit to. */
	AGREEMENTS("agreements"),
	/** Policies covering an element, who issued them and whom they target. */
	POLICIES("policies"),
	/** What a government and its bodies invested in, how much and how. */
	INVESTMENTS("investments"),
	/** Whose ore is sent abroad for refining, and where. */
	REFINING_ABROAD("refining-abroad"),
	/** Every source statement behind one relationship. */
	RELATIONSHIP_EVIDENCE("relationship-evidence"),
	/** Facts where sources disagree, each claim with its source. */
	CONFLICTS("conflicts"),
	/** What was stated about an entity, in date order: figures, statuses and their changes, with evidence. */
	TIMELINE("timeline"),
	/** What breaks if an origin stops supplying an element: which programmes lose every path, which keep one. */
	DISRUPTION("disruption"),
	/** Who else produces, refines or exports an element outside some excluded countries. */
	ALTERNATIVES("alternatives"),
	/** Entities resting on a single article. */
	WEAKLY_SUPPORTED("weakly-supported"),
	/** Paths within a few hops of one entity, for exploring in Neo4j Browser. */
	NEIGHBOURHOOD("neighbourhood"),
	/** Full-text search over entity names and aliases. */
	SEARCH("search"),
	/** One entity by its stable id. */
	ENTITY_BY_ID("entity-by-id"),
	/** A country by ISO code, name or alias. */
	COUNTRY_BY_CODE("country-by-code"),
	/** An element or material by symbol, name or alias. */
	ELEMENT_BY_SYMBOL("element-by-symbol"),
	/** Relationships of one type of a batch of entities (the API's relationship fields). */
	RELATIONSHIPS("relationships"),
	/** How many relationships of one type of a batch of entities pass a filter (the API's connection totalCount). */
	RELATIONSHIP_COUNT("relationship-count"),
	/** Relationships of a batch of entities and of the entities at the other end (the API's nested fields). */
	RELATIONSHIP_TREE("relationship-tree"),
	/** Articles mentioning a batch of entities (the API's evidence fields). */
	ENTITY_EVIDENCE("entity-evidence"),
	/** One keyset page of the articles mentioning a batch of entities (the API's evidenceConnection fields). */
	ENTITY_EVIDENCE_PAGE("entity-evidence-page");

	private final String fileName;

	/** Read on first use, then kept: {@link ReegraphQueries#run} consults the header on every call. */
	private volatile CypherFile file;

	NamedQuery(String fileName) {
		this.fileName = fileName;
	}

	/** {@return the file's name without extension, e.g. {@code dependency-paths}} */
	public String fileName() {
		return fileName;
	}

	/** {@return the query file itself, header comments included} */
	public CypherFile file() {
		CypherFile loaded = file;
		if (loaded == null) {
			loaded = CypherFile.load("queries/" + fileName + ".cypher");
			file = loaded;
		}
		return loaded;
	}

	/** {@return the question the query answers: its header's first line after the name} */
	public String question() {
		String first = file().text().lines().findFirst().orElse("");
		int dash = first.indexOf(" — ");
		return dash < 0 ? first : first.substring(dash + 3).strip();
	}

	/** {@return the parameter names, in the order the header lists them} */
	public List<String> parameters() {
		return List.copyOf(exampleParameters().keySet());
	}

	/** {@return the header's example value of every parameter (what an analyst pastes into Neo4j Browser)} */
	public Map<String, Object> exampleParameters() {
		return file().exampleParameters();
	}

	/**
	 * {@return the query with this file name}
	 *
	 * @param fileName e.g. {@code trade-flows}
	 * @throws IllegalArgumentException naming the value and the known names when none matches
	 */
	public static NamedQuery byFileName(String fileName) {
		Objects.requireNonNull(fileName, "A query name is required.");
		for (NamedQuery q : values()) {
			if (q.fileName.equals(fileName)) {
				return q;
			}
		}
		throw new IllegalArgumentException("There is no named query '" + fileName + "'; the catalog holds "
				+ java.util.Arrays.stream(values()).map(NamedQuery::fileName).toList() + ".");
	}
}
