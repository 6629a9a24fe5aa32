// disruption — What breaks if an origin stops supplying an element: which programmes lose every path to it, and
// which keep one, through whom — with the paths before and after the cut-off. Nothing is written: the scenario
// is computed, the graph is not touched.
//
// A cut-off is a pair (origin country, element), given as two aligned lists: cutOrigins[i] stops supplying
// cutElements[i] (and materials containing it). The paths are those of dependency-paths from the programmes of
// the kind and country to any cut element (same walk, same bounds: $maxHops up to 6, parallel sources followed
// once). A path is cut when a hop names the origin as originCountry (HOP), the origin is on it (PATH), or the
// path names no other supplier country and the origin produces or refines an element or material on it
// (PRODUCER: an unattributed supply is presumed to come from the producer). A programme loses when every path
// is cut; else it keeps the uncut ones, and `keptThrough` lists the supplier countries they name.
// asOf (a date; null = every statement): only statements published on or before it count (docs/graphql.md).
:param cutOrigins => ['CN'];
:param cutElements => ['Dy'];
:param programCountry => 'US';
:param programKind => 'DEFENSE';
:param asOf => null;
:param maxHops => 4;
:param first => 20;
//
// Returns one row: cuts [{askedOrigin, askedElement, origin (code, null when unknown), element (id, null when
// unknown)}], programCountry (the resolved code), and programmes [{program, loses, keptThrough: [codes],
// before: [path], after: [path]}] — losers first, at most $first, each path list at most $first — where a path
// is {hops: [{from, type, to, forward, originCountry, evidence}], cutBy: [{origin, element, basis}]}.
{{generated}}
UNWIND range(0, size($cutOrigins) - 1) AS i
WITH i, $cutOrigins[i] AS askedOrigin, $cutElements[i] AS askedElement
WITH i, askedOrigin, askedElement,
     head(COLLECT {
       MATCH (c:Country)
       WHERE c.code = toUpper(askedOrigin) OR c.id = askedOrigin OR c.nameLower = toLower(askedOrigin)
          OR toLower(askedOrigin) IN [a IN c.aliases | toLower(a)]
       RETURN c ORDER BY c.code = toUpper(askedOrigin) DESC, c.id LIMIT 1 }) AS origin,
     head(COLLECT {
       MATCH (e:Element)
       WHERE toLower(e.symbol) = toLower(askedElement) OR e.id = askedElement OR e.nameLower = toLower(askedElement)
          OR toLower(askedElement) IN [a IN e.aliases | toLower(a)]
       RETURN e ORDER BY e.symbol = askedElement DESC, e.kind = 'ELEMENT' DESC, e.id LIMIT 1 }) AS element
WITH i, askedOrigin, askedElement, origin, element,
     COLLECT { MATCH (o:Country)-[y:PRODUCES|REFINES]->(x:Element)
               WHERE o = origin AND {{asOf y}} RETURN DISTINCT x.id } AS supplied
ORDER BY i
WITH collect({askedOrigin: askedOrigin, askedElement: askedElement, origin: origin, element: element,
              supplied: supplied}) AS cuts
WITH cuts,
     head(COLLECT {
       {{countryLookup c $programCountry}} }).code AS homeCode
