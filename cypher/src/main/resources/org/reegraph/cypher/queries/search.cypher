// search — Entities whose name or aliases match a full-text query (index `entity_names`), best first,
// optionally only some labels.
//
// $query is a Lucene query: the API escapes the user's text and adds a prefix wildcard to each word.
:param query => 'dysprosium*';
:param labels => null;
:param first => 10;
//
// Returns up to $first rows: entity (properties plus `label`) and score.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l <> 'Entity'][0] AS label
WHERE $labels IS NULL OR label IN $labels
RETURN node{.*, label: label} AS entity, score
ORDER BY score DESC, node.name
LIMIT $first;
