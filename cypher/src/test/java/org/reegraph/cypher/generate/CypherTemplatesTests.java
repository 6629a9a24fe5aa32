package org.reegraph.cypher.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reegraph.model.GraphContract;
import org.reegraph.model.Label;
import org.reegraph.model.PropertySpec;
import org.reegraph.model.PropertyType;
import org.reegraph.model.RelType;
import org.reegraph.model.RelationshipSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The per-type Cypher follows the contract it is given: a changed contract, a changed file. */
class CypherTemplatesTests {

	private static final CypherTemplates TODAY = new CypherTemplates(GraphContract.relationships());

	/** Today's contract with one more property on EXPORTS_TO. */
	private static CypherTemplates withIncoterm() {
		List<RelationshipSpec> changed = new ArrayList<>();
		for (RelationshipSpec t : GraphContract.relationships()) {
			changed.add(t.name().equals("EXPORTS_TO")
					? t.withProperty(new PropertySpec("incoterm", PropertyType.STRING, "The delivery terms (FOB, CIF).")) : t);
		}
		return new CypherTemplates(changed);
	}

	@Nested
	class FactProperties {

		@Test
		void projectEveryPropertyOfTheContractOnce() {
			String projection = TODAY.expand("t.cypher", "RETURN {{factProperties r}} AS figures");
			for (RelType type : RelType.values()) {
				type.properties().forEach(p -> assertThat(projection).containsPattern("\\.\\Q" + p + "\\E[,}]"));
			}
			assertThat(projection).startsWith("RETURN r{.commodity, .quantity, .unit,").endsWith("} AS figures");
			assertThat(projection.split("\\.unit[,}]", -1)).as("unit is named by three types, projected once").hasSize(2);
		}

		@Test
		void aPropertyAddedToTheContractIsProjectedAndNoLongerExtra() {
			assertThat(TODAY.expand("t.cypher", "{{factProperties r}}")).doesNotContain(".incoterm");
			assertThat(withIncoterm().expand("t.cypher", "{{factProperties r}}")).contains(".status, .incoterm,");
			assertThat(TODAY.expand("t.cypher", "{{knownKeys}}")).doesNotContain("'incoterm'").contains("'factId'");
			assertThat(withIncoterm().expand("t.cypher", "{{knownKeys}}")).contains("'incoterm'");
		}

		@Test
		void wrapUnderTheirFirstKey() {
			String projection = TODAY.expand("t.cypher", "    properties: {{factProperties r}},");
			List<String> lines = projection.lines().toList();
			assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(118));
			assertThat(lines.get(1)).startsWith(" ".repeat("    properties: r{".length()) + ".");
			assertThat(lines.get(lines.size() - 1)).endsWith("},");
		}
	}

	@Nested
	class PerTypeBlocks {

		@Test
		void aNewTypeGetsItsWriteBlockConstraintAndBranches() {
			List<RelationshipSpec> more = new ArrayList<>(GraphContract.relationships());
			more.add(new RelationshipSpec("LICENSES", "Licence", "A licence to use a technology.",
					new RelationshipSpec.Reading("licenses", "Whom it licenses."),
					new RelationshipSpec.Reading("licensedBy", "Who licenses it."), EnumSet.of(Label.COMPANY),
					EnumSet.of(Label.COMPANY), List.of()));
			CypherTemplates templates = new CypherTemplates(more);

			assertThat(templates.expand("w.cypher", "{{factWrites}};"))
				.contains("CALL { UNWIND [row IN $rows WHERE row.type = 'LICENSES'] AS row\n"
						+ "  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})\n"
						+ "  MERGE (a)-[r:LICENSES {factId: row.factId}]->(b) ON CREATE SET r += row.properties, "
						+ "r += row.evidence };");
			assertThat(templates.expand("c.cypher", "{{factConstraints}}")).endsWith(
					"CREATE CONSTRAINT licenses_fact_unique IF NOT EXISTS FOR ()-[r:LICENSES]-() REQUIRE r.factId IS UNIQUE;");
			assertThat(templates.expand("q.cypher", "    {{branches}}")).endsWith("\n    UNION ALL\n"
					+ "    MATCH (n)<-[r:LICENSES]-(m) WHERE $type = 'LICENSES' AND NOT $outgoing RETURN r, m");
			assertThat(templates.expand("q.cypher", "{{nestedBranches}}"))
				.contains("WITH others WHERE $nestedType = 'LICENSES' AND $nestedOutgoing\n"
						+ "UNWIND others AS o MATCH (o)-[r:LICENSES]->(m) RETURN o, r, m");
			assertThat(TODAY.expand("q.cypher", "{{branches}}")).doesNotContain("LICENSES")
				.contains("[r:PRICED_IN]").doesNotEndWith("UNION ALL");
		}
	}

	@Nested
	class LookUps {

		@Test
		void anEntityLookUpMayKeepToSomeLabels() {
			String lookUp = TODAY.expand("q.cypher", "WITH head(COLLECT {\n       {{entityLookup x $owner Country Company}} }) AS owner");
			assertThat(lookUp).isEqualTo("""
					WITH head(COLLECT {
					       MATCH (x:Entity)
					       WHERE (x:Country OR x:Company)
					         AND (x.id = $owner OR x.code = toUpper($owner) OR x.symbol = $owner
					              OR x.nameLower = toLower($owner) OR toLower($owner) IN [a IN x.aliases | toLower(a)])
					       RETURN x ORDER BY x.id = $owner DESC, x.code = toUpper($owner) DESC, x.id LIMIT 1 }) AS owner""");
		}

		@Test
		void badPlaceholdersAreRefusedNamingTheFile() {
			assertThatIllegalArgumentException().isThrownBy(() -> TODAY.expand("queries/x.cypher", "{{lookup x}}"))
				.withMessageContaining("queries/x.cypher").withMessageContaining("{{lookup}}");
			assertThatIllegalArgumentException().isThrownBy(() -> TODAY.expand("queries/x.cypher", "{{countryLookup c country}}"))
				.withMessageContaining("$parameter").withMessageContaining("'country'");
			assertThatIllegalArgumentException().isThrownBy(() -> TODAY.expand("q.cypher", "{{entityLookup x $p Planet}}"))
				.withMessageContaining("Planet");
		}
	}
}
