// dependency-paths — Which programmes (weapon systems, products) depend on an element, through which
// chain of suppliers, materials and trade flows, and does the chain trace back to a given origin country?
//
// Walks from each programme of the requested kind/country along "depends on" edges — DEPENDS_ON and
// CONTAINS forwards, SUPPLIES, EXPORTS_TO and REFINES_FOR backwards (the supplier is the dependency) — up
// to $maxHops hops (never more than 6), ending at the element; materials and groups that CONTAIN it count.
// The walk starts at the programmes, not at the element, and steps each type in its own direction: a much
// used element or material has many dependents, but each programme has few dependencies.
// The origin holds when a hop's originCountry is the origin's code, or the origin country is on the path,
// or the origin PRODUCES or REFINES an element or material on the path, or EXPORTS one (by commodity)
// (originBasis: HOP, PATH, PRODUCER, EXPORTER — strongest first).
// A programme's country is Program.country or that of an organisation, company or country that DEVELOPS it.
// Parallel relationships (one per source statement) of the same type, direction and originCountry collapse
// into one hop carrying every source's evidence (each with its own figures); the walk itself follows only the
// lowest factId of each such group, so parallel sources do not multiply the paths it explores.
//
// Parameters (element and countries: a symbol/code or a name, any case; null = any):
:param element => 'Dy';
:param origin => 'CN';
:param programCountry => 'US';
:param programKind => 'DEFENSE';
:param maxHops => 4;
:param first => 20;
:param asOf => null;
//
// Returns one row: element (the resolved element's id, null when unknown), origin and programCountry (the
// resolved codes, null when unknown or not asked), and paths: [{program, element, origin (the asked origin,
// else the first originCountry on the hops, else null), originBasis,
// hops: [{from, type, to, properties, evidence: [...]}]}], at most $first, strongest origin basis first.
// asOf (a date, '2025-10-01'; null = every statement): only statements published on or before it count; reference
// catalog facts always count, statements of undated documents never do when asOf is given (docs/graphql.md).
{{generated}}
WITH head(COLLECT {
       {{elementLookup e $element}} }) AS target,
     head(COLLECT {
       {{countryLookup c $origin}} }) AS origin,
     head(COLLECT {
       {{countryLookup c $programCountry}} }).code AS homeCode
