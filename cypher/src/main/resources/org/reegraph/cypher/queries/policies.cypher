// policies — Which policies (export controls, tariffs, sanctions, laws, price floors) cover an element,
// who issued them and whom they target, each with its sources.
//
// element: a symbol or name (null = every policy). A policy matches DIRECT when it covers the element itself,
// BROADER when it covers a material or group containing it (a rare-earth control covers Dy), NARROWER when it
// covers a part of it (a heavy-rare-earth control is part of a rare-earth question). issuer: a code, name or id
// (null = any); status: PROPOSED, THREATENED, IN_FORCE, SUSPENDED or LIFTED (null = any).
:param element => 'Dy';
:param issuer => null;
:param status => null;
//
// Returns one row per policy: policy (properties plus label: name, kind, status, ratePct …), match (DIRECT,
// BROADER, NARROWER; null when no element was asked), issuers [names], targets [names], covers [names] and
// sources [{document, article, publisher, published, sentence, rule}] — DIRECT first, then policies in force,
// then by name.
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/policies.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
WITH CASE WHEN $element IS NULL THEN null ELSE head(COLLECT {
       MATCH (e:Element)
       WHERE toLower(e.symbol) = toLower($element) OR e.id = $element OR e.nameLower = toLower($element)
          OR toLower($element) IN [a IN e.aliases | toLower(a)]
       RETURN e ORDER BY e.symbol = $element DESC, e.kind = 'ELEMENT' DESC, e.id LIMIT 1 }) END AS target,
     CASE WHEN $issuer IS NULL THEN null ELSE head(COLLECT {
       MATCH (x:Entity)
       WHERE (x:Country OR x:Organization)
         AND (x.id = $issuer OR x.code = toUpper($issuer) OR x.symbol = $issuer
              OR x.nameLower = toLower($issuer) OR toLower($issuer) IN [a IN x.aliases | toLower(a)])
       RETURN x ORDER BY x.id = $issuer DESC, x.code = toUpper($issuer) DESC, x.id LIMIT 1 }) END AS issuer
MATCH (p:Policy)
WHERE ($status IS NULL OR p.status = $status)
  AND ($issuer IS NULL OR EXISTS { (p)-[:ISSUED_BY]->(issuer) })
WITH p, target,
     CASE
       WHEN target IS NULL THEN null
       WHEN EXISTS { (p)-[:COVERS]->(target) } THEN 'DIRECT'
       WHEN EXISTS { (p)-[:COVERS]->(:Element)-[:CONTAINS]->{1,2}(target) } THEN 'BROADER'
       WHEN EXISTS { (p)-[:COVERS]->(:Element)<-[:CONTAINS]-{1,2}(target) } THEN 'NARROWER'
     END AS match
WHERE $element IS NULL OR match IS NOT NULL
CALL (p) {
  MATCH (p)-[r:ISSUED_BY|TARGETS|COVERS]->(x:Entity)
  WITH r, x ORDER BY r.published, r.factId
  RETURN collect(DISTINCT CASE type(r) WHEN 'ISSUED_BY' THEN x.name END) AS issuers,
         collect(DISTINCT CASE type(r) WHEN 'TARGETS' THEN x.name END) AS targets,
         collect(DISTINCT CASE type(r) WHEN 'COVERS' THEN x.name END) AS covers,
         collect(DISTINCT r{.document, .article, .publisher, .published, .sentence, .rule}) AS sources
}
RETURN p{.*, label: 'Policy'} AS policy, match, issuers, targets, covers, sources
ORDER BY match = 'DIRECT' DESC, p.status = 'IN_FORCE' DESC, p.name;
