// refining-abroad — Whose ore or material is sent abroad to be refined, and where ("the mined ore is still
// sent to China for refining"), with what share of refining the refiner is reported to hold.
//
// owner: the country or company whose material is refined (code, name or id; null = any);
// refiner: the country or company that refines it (null = any).
:param owner => null;
:param refiner => 'CN';
//
// Returns one row per refiner and owner: refiner and owner (names and labels), commodities [what is sent,
// where the source says], refinerSharePct (the highest refining share any source gives the refiner, null if
// none) and sources [{document, article, publisher, published, sentence, rule}] — by refiner, then owner.
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/refining-abroad.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
WITH CASE WHEN $owner IS NULL THEN null ELSE head(COLLECT {
       MATCH (x:Entity)
       WHERE (x:Country OR x:Company)
         AND (x.id = $owner OR x.code = toUpper($owner) OR x.symbol = $owner
              OR x.nameLower = toLower($owner) OR toLower($owner) IN [a IN x.aliases | toLower(a)])
       RETURN x ORDER BY x.id = $owner DESC, x.code = toUpper($owner) DESC, x.id LIMIT 1 }) END AS owner,
     CASE WHEN $refiner IS NULL THEN null ELSE head(COLLECT {
       MATCH (x:Entity)
       WHERE (x:Country OR x:Company)
         AND (x.id = $refiner OR x.code = toUpper($refiner) OR x.symbol = $refiner
              OR x.nameLower = toLower($refiner) OR toLower($refiner) IN [a IN x.aliases | toLower(a)])
       RETURN x ORDER BY x.id = $refiner DESC, x.code = toUpper($refiner) DESC, x.id LIMIT 1 }) END AS refiner
MATCH (f:Entity)-[r:REFINES_FOR]->(o:Entity)
WHERE ($owner IS NULL OR o = owner) AND ($refiner IS NULL OR f = refiner)
WITH f, o, r ORDER BY r.published, r.factId
WITH f, o, collect(DISTINCT r.commodity) AS commodities,
     collect(r{.document, .article, .publisher, .published, .sentence, .rule}) AS sources
RETURN f{.id, .name, label: [l IN labels(f) WHERE l <> 'Entity'][0]} AS refiner,
       o{.id, .name, label: [l IN labels(o) WHERE l <> 'Entity'][0]} AS owner,
       commodities,
       COLLECT { MATCH (f)-[x:REFINES]->(:Element) WHERE x.sharePct IS NOT NULL
                 RETURN x.sharePct ORDER BY x.sharePct DESC LIMIT 1 }[0] AS refinerSharePct,
       sources
ORDER BY refiner.name, owner.name;
