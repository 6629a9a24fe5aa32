// neighbourhood — Everything the graph holds within a few hops of one entity, as paths Neo4j Browser draws:
// start here to explore ("what is around dysprosium?").
//
// id: an id (element:Dy), code, symbol or name, any case; hops: 1 to 3; first: the most paths.
// Articles are left out (use entity-evidence for the sources); each relationship is one source statement.
:param id => 'element:Dy';
:param hops => 1;
:param first => 100;
//
// Returns up to $first rows: path (from the entity outwards) and hops (its length) — nearest first.
{{generated}}
WITH head(COLLECT {
       {{entityLookup x $id}} }) AS center
MATCH path = (center)-[]-{1,3}(:Entity)
WHERE length(path) <= $hops
  AND all(n IN nodes(path) WHERE single(m IN nodes(path) WHERE m = n))
RETURN path, length(path) AS hops
ORDER BY hops, [r IN relationships(path) | r.factId]
LIMIT $first;
