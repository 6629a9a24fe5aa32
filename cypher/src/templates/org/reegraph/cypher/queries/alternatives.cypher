// alternatives — Who else could supply an element if some countries stopped: producers, refiners and exporters
// outside the excluded countries, ranked, with every source's figures and evidence. Nothing is written.
//
// element: a symbol or name; materials and groups containing it count (a heavy-rare-earth producer is a
// candidate for dysprosium), through CONTAINS up to two steps. A supplier is excluded when it is an excluded
// country, or a company, mine or organisation of one (its `country`, or LOCATED_IN one). Exporters are found
// by the commodity their EXPORTS_TO facts name (the element's or material's name or an alias in it).
// Ranking: the highest share any source gives, then the most sources, then by name.
// asOf (a date; null = every statement): only statements published on or before it count (docs/graphql.md).
:param element => 'Dy';
:param excluding => ['CN'];
:param asOf => null;
:param first => 20;
//
// Returns one row: element (the resolved id, null when unknown), excluded (the resolved codes; unknown names are
// left out, see unknownExcluded), unknownExcluded [the values that matched no country] and alternatives
// [{supplier, country (its code), roles: [PRODUCES, REFINES, EXPORTS_TO], materials: [names], maxSharePct,
// minSharePct, sources: [evidence + figures + role + material]}], best first, at most $first.
{{generated}}
WITH head(COLLECT {
       {{elementLookup e $element}} }) AS target,
     [x IN coalesce($excluding, []) | head(COLLECT {
       MATCH (c:Country)
       WHERE c.code = toUpper(x) OR c.id = x OR c.nameLower = toLower(x) OR toLower(x) IN [a IN c.aliases | toLower(a)]
       RETURN c.code ORDER BY c.code = toUpper(x) DESC, c.id LIMIT 1 })] AS resolved
WITH target, [c IN resolved WHERE c IS NOT NULL] AS excluded,
     [i IN range(0, size(resolved) - 1) WHERE resolved[i] IS NULL | $excluding[i]] AS unknownExcluded
CALL (target, excluded) {
  MATCH (m:Element)-[:CONTAINS]->{0,2}(target)
  WITH DISTINCT m
  CALL (m) {
    MATCH (s:Entity)-[r:PRODUCES|REFINES]->(m)
    WHERE {{asOf r}}
    RETURN s, r
    UNION
    MATCH (s:Entity)-[r:EXPORTS_TO]->(:Entity)
    WHERE r.commodity IS NOT NULL AND {{asOf r}}
      AND any(a IN m.aliases + [m.name] WHERE toLower(r.commodity) CONTAINS toLower(a))
    RETURN s, r
  }
  WITH s, r, m,
       coalesce(s.code, s.country, head(COLLECT { MATCH (s)-[:LOCATED_IN]->(c:Country) RETURN c.code })) AS country
  WHERE NOT coalesce(country, '') IN excluded
  WITH s, country, r, m ORDER BY r.sharePct DESC, r.published, r.factId
  WITH s, country, max(r.sharePct) AS maxShare, min(r.sharePct) AS minShare,
       collect(DISTINCT type(r)) AS roles, collect(DISTINCT m.name) AS materials,
       collect(r{.document, .article, .publisher, .published, .sentence, .rule, .confidence, .factId,
                 role: type(r), material: m.name,
                 figures: {{factProperties r}}}) AS sources
  ORDER BY coalesce(maxShare, -1) DESC, size(sources) DESC, s.name
  LIMIT $first
  RETURN collect({
    supplier: s{.*, label: [l IN labels(s) WHERE l <> 'Entity'][0]},
    country: country,
    roles: roles,
    materials: materials,
    maxSharePct: maxShare,
    minSharePct: minShare,
    sources: sources}) AS alternatives
}
RETURN target.id AS element, excluded, unknownExcluded, alternatives;