CALL (target, origin, homeCode) {
  // Programmes of the kind through the program_by_kind index; all of them only when no kind is asked (an OR
  // of the two in one MATCH would scan every programme either way).
  UNWIND COLLECT {
    MATCH (p:Program) WHERE p.kind = $programKind RETURN p
    UNION ALL
    UNWIND CASE WHEN $programKind IS NULL THEN [true] ELSE [] END AS everyKind
    MATCH (p:Program) RETURN p } AS p
  WITH target, origin, homeCode, p
  WHERE target IS NOT NULL
    AND ($origin IS NULL OR origin IS NOT NULL)
    AND ($programCountry IS NULL OR homeCode IS NOT NULL)
    AND ($programCountry IS NULL OR p.country = homeCode
         OR EXISTS { MATCH (d)-[:DEVELOPS]->(p) WHERE d.country = homeCode OR d.code = homeCode })
  // The walk, breadth first, for all programmes at once, one hop per block below (six blocks: the most
  // $maxHops may ask for; a block past $maxHops walks nothing). Every step goes in its own direction (Neo4j
  // then reads only those relationships of a node, not its thousands of dependents). A trail is {ns, rels};
  // `front` holds the trails of the last hop: those at the element stop, the others grow by one hop. Trails
  // that end at the same node share one expansion of it (programmes share most of their suppliers), and of
  // parallel facts (same type, direction, originCountry) a step follows the lowest factId only. A node
  // appears once per trail. The hops are written out because Cypher has no loop that may aggregate: inside
  // reduce(), a subquery cannot collect(), and without grouping every trail would expand its end again.
  WITH target, origin, homeCode, collect({ns: [p], rels: []}) AS front
  WITH target, origin, homeCode, front, [] AS trails
  CALL (front, target) {
    UNWIND CASE WHEN $maxHops >= 1 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE a <> target
    WITH a, collect(t) AS ts
    CALL (a) {
      CALL (a) {
        MATCH (a)-[r:DEPENDS_ON|CONTAINS]->(b) WHERE {{asOf r}} RETURN r, b
        UNION ALL
        MATCH (a)<-[r:SUPPLIES|EXPORTS_TO|REFINES_FOR]-(b) WHERE {{asOf r}} RETURN r, b }
      WITH r, b, type(r) AS rt, coalesce(r.originCountry, '') AS oc ORDER BY r.factId
      WITH b, rt, oc, head(collect(r)) AS r
      RETURN b, r }
    UNWIND ts AS t
    WITH t, b, r WHERE NOT b IN t.ns
    RETURN collect({ns: t.ns + b, rels: t.rels + r}) AS next }
  WITH target, origin, homeCode, trails + next AS trails, next AS front
  CALL (front, target) {
    UNWIND CASE WHEN $maxHops >= 2 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE a <> target
    WITH a, collect(t) AS ts
    CALL (a) {
      CALL (a) {
        MATCH (a)-[r:DEPENDS_ON|CONTAINS]->(b) WHERE {{asOf r}} RETURN r, b
        UNION ALL
        MATCH (a)<-[r:SUPPLIES|EXPORTS_TO|REFINES_FOR]-(b) WHERE {{asOf r}} RETURN r, b }
      WITH r, b, type(r) AS rt, coalesce(r.originCountry, '') AS oc ORDER BY r.factId
      WITH b, rt, oc, head(collect(r)) AS r
      RETURN b, r }
    UNWIND ts AS t
    WITH t, b, r WHERE NOT b IN t.ns
    RETURN collect({ns: t.ns + b, rels: t.rels + r}) AS next }
  WITH target, origin, homeCode, trails + next AS trails, next AS front
  CALL (front, target) {
    UNWIND CASE WHEN $maxHops >= 3 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE a <> target
    WITH a, collect(t) AS ts
    CALL (a) {
      CALL (a) {
        MATCH (a)-[r:DEPENDS_ON|CONTAINS]->(b) WHERE {{asOf r}} RETURN r, b
        UNION ALL
        MATCH (a)<-[r:SUPPLIES|EXPORTS_TO|REFINES_FOR]-(b) WHERE {{asOf r}} RETURN r, b }
      WITH r, b, type(r) AS rt, coalesce(r.originCountry, '') AS oc ORDER BY r.factId
      WITH b, rt, oc, head(collect(r)) AS r
      RETURN b, r }
    UNWIND ts AS t
    WITH t, b, r WHERE NOT b IN t.ns
    RETURN collect({ns: t.ns + b, rels: t.rels + r}) AS next }
  WITH target, origin, homeCode, trails + next AS trails, next AS front
  CALL (front, target) {
    UNWIND CASE WHEN $maxHops >= 4 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE a <> target
    WITH a, collect(t) AS ts
    CALL (a) {
      CALL (a) {
        MATCH (a)-[r:DEPENDS_ON|CONTAINS]->(b) WHERE {{asOf r}} RETURN r, b
        UNION ALL
        MATCH (a)<-[r:SUPPLIES|EXPORTS_TO|REFINES_FOR]-(b) WHERE {{asOf r}} RETURN r, b }
      WITH r, b, type(r) AS rt, coalesce(r.originCountry, '') AS oc ORDER BY r.factId
      WITH b, rt, oc, head(collect(r)) AS r
      RETURN b, r }
    UNWIND ts AS t
    WITH t, b, r WHERE NOT b IN t.ns
    RETURN collect({ns: t.ns + b, rels: t.rels + r}) AS next }
  WITH target, origin, homeCode, trails + next AS trails, next AS front
  CALL (front, target) {
    UNWIND CASE WHEN $maxHops >= 5 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE a <> target
    WITH a, collect(t) AS ts
    CALL (a) {
      CALL (a) {
        MATCH (a)-[r:DEPENDS_ON|CONTAINS]->(b) WHERE {{asOf r}} RETURN r, b
        UNION ALL
        MATCH (a)<-[r:SUPPLIES|EXPORTS_TO|REFINES_FOR]-(b) WHERE {{asOf r}} RETURN r, b }
      WITH r, b, type(r) AS rt, coalesce(r.originCountry, '') AS oc ORDER BY r.factId
      WITH b, rt, oc, head(collect(r)) AS r
      RETURN b, r }
    UNWIND ts AS t
    WITH t, b, r WHERE NOT b IN t.ns
    RETURN collect({ns: t.ns + b, rels: t.rels + r}) AS next }
  WITH target, origin, homeCode, trails + next AS trails, next AS front
  CALL (front, target) {
    UNWIND CASE WHEN $maxHops >= 6 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE a <> target
    WITH a, collect(t) AS ts
    CALL (a) {
      CALL (a) {
        MATCH (a)-[r:DEPENDS_ON|CONTAINS]->(b) WHERE {{asOf r}} RETURN r, b
        UNION ALL
        MATCH (a)<-[r:SUPPLIES|EXPORTS_TO|REFINES_FOR]-(b) WHERE {{asOf r}} RETURN r, b }
      WITH r, b, type(r) AS rt, coalesce(r.originCountry, '') AS oc ORDER BY r.factId
      WITH b, rt, oc, head(collect(r)) AS r
      RETURN b, r }
    UNWIND ts AS t
    WITH t, b, r WHERE NOT b IN t.ns
    RETURN collect({ns: t.ns + b, rels: t.rels + r}) AS next }
  WITH target, origin, homeCode, trails + next AS trails, next AS front
  UNWIND trails AS t
  WITH target, origin, homeCode, t.ns[0] AS p, t.ns AS ns, t.rels AS rels
  WHERE last(ns) = target
  WITH p, ns, rels,
       CASE
         WHEN origin IS NULL THEN null
         WHEN any(x IN rels WHERE x.originCountry = origin.code) THEN 'HOP'
         WHEN origin IN ns THEN 'PATH'
         WHEN EXISTS { MATCH (origin)-[y:PRODUCES|REFINES]->(x:Element) WHERE x IN ns AND {{asOf y}} } THEN 'PRODUCER'
         WHEN EXISTS { MATCH (origin)-[x:EXPORTS_TO]->() WHERE x.commodity IS NOT NULL AND {{asOf x}}
                       AND any(n IN ns WHERE n:Element AND any(a IN n.aliases + [n.name]
                               WHERE toLower(x.commodity) CONTAINS toLower(a))) } THEN 'EXPORTER'
       END AS basis
  WHERE origin IS NULL OR basis IS NOT NULL
  WITH p, ns, rels, basis, [n IN ns | n.id] + [x IN rels | type(x)] AS key
  ORDER BY CASE basis WHEN 'HOP' THEN 0 WHEN 'PATH' THEN 1 WHEN 'PRODUCER' THEN 2 WHEN 'EXPORTER' THEN 3 ELSE 4 END,
           size(rels), p.name, [x IN rels | x.factId]
  WITH key, head(collect({p: p, ns: ns, rels: rels, basis: basis})) AS best
  LIMIT $first
  WITH collect(best) AS bests
  UNWIND range(0, size(bests) - 1) AS ord
  WITH ord, bests[ord] AS best
  UNWIND range(0, size(best.rels) - 1) AS i
  WITH ord, best, i, best.ns[i] AS a, best.ns[i + 1] AS b, best.rels[i] AS r
  WITH ord, best, i, a, b, r, startNode(r) AS s, endNode(r) AS e
  CALL (s, e, r) {
    MATCH (s)-[q]->(e)
    WHERE type(q) = type(r) AND coalesce(q.originCountry, '') = coalesce(r.originCountry, '') AND {{asOf q}}
    WITH q ORDER BY q.factId
    RETURN collect(q{.document, .article, .publisher, .published, .sentence, .rule, .confidence, .factId,
                     figures: {{factProperties q}}}) AS evidence
  }
  WITH ord, best, i, {
      from: a{.*, label: [l IN labels(a) WHERE l <> 'Entity'][0]},
      type: type(r),
      to: b{.*, label: [l IN labels(b) WHERE l <> 'Entity'][0]},
      forward: s = a,
      properties: {{factProperties r}},
      evidence: evidence} AS hop
  ORDER BY ord, i
  WITH ord, best, collect(hop) AS hops
  WITH ord, best, hops, best.p AS p,
       coalesce(origin.code, head([x IN best.rels WHERE x.originCountry IS NOT NULL | x.originCountry])) AS originCode
  OPTIONAL MATCH (oc:Country {code: originCode})
  WITH ord, best, hops, p, head(collect(oc)) AS oc
  ORDER BY ord
  RETURN collect({
    program: p{.*, label: 'Program'},
    element: target{.*, label: 'Element'},
    origin: oc{.*, label: 'Country'},
    originBasis: best.basis,
    hops: hops}) AS paths
}
RETURN target.id AS element, origin.code AS origin, homeCode AS programCountry, paths;
