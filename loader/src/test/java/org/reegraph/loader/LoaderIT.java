package org.reegraph.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.reegraph.loader.extraction.Rejection;
import org.reegraph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the bundled corpus into a real Neo4j and checks what a user would query. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoaderIT {

	static final Path CORPUS = Path.of("..", "data", "documents");
	static Driver driver;
	static LoadReport first;

	@BeforeAll
	static void loadCorpus() {
		TestNeo4j db = TestNeo4j.get();
		db.clear();
		driver = db.driver();
		first = ReegraphLoader.create().load(driver, List.of(CORPUS), LoadListener.NONE);
	}

	static List<Record> query(String cypher, Object... params) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, Values.parameters(params)).list());
		}
	}

	static Map<String, Long> counts() {
		Record r = query("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels, "
				+ "sum(size(coalesce(r.aliases, []))) AS x").get(0);
		long aliases = query("MATCH (n:Entity) RETURN sum(size(n.aliases)) AS a").get(0).get("a").asLong();
		return Map.of("nodes", r.get("nodes").asLong(), "relationships", r.get("rels").asLong(), "aliases", aliases);
	}

	@Test
	@Order(1)
	void theReportCountsEveryDocumentOfTheCorpus() {
		assertThat(first.documentsRead()).isEqualTo(5);
		assertThat(first.documentsLoaded()).isEqualTo(5);
		assertThat(first.rejected()).isEmpty();
		assertThat(first.articles()).isEqualTo(24);
		assertThat(first.facts()).isGreaterThan(150);
		assertThat(query("MATCH (a:Article) RETURN count(a) AS c").get(0).get("c").asLong()).isEqualTo(24);
	}

	@Nested
	class TheGraphAnswers {

		@Test
		void theF35DependsOnChineseDysprosiumAlloyWithTheSentenceAsEvidence() {
			List<Record> rows = query("MATCH (p:Program {id: 'program:f-35'})-[d:DEPENDS_ON]->(m:Element)-[:CONTAINS]->"
					+ "(e:Element {symbol: 'Dy'}) WHERE d.originCountry IS NOT NULL RETURN m.name AS material, d.originCountry AS origin, d.sentence AS s, "
					+ "d.document AS doc, d.rule AS rule, p.kind AS kind, p.country AS country");
			assertThat(rows).singleElement().satisfies(r -> {
				assertThat(r.get("material").asString()).isEqualTo("dysprosium alloy");
				assertThat(r.get("origin").asString()).isEqualTo("CN");
				assertThat(r.get("s").asString()).contains("F-35 fighter jets requiring replacement of Chinese-origin "
						+ "dysprosium alloy");
				assertThat(r.get("doc").asString()).isEqualTo("001_f0591df0f6c11a40.txt");
				assertThat(r.get("kind").asString()).isEqualTo("DEFENSE");
				assertThat(r.get("country").asString()).isEqualTo("US");
			});
		}

		@Test
		void chinasMonthlyExportsToTheUsAreThere() {
			List<String> flows = query("MATCH (:Country {code: 'CN'})-[r:EXPORTS_TO]->(:Country {code: 'US'}) "
					+ "WHERE r.quantity IS NOT NULL RETURN DISTINCT r.period + '=' + toString(r.quantity) AS f ORDER BY f")
				.stream().map(r -> r.get("f").asString()).toList();
			assertThat(flows).contains("2025-05=46", "2025-06=353", "2025-07=619", "2025-07=5577");
		}

		@Test
		void bothFiguresForTheMpMaterialsStakeAreKeptSideBySide() {
			List<Long> amounts = query("MATCH (i)-[r:INVESTS_IN]->(:Company {id: 'company:mp-materials'}) "
					+ "RETURN DISTINCT r.amountUsd AS a ORDER BY a").stream().map(r -> r.get("a").asLong()).toList();
			assertThat(amounts).containsExactly(400_000_000L, 4_000_000_000L);
			assertThat(query("MATCH (:Organization {id: 'organization:us-department-of-defense'})-[r:INVESTS_IN]->"
					+ "(:Company {id: 'company:mp-materials'}) RETURN r.amountUsd AS a, r.sentence AS s"))
				.anySatisfy(r -> assertThat(r.get("a").asLong()).isEqualTo(400_000_000L));
		}

		@Test
		void mountainPassOreGoesToChinaForRefining() {
			assertThat(query("MATCH (:Country {code: 'CN'})-[r:REFINES_FOR]->(:Country {code: 'US'}) RETURN r.sentence AS s")
				.stream().map(r -> r.get("s").asString()))
				.anySatisfy(s -> assertThat(s).contains("Mountain Pass").contains("sent to China for refining"));
		}

		@Test
		void agreementsHaveTheirParties() {
			List<String> pairs = query("MATCH (c:Country)-[:PARTY_TO]->(a:Agreement) WITH a, collect(DISTINCT c.code) AS cs "
					+ "UNWIND cs AS x WITH a, x ORDER BY x WITH a, collect(x) AS sorted "
					+ "RETURN DISTINCT reduce(s = '', c IN sorted | s + c + ' ') AS p").stream()
				.map(r -> r.get("p").asString().strip()).toList();
			assertThat(pairs).contains("JP US", "AU US", "PK US", "BR CN");
		}

		@Test
		void aliasesAccumulateOnTheEntity() {
			List<Object> aliases = query("MATCH (c:Country {code: 'US'}) RETURN c.aliases AS a").get(0).get("a").asList();
			assertThat(aliases).contains("United States", "U.S.", "美国");
		}
	}

	@Test
	@Order(10)
	void loadingTheSameCorpusAgainChangesNoCount() {
		Map<String, Long> before = counts();
		LoadReport again = ReegraphLoader.create().load(driver, List.of(CORPUS), LoadListener.NONE);
		assertThat(again.documentsLoaded()).isEqualTo(5);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	@Order(20)
	void aBrokenDocumentIsRejectedByNameWhileTheOthersLoad(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("good.md"), "Title: Gallium curbs\nDate: 2025-09-01\n\n"
				+ "China's export controls on gallium took effect in August. Halcyon Rare Earths Ltd. exported 200 tons "
				+ "of gallium to Japan in August.", StandardCharsets.UTF_8);
		Files.write(dir.resolve("broken.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 });
		Files.writeString(dir.resolve("empty.txt"), "");
		LoadReport report = ReegraphLoader.create().load(driver, List.of(dir), LoadListener.NONE);
		assertThat(report.documentsLoaded()).isEqualTo(1);
		assertThat(report.rejected()).extracting(Rejection::toString).containsExactlyInAnyOrder(
				dir.resolve("broken.txt") + ": this is a binary file (PNG image), not a text document",
				dir.resolve("empty.txt") + ": the file is empty");
		assertThat(query("MATCH (d:Document) WHERE d.name IN ['broken.txt', 'empty.txt'] RETURN d")).isEmpty();
		assertThat(query("MATCH (:Company {id: 'company:halcyon-rare-earths'})-[r:EXPORTS_TO]->(:Country {code: 'JP'}) "
				+ "RETURN r.quantity AS q, r.period AS p").get(0).get("q").asLong()).isEqualTo(200L);
		// the new document added to an entity that already existed
		assertThat(query("MATCH (p:Policy {id: 'policy:cn-export-controls-ga'})-[:ISSUED_BY]->(c:Country {code: 'CN'}) "
				+ "RETURN count(*) AS n").get(0).get("n").asLong()).isEqualTo(1L);
	}

	@Test
	@Order(30)
	void theSameArticleInTwoFilesIsOneArticle(@TempDir Path dir) throws IOException {
		String article = "Yttrium shortage\nWire· 2025-11-01 09:00\nJapan imported 500 tons of yttrium from Vietnam.";
		Files.writeString(dir.resolve("a.txt"), article);
		Files.writeString(dir.resolve("b.txt"), article);
		LoadReport report = ReegraphLoader.create().load(driver, List.of(dir), LoadListener.NONE);
		assertThat(report.duplicateArticles()).isEqualTo(1);
		assertThat(query("MATCH (a:Article {title: 'Yttrium shortage'}) RETURN count(a) AS n").get(0).get("n").asLong())
			.isEqualTo(1L);
		assertThat(query("MATCH (:Country {code: 'VN'})-[r:EXPORTS_TO {quantity: 500}]->(:Country {code: 'JP'}) "
				+ "RETURN count(r) AS n").get(0).get("n").asLong()).isEqualTo(1L);
	}
}
