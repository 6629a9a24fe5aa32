// reegraph schema: uniqueness constraints.
// One constraint on `id` per label of the graph contract (org.reegraph.model.Label), plus the common
// :Entity label every entity node also carries, and the :Article and :Document provenance nodes.
// Every statement is idempotent (IF NOT EXISTS): applying this file twice changes nothing.
// Paste into cypher-shell or Neo4j Browser as is.

// GENERATED: edit cypher/src/templates/org/reegraph/cypher/schema/constraints.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT element_id IF NOT EXISTS FOR (n:Element) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mine_id IF NOT EXISTS FOR (n:Mine) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_id IF NOT EXISTS FOR (n:Policy) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// One fact per relationship: its factId (type, ends, article, sentence, properties) is unique within its type.
// write/facts.cypher MERGEs through these constraints' indexes, and Neo4j plans a MERGE on a unique property
// as an index seek on any graph. With a plain index (what graphs before 2026-11-23 have) Neo4j re-planned the
// MERGE on a grown graph as an expand between the two ends, filtered by factId, so every new fact between
// China and the US read all the facts already between them (FactsStatementIT). The DROP INDEX lines remove
// those plain indexes, which would otherwise stand in the way of the constraints; they do nothing on newer graphs.
DROP INDEX exports_to_fact IF EXISTS;
DROP INDEX refines_for_fact IF EXISTS;
DROP INDEX invests_in_fact IF EXISTS;
DROP INDEX sanctions_fact IF EXISTS;
DROP INDEX produces_fact IF EXISTS;
DROP INDEX refines_fact IF EXISTS;
DROP INDEX holds_reserves_fact IF EXISTS;
DROP INDEX depends_on_fact IF EXISTS;
DROP INDEX party_to_fact IF EXISTS;
DROP INDEX issued_by_fact IF EXISTS;
DROP INDEX covers_fact IF EXISTS;
DROP INDEX targets_fact IF EXISTS;
DROP INDEX operates_fact IF EXISTS;
DROP INDEX located_in_fact IF EXISTS;
DROP INDEX acquires_fact IF EXISTS;
DROP INDEX supplies_fact IF EXISTS;
DROP INDEX develops_fact IF EXISTS;
DROP INDEX contains_fact IF EXISTS;
DROP INDEX stockpiles_fact IF EXISTS;
CREATE CONSTRAINT exports_to_fact_unique IF NOT EXISTS FOR ()-[r:EXPORTS_TO]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT refines_for_fact_unique IF NOT EXISTS FOR ()-[r:REFINES_FOR]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT invests_in_fact_unique IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT sanctions_fact_unique IF NOT EXISTS FOR ()-[r:SANCTIONS]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT produces_fact_unique IF NOT EXISTS FOR ()-[r:PRODUCES]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT refines_fact_unique IF NOT EXISTS FOR ()-[r:REFINES]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT holds_reserves_fact_unique IF NOT EXISTS FOR ()-[r:HOLDS_RESERVES]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT depends_on_fact_unique IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT party_to_fact_unique IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT issued_by_fact_unique IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT covers_fact_unique IF NOT EXISTS FOR ()-[r:COVERS]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT targets_fact_unique IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT operates_fact_unique IF NOT EXISTS FOR ()-[r:OPERATES]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT located_in_fact_unique IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT acquires_fact_unique IF NOT EXISTS FOR ()-[r:ACQUIRES]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT supplies_fact_unique IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT develops_fact_unique IF NOT EXISTS FOR ()-[r:DEVELOPS]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT contains_fact_unique IF NOT EXISTS FOR ()-[r:CONTAINS]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT stockpiles_fact_unique IF NOT EXISTS FOR ()-[r:STOCKPILES]-() REQUIRE r.factId IS UNIQUE;
CREATE CONSTRAINT priced_in_fact_unique IF NOT EXISTS FOR ()-[r:PRICED_IN]-() REQUIRE r.factId IS UNIQUE;
