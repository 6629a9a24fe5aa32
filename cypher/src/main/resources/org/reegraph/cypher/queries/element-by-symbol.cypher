// element-by-symbol — An element or material by chemical symbol, name or alias, in any case
// ("Dy", "dy", "dysprosium", "NdFeB magnet").
//
:param symbol => 'Dy';
//
// Returns at most one row: entity, the element's properties plus `label`; an exact symbol match wins,
// then elements before materials and groups.
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/element-by-symbol.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
WITH head(COLLECT {
       MATCH (n:Element)
       WHERE toLower(n.symbol) = toLower($symbol) OR n.id = $symbol OR n.nameLower = toLower($symbol)
          OR toLower($symbol) IN [a IN n.aliases | toLower(a)]
       RETURN n ORDER BY n.symbol = $symbol DESC, n.kind = 'ELEMENT' DESC, n.id LIMIT 1 }) AS n
WHERE n IS NOT NULL
RETURN n{.*, label: 'Element'} AS entity;
