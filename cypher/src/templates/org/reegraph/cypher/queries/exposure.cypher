// exposure — Which programmes and companies of a country (and the country itself) depend on an element,
// how many hops away, and through which supplier countries (origin countries named on the way, countries
// on the chain) — with the evidence of the first hop.
//
// Walks the same "depends on" edges as dependency-paths (DEPENDS_ON and CONTAINS forwards, SUPPLIES,
// EXPORTS_TO and REFINES_FOR backwards), at most 4 hops. A dependent belongs to the country when its
// `country` is the code, it is LOCATED_IN the country, or the country (or one of its bodies) DEVELOPS it.
// Weighed, not only counted: a chain whose hops state shares (sharePct: a dependant's share from an origin, an
// export's share of the importer's supply) gets the product of those shares as its figure (a hop stating none
// passes its whole supply, so the figure is an upper bound); per dependent and supplier country the figures of
// all its chains and sources are given as a range, with every share used and its source — never one chosen.
// asOf (a date; null = every statement): only statements published on or before it count (docs/graphql.md).
:param country => 'US';
:param element => 'Dy';
:param asOf => null;
//
// Returns one row: country and element (resolved; null when unknown) and exposures [{dependent, hops,
// suppliers: [country codes], materials: [names], evidence, weighted: [{supplier, minPct, maxPct, chains,
// figures: [{from, type, to, sharePct, evidence}]}]}], nearest first.
{{generated}}
WITH head(COLLECT {
       {{countryLookup c $country}} }) AS home,
     head(COLLECT {
       {{elementLookup e $element}} }) AS target
CALL (home, target) {
  MATCH (d:Entity)
  WHERE home IS NOT NULL AND target IS NOT NULL
    AND (d = home OR ((d:Program OR d:Company)
         AND (d.country = home.code OR EXISTS { (d)-[:LOCATED_IN]->(home) }
              OR EXISTS { MATCH (x:Entity)-[:DEVELOPS]->(d) WHERE x = home OR x.country = home.code })))
  MATCH path = (d)((a)-[r:DEPENDS_ON|CONTAINS|SUPPLIES|EXPORTS_TO|REFINES_FOR]-(b)
                   WHERE (startNode(r) = a) = (type(r) IN ['DEPENDS_ON', 'CONTAINS'])
                     AND {{asOf r}}){1,4}(target)
  WHERE all(n IN nodes(path) WHERE single(m IN nodes(path) WHERE m = n))
  WITH d, path, relationships(path) AS rels, nodes(path) AS ns
  WITH d, path, rels, ns, [x IN rels WHERE x.sharePct IS NOT NULL] AS shared,
       coalesce(head([x IN rels WHERE x.originCountry IS NOT NULL AND x.originCountry <> home.code
                      | x.originCountry]), head([n IN ns WHERE n:Country AND n <> home | n.code])) AS supplier
  WITH d, min(length(path)) AS hops,
       collect(CASE WHEN size(shared) > 0 AND supplier IS NOT NULL THEN {supplier: supplier,
               pct: reduce(f = 100.0, x IN shared | f * x.sharePct / 100.0), shared: shared} END) AS weighedChains,
       collect([x IN rels WHERE x.originCountry IS NOT NULL AND x.originCountry <> home.code | x.originCountry]
               + [n IN ns WHERE n:Country AND n <> home | n.code]) AS supplierLists,
       collect([n IN ns WHERE n:Element AND n <> target | n.name]) AS materialLists,
       collect(head(rels)) AS firstHops
  CALL (weighedChains) {
    UNWIND weighedChains AS c
    WITH c.supplier AS supplier, min(c.pct) AS minPct, max(c.pct) AS maxPct, count(*) AS chains,
         reduce(acc = [], l IN collect(c.shared) | acc + [x IN l WHERE NOT x IN acc]) AS used
    ORDER BY maxPct DESC, supplier
    RETURN collect({supplier: supplier, minPct: minPct, maxPct: maxPct, chains: chains,
                    figures: [x IN used | {from: startNode(x).id, type: type(x), to: endNode(x).id,
                                           sharePct: x.sharePct,
                                           evidence: {{evidence x}}}]}) AS weighted
  }
  WITH d, hops, weighted,
       reduce(acc = [], l IN supplierLists | acc + [c IN l WHERE NOT c IN acc]) AS suppliers,
       reduce(acc = [], l IN materialLists | acc + [c IN l WHERE NOT c IN acc]) AS materials,
       [x IN firstHops | x{.document, .article, .publisher, .published, .sentence, .rule, .confidence,
                           .factId}] AS evidence
  ORDER BY hops, d.name
  RETURN collect({
    dependent: d{.*, label: [l IN labels(d) WHERE l <> 'Entity'][0]},
    hops: hops,
    suppliers: suppliers,
    materials: materials,
    evidence: evidence,
    weighted: weighted}) AS exposures
}
RETURN home.code AS country, target.id AS element, exposures;
