// country-by-code — A country (or the EU bloc) by ISO 3166-1 alpha-2 code, name or alias, in any case
// ("CN", "cn", "China", "中国").
//
:param code => 'CN';
//
// Returns at most one row: entity, the country's properties plus `label`; an exact code match wins.
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/country-by-code.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
WITH head(COLLECT {
       MATCH (n:Country)
       WHERE n.code = toUpper($code) OR n.id = $code OR n.nameLower = toLower($code)
          OR toLower($code) IN [a IN n.aliases | toLower(a)]
       RETURN n ORDER BY n.code = toUpper($code) DESC, n.id LIMIT 1 }) AS n
WHERE n IS NOT NULL
RETURN n{.*, label: 'Country'} AS entity;
