// reegraph schema: indexes for the look-ups the API and the analyst queries make.
// Idempotent (IF NOT EXISTS). Paste into cypher-shell or Neo4j Browser as is.

// country(code:) and element(symbol:)
CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code);
CREATE INDEX element_symbol IF NOT EXISTS FOR (n:Element) ON (n.symbol);
// look-ups by exact name, and by lower-cased name (name-insensitive look-ups from the API)
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_name_lower IF NOT EXISTS FOR (n:Entity) ON (n.nameLower);
// dependency paths start from programmes of a kind. (Graphs made before 2026-11-24 have a composite index on
// kind and country instead, which no statement could use: a programme's country is often its developer's,
// so many programmes have none and are not in it. The DROP removes it; it does nothing on newer graphs.)
DROP INDEX program_kind IF EXISTS;
CREATE INDEX program_by_kind IF NOT EXISTS FOR (n:Program) ON (n.kind);
// trade flows over time, evidence by document
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
// search(text:) — full-text over names and aliases of every entity
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
