// search — Entities whose name or aliases match a full-text query (index `entity_names`), best first,
// optionally only some labels.
//
// $query is a Lucene query: the API escapes the user's text and adds a prefix wildcard to each word.
// asOf (a date; null = any entity): only entities known by then — mentioned by an article published on or before
// it, or at one end of a fact a source published by then. Reference catalog facts make no entity known: the
// catalog says what a thing is, not that the news spoke of it (docs/graphql.md).
:param query => 'dysprosium*';
:param labels => null;
:param first => 10;
:param asOf => null;
//
// Returns up to $first rows: entity (properties plus `label`) and score.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE ($labels IS NULL OR label IN $labels)
  AND ($asOf IS NULL
       OR EXISTS { MATCH (a:Article)-[:MENTIONS]->(node) WHERE a.published <= date($asOf) }
       OR EXISTS { MATCH (node)-[r]-(:Entity) WHERE r.published <= date($asOf) })
RETURN node{.*, label: label} AS entity, score
ORDER BY score DESC, node.name
LIMIT $first;
