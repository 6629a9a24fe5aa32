package org.reegraph.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Relay connections over real HTTP on the bundled corpus: every kind of connection walks its whole list forward
 * with first/after and backward with last/before, with nothing skipped or repeated; pages stay right when facts are
 * added between two requests (the deprecated offset does not); bad cursors and page arguments are clear errors.
 */
class CursorConnectionsIT {

	private static final Driver DRIVER = TestApi.loadedDriver();

	@AfterEach
	void removeTestFacts() {
		DRIVER.executableQuery("MATCH (n:Entity) WHERE n.id STARTS WITH 'cursortest:' DETACH DELETE n").execute();
	}

	static JsonNode data(String query) {
		JsonNode body = TestApi.post(query);
		assertThat(body.has("errors")).as(body.toString()).isFalse();
		return body.get("data");
	}

	/**
	 * One connection of the API, a way to name its items, and the list field it pages.
	 *
	 * @param name what it is
	 * @param connection the query, with %s where the page arguments go (leading comma included) and {@code NODE}
	 *        where the item's selection goes; the connection is at {@code /data/c}
	 * @param list the list field's query with the same selection; its items at {@code /data/l} (or the pointer)
	 * @param listPointer where the list's items are
	 * @param node the selection that tells items apart
	 */
	record Kind(String name, String connection, String list, String listPointer, String node) {

		String page(String arguments) {
			return connection.formatted(arguments).replace("NODE", node);
		}

