// reegraph schema: indexes for the look-ups the API and the analyst queries make.
// Idempotent (IF NOT EXISTS). Paste into cypher-shell or Neo4j Browser as is.

// country(code:) and element(symbol:)
CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code);
CREATE INDEX element_symbol IF NOT EXISTS FOR (n:Element) ON (n.symbol);
// look-ups by exact name, and by lower-cased name (name-insensitive look-ups from the API)
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_name_lower IF NOT EXISTS FOR (n:Entity) ON (n.nameLower);
// dependency paths start from programmes of a kind and country
CREATE INDEX program_kind IF NOT EXISTS FOR (n:Program) ON (n.kind, n.country);
// trade flows over time, evidence by document
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
// one fact per relationship: the fact id makes re-loads idempotent (write/facts.cypher MERGEs through these) and
// lets an analyst fetch one fact's evidence; one index per relationship type of the graph contract
CREATE INDEX exports_to_fact IF NOT EXISTS FOR ()-[r:EXPORTS_TO]-() ON (r.factId);
CREATE INDEX refines_for_fact IF NOT EXISTS FOR ()-[r:REFINES_FOR]-() ON (r.factId);
CREATE INDEX invests_in_fact IF NOT EXISTS FOR ()-[r:INVESTS_IN]-() ON (r.factId);
CREATE INDEX sanctions_fact IF NOT EXISTS FOR ()-[r:SANCTIONS]-() ON (r.factId);
CREATE INDEX produces_fact IF NOT EXISTS FOR ()-[r:PRODUCES]-() ON (r.factId);
CREATE INDEX refines_fact IF NOT EXISTS FOR ()-[r:REFINES]-() ON (r.factId);
CREATE INDEX holds_reserves_fact IF NOT EXISTS FOR ()-[r:HOLDS_RESERVES]-() ON (r.factId);
CREATE INDEX depends_on_fact IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() ON (r.factId);
CREATE INDEX party_to_fact IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.factId);
CREATE INDEX issued_by_fact IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() ON (r.factId);
CREATE INDEX covers_fact IF NOT EXISTS FOR ()-[r:COVERS]-() ON (r.factId);
CREATE INDEX targets_fact IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.factId);
CREATE INDEX operates_fact IF NOT EXISTS FOR ()-[r:OPERATES]-() ON (r.factId);
CREATE INDEX located_in_fact IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.factId);
CREATE INDEX acquires_fact IF NOT EXISTS FOR ()-[r:ACQUIRES]-() ON (r.factId);
CREATE INDEX supplies_fact IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.factId);
CREATE INDEX develops_fact IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.factId);
CREATE INDEX contains_fact IF NOT EXISTS FOR ()-[r:CONTAINS]-() ON (r.factId);
CREATE INDEX stockpiles_fact IF NOT EXISTS FOR ()-[r:STOCKPILES]-() ON (r.factId);
// search(text:) — full-text over names and aliases of every entity
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
