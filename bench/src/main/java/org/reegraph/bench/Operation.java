package org.reegraph.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.reegraph.cypher.Statements;

/**
 * One question asked two ways: as a GraphQL request to reegraph's API, and as the named Cypher statement the
 * API runs for it, sent straight through the Java driver (the floor: no HTTP, no GraphQL).
 *
 * @param name what the report calls it
 * @param graphql the GraphQL request
 * @param cypher the named statement below {@code queries/}
 * @param params its parameters
 */
record Operation(String name, GraphQLClient.Body graphql, String cypher, Map<String, Object> params) {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	static final String HEADLINE = "dependencyPaths (headline)";

	/**
	 * Runs the Cypher through the driver and reads every record, as the API does: a read session and an auto-commit
	 * transaction (RUN and PULL in one round trip). A managed {@code executeRead} would add BEGIN and COMMIT round
	 * trips the API does not make, about 0.3 ms here, and so flatter the ratio of quick statements.
	 */
	void runCypher(Driver driver) {
		String statement = Statements.query(cypher);
		try (var session = driver.session(READ)) {
			session.run(statement, params).list();
		}
	}

	/** {@return the headline and the analyst fields, with the ids the synthetic graph holds} */
	static List<Operation> all(SyntheticGraph.Summary graph) {
		Map<String, Object> headline = new LinkedHashMap<>();
		headline.put("element", "Dy");
		headline.put("origin", "CN");
		headline.put("programCountry", "US");
		headline.put("programKind", "DEFENSE");
		headline.put("maxHops", 4L);
		headline.put("first", 20L);
		headline.put("asOf", null);
		Map<String, Object> headlineAsOf = new LinkedHashMap<>(headline);
		headlineAsOf.put("asOf", AS_OF);
		Map<String, Object> disruption = new LinkedHashMap<>();
		disruption.put("cutOrigins", List.of("CN"));
		disruption.put("cutElements", List.of("Dy"));
		disruption.put("programCountry", "US");
		disruption.put("programKind", "DEFENSE");
		disruption.put("asOf", null);
		disruption.put("maxHops", 4L);
		disruption.put("first", 20L);
		return List.of(
				new Operation(HEADLINE, GraphQLClient.Body.of("""
						{ dependencyPaths(element: "Dy", origin: "CN", programCountry: "US", programKind: DEFENSE) {
						    program { id name } origin { code } originBasis
						    hops { from { id name } type to { id name } forward properties
						           evidence { document article published sentence rule confidence factId figures } } } }""",
						Map.of()), "dependency-paths", headline),
				new Operation("exposure", GraphQLClient.Body.of("""
						{ exposure(country: "US", element: "Dy") { dependent { id name } hops supplierCountries materials
						    evidence { document article published sentence } } }""", Map.of()), "exposure",
						params("country", "US", "element", "Dy", "asOf", null)),
				new Operation("supplyShares", GraphQLClient.Body.of("""
						{ supplyShares(element: "Dy") { supplier { id name } role material { id name } maxSharePct
						    minSharePct sources { document article published sentence figures } } }""", Map.of()),
						"supply-shares", params("element", "Dy", "asOf", null)),
				new Operation("conflicts", GraphQLClient.Body.of("""
						{ conflicts(entity: "country:CN", first: 20) { from { id name } type to { id name } property unit
						    claims { value year evidence { document sentence } } } }""", Map.of()), "conflicts",
						params("entity", "country:CN", "first", 20L, "asOf", null)),
				new Operation("entity", GraphQLClient.Body.of("query($id: ID!) { entity(id: $id) { id name label } }",
						Map.of("id", graph.program())), "entity-by-id", Map.of("id", graph.program())),
				new Operation("dependencyPaths asOf", GraphQLClient.Body.of("""
						{ dependencyPaths(element: "Dy", origin: "CN", programCountry: "US", programKind: DEFENSE, asOf: "%s") {
						    program { id name } origin { code } originBasis
						    hops { from { id name } type to { id name } forward properties
						           evidence { document article published sentence rule confidence factId figures } } } }"""
						.formatted(AS_OF), Map.of()), "dependency-paths", headlineAsOf),
				new Operation("exposure weighted asOf", GraphQLClient.Body.of("""
						{ exposure(country: "US", element: "Dy", asOf: "%s") { dependent { id name } hops supplierCountries
						    weighted { supplier minPct maxPct chains figures { from type to sharePct evidence { document sentence } } } } }"""
						.formatted(AS_OF), Map.of()), "exposure", params("country", "US", "element", "Dy", "asOf", AS_OF)),
				new Operation("timeline", GraphQLClient.Body.of("""
						{ timeline(entity: "country:CN", from: "%s") { statusAtEnd
						    statements { published type other { id name } figures status changed evidence { document sentence } } } }"""
						.formatted(AS_OF), Map.of()), "timeline",
						params("entity", "country:CN", "from", AS_OF, "to", null, "first", 100L)),
				new Operation("disruption", GraphQLClient.Body.of("""
						{ disruption(cutOff: [{origin: "CN", element: "Dy"}], programCountry: "US", programKind: DEFENSE) {
						    program { id name } loses keptThrough
						    before { cutBy { origin basis } hops { from { id } type to { id } evidence { document sentence } } }
						    after { hops { to { id } } } } }""", Map.of()), "disruption", disruption),
				new Operation("alternatives", GraphQLClient.Body.of("""
						{ alternatives(element: "Dy", excluding: ["CN"]) { supplier { id name } country roles materials
						    maxSharePct minSharePct sources { document sentence figures } } }""", Map.of()), "alternatives",
						params("element", "Dy", "excluding", List.of("CN"), "asOf", null, "first", 20L)));
	}

	/** The as-of date of the time-bounded operations: the middle of the synthetic graph's dates (2020 to 2025). */
	static final String AS_OF = "2022-09-01";

	/** Parameters in pairs, nulls allowed (Map.of refuses them; a statement's optional parameter is sent as null). */
	private static Map<String, Object> params(Object... pairs) {
		Map<String, Object> out = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			out.put((String) pairs[i], pairs[i + 1]);
		}
		return out;
	}
}
