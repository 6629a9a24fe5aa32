// reegraph schema: uniqueness constraints.
// One constraint on `id` per label of the graph contract (org.reegraph.model.Label), plus the common
// :Entity label every entity node also carries, and the :Article and :Document provenance nodes.
// Every statement is idempotent (IF NOT EXISTS): applying this file twice changes nothing.
// Paste into cypher-shell or Neo4j Browser as is.

{{generated}}
{{labelConstraints}}
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
{{factConstraints}}
