// supply-shares — Who produces, refines, holds reserves of or stockpiles an element (and the materials
// that contain it), with every source's figure side by side: sources disagree (China refines 85%? 90%?
// 92%?), and each claim keeps its own evidence.
//
// Element: a symbol or a name, any case.
// asOf (a date; null = every statement): only statements published on or before it count (docs/graphql.md).
:param element => 'rare earths';
:param asOf => null;
//
// Returns one row: element (the resolved id, null when unknown) and shares [{supplier, role (PRODUCES,
// REFINES, HOLDS_RESERVES, STOCKPILES), material, maxSharePct, minSharePct, sources: [evidence + figures]}],
// by role (PRODUCES, REFINES, HOLDS_RESERVES, STOCKPILES), then the highest share first.
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/supply-shares.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
WITH head(COLLECT {
       MATCH (e:Element)
       WHERE toLower(e.symbol) = toLower($element) OR e.id = $element OR e.nameLower = toLower($element)
          OR toLower($element) IN [a IN e.aliases | toLower(a)]
       RETURN e ORDER BY e.symbol = $element DESC, e.kind = 'ELEMENT' DESC, e.id LIMIT 1 }) AS target
CALL (target) {
  MATCH (m:Element)-[:CONTAINS]->{0,2}(target)
  WITH DISTINCT m
  MATCH (s:Entity)-[r:PRODUCES|REFINES|HOLDS_RESERVES|STOCKPILES]->(m)
  WHERE ($asOf IS NULL OR r.published <= date($asOf) OR (r.published IS NULL AND r.rule STARTS WITH 'catalog.'))
  WITH s, type(r) AS role, m, r ORDER BY r.sharePct DESC, r.factId
  WITH s, role, m, max(r.sharePct) AS maxShare, min(r.sharePct) AS minShare,
       collect(r{.document, .article, .publisher, .published, .sentence, .rule, .confidence, .factId,
                 figures: r{.commodity, .quantity, .unit, .valueUsd, .period, .changePct, .sharePct, .usdPerKg,
                            .status, .amountUsd, .instrument, .stakePct, .kind, .ratePct, .year, .originCountry,
                            .coverageMonths, .price, .currency, .form, .purity}}) AS sources
  ORDER BY CASE role WHEN 'PRODUCES' THEN 0 WHEN 'REFINES' THEN 1 WHEN 'HOLDS_RESERVES' THEN 2 ELSE 3 END,
           coalesce(maxShare, -1) DESC, s.name, m.name
  RETURN collect({
    supplier: s{.*, label: [l IN labels(s) WHERE l <> 'Entity'][0]},
    role: role,
    material: m{.*, label: 'Element'},
    maxSharePct: maxShare,
    minSharePct: minShare,
    sources: sources}) AS shares
}
RETURN target.id AS element, shares;
