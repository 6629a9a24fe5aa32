// conflicts — Facts where sources disagree: the same relationship (same ends, same type) reported with
// different figures for the same property (and unit). Each claim keeps its own evidence, side by side.
//
// Entity: an id (country:CN) or a name, any case; null for the whole graph.
:param entity => 'country:CN';
:param first => 20;
//
// Returns one row: entity (the resolved id; null when unknown or not asked) and conflicts [{from, type,
// to, property, unit, claims: [{value, period, year, evidence}]}], the widest disagreement first.
{{generated}}
WITH head(COLLECT {
       {{entityLookup n $entity}} }) AS focus
CALL (focus) {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($entity IS NULL OR a = focus OR b = focus)
  UNWIND ['sharePct', 'quantity', 'valueUsd', 'amountUsd', 'ratePct', 'changePct', 'stakePct',
          'coverageMonths'] AS property
  WITH a, b, r, property, r[property] AS value
  WHERE value IS NOT NULL
  WITH a, type(r) AS type, b, property, r.unit AS unit, r, value ORDER BY value, r.factId
  WITH a, type, b, property, unit, count(DISTINCT value) AS distinctValues, max(value) - min(value) AS spread,
       collect({value: value, period: r.period, year: r.year,
                evidence: r{.document, .article, .publisher, .published, .sentence, .rule, .confidence,
                            .factId}}) AS claims
  WHERE distinctValues > 1
  ORDER BY spread DESC, a.name, type, b.name, property
  LIMIT $first
  RETURN collect({
    from: a{.*, label: [l IN labels(a) WHERE l <> 'Entity'][0]},
    type: type,
    to: b{.*, label: [l IN labels(b) WHERE l <> 'Entity'][0]},
    property: property,
    unit: unit,
    claims: claims}) AS conflicts
}
RETURN focus.id AS entity, conflicts;