CALL (cuts, homeCode) {
  WITH cuts, homeCode, [c IN cuts WHERE c.origin IS NOT NULL AND c.element IS NOT NULL] AS valid
  WHERE size(cuts) > 0 AND size(valid) = size(cuts) AND ($programCountry IS NULL OR homeCode IS NOT NULL)
  WITH valid, homeCode, [c IN valid | c.element] AS targets
  UNWIND COLLECT {
    MATCH (p:Program) WHERE p.kind = $programKind RETURN p
    UNION ALL
    UNWIND CASE WHEN $programKind IS NULL THEN [true] ELSE [] END AS everyKind
    MATCH (p:Program) RETURN p } AS p
  WITH valid, targets, homeCode, p
  WHERE $programCountry IS NULL OR p.country = homeCode
     OR EXISTS { MATCH (d)-[:DEVELOPS]->(p) WHERE d.country = homeCode OR d.code = homeCode }
  // The walk of dependency-paths, towards every cut element at once.
  WITH valid, targets, collect({ns: [p], rels: []}) AS front
  WITH valid, targets, front, [] AS trails
  CALL (front, targets) {
    UNWIND CASE WHEN $maxHops >= 1 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE NOT a IN targets
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
  WITH valid, targets, trails + next AS trails, next AS front
  CALL (front, targets) {
    UNWIND CASE WHEN $maxHops >= 2 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE NOT a IN targets
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
  WITH valid, targets, trails + next AS trails, next AS front
  CALL (front, targets) {
    UNWIND CASE WHEN $maxHops >= 3 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE NOT a IN targets
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
  WITH valid, targets, trails + next AS trails, next AS front
  CALL (front, targets) {
    UNWIND CASE WHEN $maxHops >= 4 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE NOT a IN targets
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
  WITH valid, targets, trails + next AS trails, next AS front
  CALL (front, targets) {
    UNWIND CASE WHEN $maxHops >= 5 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE NOT a IN targets
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
  WITH valid, targets, trails + next AS trails, next AS front
  CALL (front, targets) {
    UNWIND CASE WHEN $maxHops >= 6 THEN front ELSE [] END AS t
    WITH t, last(t.ns) AS a WHERE NOT a IN targets
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
  WITH valid, targets, trails + next AS trails, next AS front
  UNWIND trails AS t
  WITH valid, t.ns[0] AS p, t.ns AS ns, t.rels AS rels
  WHERE last(ns) IN targets
  WITH p, ns, rels, [c IN valid WHERE c.element = last(ns)] AS applicable
  WITH p, ns, rels, applicable, [c IN applicable | c.origin.code] AS cutCodes,
       [x IN rels WHERE x.originCountry IS NOT NULL | x.originCountry] AS named
  WITH p, ns, rels, applicable, named,
       [o IN named WHERE NOT o IN cutCodes] + [n IN ns WHERE n:Country AND NOT n.code IN cutCodes | n.code] AS others
  WITH p, ns, rels, others,
       [c IN applicable | {origin: c.origin.code, element: c.element.id, basis: CASE
          WHEN c.origin.code IN named THEN 'HOP'
          WHEN c.origin IN ns THEN 'PATH'
          WHEN size(others) = 0 AND any(n IN ns WHERE n.id IN c.supplied) THEN 'PRODUCER' END}] AS tests
  WITH p, ns, rels, others, [x IN tests WHERE x.basis IS NOT NULL] AS cutBy
  ORDER BY size(rels), [x IN rels | x.factId]
  WITH p, collect({ns: ns, rels: rels, others: others, cutBy: cutBy}) AS paths
  WITH p, paths, [x IN paths WHERE size(x.cutBy) = 0] AS kept
  ORDER BY size(kept) = 0 DESC, p.name
  LIMIT $first
  WITH p, paths, kept, reduce(acc = [], x IN kept | acc + [o IN x.others WHERE NOT o IN acc]) AS keptThrough
  WITH p, keptThrough, size(kept) = 0 AS loses,
       [x IN paths[..$first] | {cutBy: x.cutBy, hops: [i IN range(0, size(x.rels) - 1) | {
          from: {id: x.ns[i].id, name: x.ns[i].name, label: [l IN labels(x.ns[i]) WHERE l <> 'Entity'][0]},
          type: type(x.rels[i]),
          to: {id: x.ns[i + 1].id, name: x.ns[i + 1].name, label: [l IN labels(x.ns[i + 1]) WHERE l <> 'Entity'][0]},
          forward: startNode(x.rels[i]) = x.ns[i],
          originCountry: x.rels[i].originCountry,
          evidence: {document: x.rels[i].document, article: x.rels[i].article, publisher: x.rels[i].publisher,
                     published: x.rels[i].published, sentence: x.rels[i].sentence, rule: x.rels[i].rule,
                     confidence: x.rels[i].confidence, factId: x.rels[i].factId}}]}] AS before
  RETURN collect({
    program: p{.*, label: 'Program'},
    loses: loses,
    keptThrough: keptThrough,
    before: before,
    after: [x IN before WHERE size(x.cutBy) = 0]}) AS programmes
}
RETURN [c IN cuts | {askedOrigin: c.askedOrigin, askedElement: c.askedElement, origin: c.origin.code,
                     element: c.element.id}] AS cuts,
       homeCode AS programCountry, programmes;