		JsonNode connectionAt(JsonNode data) {
			return data.at(connection.contains("entity(id") ? "/e/c" : "/c");
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Arguments> kinds() {
		return Stream.of(
				new Kind("Country.exportsToConnection",
						"{ e: entity(id: \"country:CN\") { ... on Country { c: exportsToConnection(%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }",
						"{ e: entity(id: \"country:CN\") { ... on Country { l: exportsTo(first: 100) { NODE } } } }", "/e/l",
						"evidence { factId }"),
				new Kind("Element.producersConnection",
						"{ e: entity(id: \"element:rare-earths\") { ... on Element { c: producersConnection(%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }",
						"{ e: entity(id: \"element:rare-earths\") { ... on Element { l: producers(first: 100) { NODE } } } }", "/e/l",
						"evidence { factId }"),
				new Kind("searchConnection",
						"{ c: searchConnection(text: \"rare earth\"%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
						"{ l: search(text: \"rare earth\", first: 100) { NODE } }", "/l", "id"),
				new Kind("dependencyPathsConnection",
						"{ c: dependencyPathsConnection(element: \"Dy\"%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
						"{ l: dependencyPaths(element: \"Dy\", first: 100) { NODE } }", "/l",
						"program { id } hops { type to { id } }"),
				new Kind("exposureConnection",
						"{ c: exposureConnection(country: \"US\", element: \"Dy\"%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
						"{ l: exposure(country: \"US\", element: \"Dy\") { NODE } }", "/l", "dependent { id }"),
				new Kind("supplySharesConnection",
						"{ c: supplySharesConnection(element: \"rare earths\"%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
						"{ l: supplyShares(element: \"rare earths\") { NODE } }", "/l", "supplier { id } role material { id }"),
				new Kind("conflictsConnection",
						"{ c: conflictsConnection(entity: \"CN\"%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
						"{ l: conflicts(entity: \"CN\", first: 100) { NODE } }", "/l",
						"from { id } type to { id } property unit commodity kind status period"),
				new Kind("Timeline.statementsConnection",
						"{ t: timeline(entity: \"China\", from: \"2025-08-01\", to: \"2025-08-31\") { c: statementsConnection(%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }",
						"{ t: timeline(entity: \"China\", from: \"2025-08-01\", to: \"2025-08-31\", first: 100) { l: statements { NODE } } }", "/t/l",
						"evidence { factId }"),
				new Kind("disruptionConnection",
						"{ c: disruptionConnection(cutOff: [{origin: \"CN\", element: \"rare earths\"}, {origin: \"CN\", element: \"Dy\"}]%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
						"{ l: disruption(cutOff: [{origin: \"CN\", element: \"rare earths\"}, {origin: \"CN\", element: \"Dy\"}], first: 100) { NODE } }", "/l",
						"program { id } loses keptThrough"),
				new Kind("alternativesConnection",
						"{ c: alternativesConnection(element: \"rare earths\", excluding: [\"CN\"]%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
						"{ l: alternatives(element: \"rare earths\", excluding: [\"CN\"], first: 100) { NODE } }", "/l",
						"supplier { id } maxSharePct"),
				new Kind("Company.evidenceConnection",
						"{ e: entity(id: \"company:mp-materials\") { c: evidenceConnection(%s) { totalCount edges { cursor node { NODE } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }",
						"{ e: entity(id: \"company:mp-materials\") { l: evidence { NODE } } }", "/e/l",
						"document article published sentence"))
			.map(Arguments::of);
	}

	/** Walks a connection by pages of {@code size}, forward (first/after) or backward (last/before). */
	static List<String> walk(Kind kind, int size, boolean backward) {
		List<String> seen = new ArrayList<>();
		String cursor = null;
		for (int pages = 0; pages < 200; pages++) {
			String arguments = (backward ? "last: " : "first: ") + size
					+ (cursor == null ? "" : (backward ? ", before: \"" : ", after: \"") + cursor + "\"");
			if (kind.connection().startsWith("{ c: ") && !kind.connection().contains("(%s)")) {
				arguments = ", " + arguments;
			}
			JsonNode c = at(data(kind.page(arguments)), kind);
			List<String> page = new ArrayList<>();
			c.get("edges").forEach(e -> page.add(e.get("node").toString()));
			assertThat(page.size()).as("a page holds at most its size").isLessThanOrEqualTo(size);
			if (backward) {
				Collections.reverse(page);
			}
			seen.addAll(page);
			JsonNode info = c.get("pageInfo");
			if (!c.get("edges").isEmpty()) {
				assertThat(info.get("startCursor").asText()).isEqualTo(c.at("/edges/0/cursor").asText());
				assertThat(info.get("endCursor").asText()).isEqualTo(c.get("edges").get(c.get("edges").size() - 1)
					.get("cursor").asText());
			}
			if (!(backward ? info.get("hasPreviousPage") : info.get("hasNextPage")).asBoolean()) {
				if (backward) {
					Collections.reverse(seen);
				}
				return seen;
			}
			cursor = (backward ? info.get("startCursor") : info.get("endCursor")).asText();
		}
		throw new AssertionError(kind + " did not end within 200 pages");
	}

	static JsonNode at(JsonNode data, Kind kind) {
		if (kind.connection().startsWith("{ t: ")) {
			return data.at("/t/c");
		}
		return kind.connectionAt(data);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void firstAfterAndLastBeforeWalkTheWholeListWithoutSkipsOrRepeats(Kind kind) {
		JsonNode list = data(kind.list().replace("NODE", kind.node())).at(kind.listPointer());
		Set<String> expected = new HashSet<>();
		list.forEach(n -> expected.add(n.toString()));
		JsonNode firstPage = at(data(kind.page(kind.connection().contains("(%s)") ? "first: 2" : ", first: 2")), kind);

		List<String> forward = walk(kind, 2, false);
		List<String> backward = walk(kind, 3, true);

		assertThat(list.size()).as("the list has items to page through").isGreaterThanOrEqualTo(3);
		assertThat(forward).as("nothing repeated").doesNotHaveDuplicates();
		assertThat(Set.copyOf(forward)).as("every item of the list field, nothing else").isEqualTo(expected);
		assertThat(backward).as("backward pages, put back in order, give the same sequence").isEqualTo(forward);
		assertThat(firstPage.get("totalCount").asInt()).isEqualTo(forward.size());
		assertThat(firstPage.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
		assertThat(firstPage.at("/pageInfo/hasPreviousPage").asBoolean()).isFalse();
	}

	@Test
	void aRelationshipConnectionPagesInTheListFieldsOrderAndTheDeprecatedOffsetStillAnswersAsBefore() {
		JsonNode all = data("{ country(code: \"CN\") { ... on Country { exportsTo(first: 100) { evidence { factId } } } } }")
			.at("/country/exportsTo");
		JsonNode offsetPage = data("{ country(code: \"CN\") { ... on Country { exportsTo(offset: 2, first: 3) { evidence { factId } } } } }")
			.at("/country/exportsTo");
		List<String> forward = walk(kinds().map(a -> (Kind) a.get()[0]).findFirst().orElseThrow(), 4, false);

		assertThat(offsetPage).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(offsetPage.get(i)).isEqualTo(all.get(i + 2));
		}
		List<String> listOrder = new ArrayList<>();
		all.forEach(n -> listOrder.add(n.toString()));
		assertThat(forward).as("the connection keeps the list field's order").isEqualTo(listOrder);
	}

	@Test
	void theRelationshipsAreCountedOnlyWhenTotalCountIsSelected() {
		TestApi.server();
		TestApi.clearSent();
		data("{ country(code: \"CN\") { ... on Country { exportsToConnection(first: 2) { edges { cursor } } } } }");
		List<String> without = TestApi.sent().stream().map(java.util.Map.Entry::getKey).toList();
		TestApi.clearSent();
		data("{ country(code: \"CN\") { ... on Country { exportsToConnection(first: 2) { totalCount } } } }");
		List<String> with = TestApi.sent().stream().map(java.util.Map.Entry::getKey).toList();

		assertThat(without).containsExactly("country-by-code", "relationships");
		assertThat(with).containsExactly("country-by-code", "relationship-count", "relationships");
	}

	@Test
	void offsetIsDeprecatedInTheSchemaAndEveryRelationshipFieldHasItsConnection() {
		JsonNode fields = data("""
				{ __type(name: "Country") { fields { name type { kind ofType { name } }
				    args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }""").at("/__type/fields");
		Set<String> names = new HashSet<>();
		fields.forEach(f -> names.add(f.get("name").asText()));
		JsonNode exportsTo = null;
		for (JsonNode f : fields) {
			if (f.get("name").asText().equals("exportsTo")) {
				exportsTo = f;
			}
		}

		assertThat(exportsTo).isNotNull();
		assertThat(exportsTo.get("args").toString()).contains("\"name\":\"offset\",\"isDeprecated\":true")
			.contains("Connection twin with after/before cursors");
		for (JsonNode f : fields) {
			if (f.at("/type/ofType/name").asText().equals("TradeFlow") || f.get("args").toString().contains("\"offset\"")) {
				assertThat(names).as("the connection beside " + f.get("name").asText())
					.contains(f.get("name").asText() + "Connection");
			}
		}
	}

	@Nested
	class FactsAddedBetweenTwoPages {

		private static final String HUB_PAGE = """
				{ entity(id: "cursortest:hub") { ... on Country {
				    c: exportsToConnection(first: %d%s) { totalCount edges { cursor node { evidence { factId } } }
				                                          pageInfo { hasNextPage endCursor } } } } }""";

		private static void fact(String id, String published) {
			DRIVER.executableQuery("""
					MATCH (hub:Entity {id: 'cursortest:hub'}), (p:Entity {id: 'cursortest:partner'})
					CREATE (hub)-[:EXPORTS_TO {factId: $id, published: date($published),
					                           sentence: 'Test statement ' + $id, rule: 'test', document: 'cursortest.md'}]->(p)""")
				.withParameters(java.util.Map.of("id", id, "published", published)).execute();
		}

		private static List<String> ids(JsonNode connection) {
			List<String> out = new ArrayList<>();
			connection.get("edges").forEach(e -> out.add(e.at("/node/evidence/factId").asText()));
			return out;
		}

		@Test
		void aRelationshipConnectionNeitherRepeatsNorSkipsWhenFactsSortBeforeAndAfterItsCursor() {
			DRIVER.executableQuery("""
					CREATE (:Entity:Country {id: 'cursortest:hub', name: 'Cursor hub'}),
					       (:Entity:Country {id: 'cursortest:partner', name: 'Cursor partner'})""").execute();
			for (int i = 1; i <= 6; i++) {
				fact("fact:ct-0" + i, "2025-0" + i + "-15");
			}
			JsonNode first = data(HUB_PAGE.formatted(3, "")).at("/entity/c");
			String cursor = first.at("/pageInfo/endCursor").asText();

			fact("fact:ct-10", "2025-12-01");  // newer than all: sorts before the cursor
			fact("fact:ct-00", "2024-01-01");  // older than all: sorts after it
			fact("fact:ct-03z", "2025-04-15"); // the cursor's own date, a smaller factId: sorts before it
			fact("fact:ct-04b", "2025-04-15"); // the cursor's own date, a larger factId: sorts after it
			fact("fact:ct-035", "2025-03-20"); // between the cursor and the next one
			JsonNode rest = data(HUB_PAGE.formatted(20, ", after: \"" + cursor + "\"")).at("/entity/c");
			JsonNode offsetRest = data("""
					{ entity(id: "cursortest:hub") { ... on Country { exportsTo(offset: 3, first: 20) { evidence { factId } } } } }""")
				.at("/entity/exportsTo");

			assertThat(ids(first)).containsExactly("fact:ct-06", "fact:ct-05", "fact:ct-04");
			assertThat(ids(rest)).as("after the cursor: what sorts after it, old and new, nothing seen again")
				.containsExactly("fact:ct-04b", "fact:ct-035", "fact:ct-03", "fact:ct-02", "fact:ct-01", "fact:ct-00")
				.doesNotContainAnyElementsOf(ids(first));
			assertThat(rest.get("totalCount").asInt()).as("the whole list, cursors aside").isEqualTo(11);
			assertThat(rest.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
			List<String> offsetIds = new ArrayList<>();
			offsetRest.forEach(n -> offsetIds.add(n.at("/evidence/factId").asText()));
			assertThat(offsetIds).as("the deprecated offset, by contrast, repeats what the first page showed")
				.contains("fact:ct-04");
		}

		@Test
		void aComputedConnectionNeitherRepeatsNorSkipsWhenRowsSortBeforeAndAfterItsCursor() {
			DRIVER.executableQuery("""
					CREATE (hub:Entity:Country {id: 'cursortest:hub', name: 'Cursor hub', nameLower: 'cursor hub'}),
					       (el:Entity:Element {id: 'cursortest:el', name: 'Cursorium', kind: 'ELEMENT'})
					WITH hub, el UNWIND range(1, 5) AS i
					CREATE (hub)-[:REFINES {factId: 'fact:cc-' + i + 'a', commodity: 'c' + i, sharePct: 50, rule: 'test', published: date('2025-01-01')}]->(el),
					       (hub)-[:REFINES {factId: 'fact:cc-' + i + 'b', commodity: 'c' + i, sharePct: 50 + 5 * i, rule: 'test', published: date('2025-01-02')}]->(el)""")
				.execute();
			String page = """
					{ conflictsConnection(entity: "cursortest:hub", first: %d%s) { totalCount
					    edges { cursor node { commodity relativeSpreadPct } } pageInfo { hasNextPage endCursor } } }""";
			JsonNode first = data(page.formatted(2, "")).get("conflictsConnection");
			String cursor = first.at("/pageInfo/endCursor").asText();
			DRIVER.executableQuery("""
					MATCH (hub:Entity {id: 'cursortest:hub'}), (el:Entity {id: 'cursortest:el'})
					UNWIND [['wide', 10, 90], ['narrow', 80, 81]] AS c
					CREATE (hub)-[:REFINES {factId: 'fact:cc-' + c[0] + 'a', commodity: c[0], sharePct: c[1], rule: 'test', published: date('2025-02-01')}]->(el),
					       (hub)-[:REFINES {factId: 'fact:cc-' + c[0] + 'b', commodity: c[0], sharePct: c[2], rule: 'test', published: date('2025-02-01')}]->(el)""")
				.execute();
			JsonNode rest = data(page.formatted(20, ", after: \"" + cursor + "\"")).get("conflictsConnection");

			assertThat(first.get("edges").findValuesAsText("commodity")).containsExactly("c5", "c4");
			assertThat(rest.get("edges").findValuesAsText("commodity"))
				.as("the narrow new conflict sorts after the cursor and comes; the wide one sorts before it and does not")
				.containsExactly("c3", "c2", "c1", "narrow");
			assertThat(rest.get("totalCount").asInt()).isEqualTo(7);
		}
	}

	@Nested
	class SuppliersAddedBetweenTwoPages {

		private static void supplier(String id, int sharePct) {
			DRIVER.executableQuery("""
					MERGE (el:Entity:Element {id: 'cursortest:el'}) ON CREATE SET el.name = 'Cursorium', el.kind = 'ELEMENT'
					CREATE (s:Entity:Company {id: 'cursortest:' + $id, name: $id})
					CREATE (s)-[:PRODUCES {factId: 'fact:cs-' + $id, sharePct: $share, rule: 'test', published: date('2025-01-01')}]->(el)""")
				.withParameters(java.util.Map.of("id", id, "share", sharePct)).execute();
		}

		@Test
		void anAlternativesConnectionNeitherRepeatsNorSkipsWhenSuppliersSortBeforeAndAfterItsCursor() {
			for (int i = 1; i <= 5; i++) {
				supplier("s" + i, 10 * i);
			}
			String page = """
					{ alternativesConnection(element: "cursortest:el", first: %d%s) { totalCount
					    edges { cursor node { supplier { name } maxSharePct } } pageInfo { hasNextPage endCursor } } }""";
			JsonNode first = data(page.formatted(2, "")).get("alternativesConnection");
			String cursor = first.at("/pageInfo/endCursor").asText();

			supplier("s9", 90);  // a higher share: sorts before the cursor
			supplier("s0", 5);   // a lower one: after it
			supplier("s35", 35); // between the cursor and the next one
			supplier("s4b", 40); // the cursor's share and sources, a later name: after it
			JsonNode rest = data(page.formatted(20, ", after: \"" + cursor + "\"")).get("alternativesConnection");

			assertThat(first.get("edges").findValuesAsText("name")).containsExactly("s5", "s4");
			assertThat(rest.get("edges").findValuesAsText("name"))
				.as("after the cursor: what sorts after it, old and new, nothing seen again")
				.containsExactly("s4b", "s35", "s3", "s2", "s1", "s0");
			assertThat(rest.get("totalCount").asInt()).isEqualTo(9);
		}
	}

	@Nested
	class ArticlesAddedBetweenTwoPages {

		private static final String PAGE = """
				{ entity(id: "cursortest:hub") { c: evidenceConnection(first: %d%s) { totalCount
				    edges { cursor node { article published } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }""";

		private static void mention(String id, String published) {
			DRIVER.executableQuery("""
					MATCH (hub:Entity {id: 'cursortest:hub'})
					CREATE (:Article {id: 'cursortest:' + $id, title: $id, document: 'cursortest.md', published: date($published)})
					       -[:MENTIONS {sentence: 'Test mention ' + $id}]->(hub)""")
				.withParameters(java.util.Map.of("id", id, "published", published)).execute();
		}

		@AfterEach
		void removeTestArticles() {
			DRIVER.executableQuery("MATCH (a:Article) WHERE a.id STARTS WITH 'cursortest:' DETACH DELETE a").execute();
		}

		private static List<String> titles(JsonNode connection) {
			return connection.get("edges").findValuesAsText("article");
		}

		@Test
		void anEvidenceConnectionNeitherRepeatsNorSkipsWhenArticlesSortBeforeAndAfterItsCursor() {
			DRIVER.executableQuery("CREATE (:Entity:Country {id: 'cursortest:hub', name: 'Cursor hub'})").execute();
			for (int i = 1; i <= 6; i++) {
				mention("a-0" + i, "2025-0" + i + "-15");
			}
			JsonNode first = data(PAGE.formatted(3, "")).at("/entity/c");
			String cursor = first.at("/pageInfo/endCursor").asText();

			mention("a-10", "2025-12-01");  // newer than all: sorts before the cursor
			mention("a-00", "2024-01-01");  // older than all: sorts after it
			mention("a-03z", "2025-04-15"); // the cursor's own date, a smaller article id: sorts before it
			mention("a-04b", "2025-04-15"); // the cursor's own date, a larger article id: sorts after it
			mention("a-035", "2025-03-20"); // between the cursor and the next one
			JsonNode rest = data(PAGE.formatted(20, ", after: \"" + cursor + "\"")).at("/entity/c");
			JsonNode back = data(PAGE.replace("first: %d%s", "last: 2, before: \"" + cursor + "\"")).at("/entity/c");

			assertThat(titles(first)).containsExactly("a-06", "a-05", "a-04");
			assertThat(titles(rest)).as("after the cursor: what sorts after it, old and new, nothing seen again")
				.containsExactly("a-04b", "a-035", "a-03", "a-02", "a-01", "a-00")
				.doesNotContainAnyElementsOf(titles(first));
			assertThat(rest.get("totalCount").asInt()).as("every article that mentions it, cursors aside").isEqualTo(11);
			assertThat(rest.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
			assertThat(rest.at("/pageInfo/hasPreviousPage").asBoolean()).isTrue();
			assertThat(titles(back)).as("before the cursor, backward: the two just before it, the one added at its own date too")
				.containsExactly("a-05", "a-03z");
		}
	}

	@Nested
	class Errors {

		private static JsonNode errors(String query) {
			JsonNode body = TestApi.post(query);
			assertThat(body.has("errors")).as(body.toString()).isTrue();
			return body.get("errors");
		}

		@Test
		void aMalformedOrForeignCursorIsABadRequestNamingTheArgument() {
			JsonNode garbage = errors("{ exposureConnection(country: \"US\", element: \"Dy\", after: \"not-a-cursor!\") { totalCount } }");
			String exposureCursor = data("{ exposureConnection(country: \"US\", element: \"Dy\", first: 1) { edges { cursor } } }")
				.at("/exposureConnection/edges/0/cursor").asText();
			JsonNode foreign = errors("{ country(code: \"CN\") { ... on Country { exportsToConnection(before: \"" + exposureCursor
					+ "\") { totalCount } } } }");

			assertThat(garbage.at("/0/message").asText()).startsWith("after: \"not-a-cursor!\" is not a cursor of exposureConnection")
				.contains("not a cursor this server wrote");
			assertThat(garbage.at("/0/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
			assertThat(foreign.at("/0/message").asText())
				.startsWith("before: ").contains("is not a cursor of Country.exportsToConnection")
				.contains("belongs to another list (exposure)");
			assertThat(foreign.at("/0/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
		}

		@Test
		void theScenarioAndEvidenceConnectionsReadOnlyTheirOwnCursors() {
			JsonNode garbage = errors("{ alternativesConnection(element: \"Dy\", before: \"eyJ2IjoxfQ\") { totalCount } }");
			String disruptionCursor = data("{ disruptionConnection(cutOff: [{origin: \"CN\", element: \"Dy\"}], first: 1) { edges { cursor } } }")
				.at("/disruptionConnection/edges/0/cursor").asText();
			JsonNode foreign = errors("{ element(symbol: \"Dy\") { evidenceConnection(after: \"" + disruptionCursor
					+ "\") { totalCount } } }");
			JsonNode tooManyPaths = errors("{ disruptionConnection(cutOff: [{origin: \"CN\", element: \"Dy\"}], paths: 1000) { totalCount } }");

			assertThat(garbage.at("/0/message").asText())
				.startsWith("before: \"eyJ2IjoxfQ\" is not a cursor of alternativesConnection")
				.contains("not a cursor this server wrote");
			assertThat(garbage.at("/0/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
			assertThat(foreign.at("/0/message").asText())
				.startsWith("after: ").contains("is not a cursor of Element.evidenceConnection")
				.contains("belongs to another list (disruption)");
			assertThat(foreign.at("/0/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
			assertThat(tooManyPaths.at("/0/message").asText())
				.startsWith("paths: 1000 on disruptionConnection exceeds the limit maxPageSize");
		}

		@Test
		void firstWithLastAndNegativeSizesAreRefusedWithTheirValues() {
			JsonNode both = errors("{ supplySharesConnection(element: \"Dy\", first: 2, last: 2) { totalCount } }");
			JsonNode negativeFirst = errors("{ supplySharesConnection(element: \"Dy\", first: -1) { totalCount } }");
			JsonNode negativeLast = errors("{ country(code: \"CN\") { ... on Country { exportsToConnection(last: -3) { totalCount } } } }");
			JsonNode tooMany = errors("{ country(code: \"CN\") { ... on Country { exportsToConnection(last: 1000) { totalCount } } } }");

			assertThat(both.at("/0/message").asText())
				.isEqualTo("first: 2 and last: 2 on supplySharesConnection: give one of them, not both (first pages "
						+ "forward from after, last backward from before).");
			assertThat(negativeFirst.at("/0/message").asText()).isEqualTo("first: -1 on supplySharesConnection must not be negative.");
			assertThat(negativeLast.at("/0/message").asText()).isEqualTo("last: -3 on exportsToConnection must not be negative.");
			assertThat(tooMany.at("/0/message").asText()).startsWith("last: 1000 on exportsToConnection exceeds the limit maxPageSize");
		}
	}
}
