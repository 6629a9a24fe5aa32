// conflicts — Facts where sources disagree: two or more sources giving different figures for the same
// relationship (same ends, same type), property, unit, commodity, kind, status and period (or year, or neither
// stated): a threatened tariff rate does not contradict one in force.
// Figures for different periods are a series, not a conflict (see timeline); sources that agree are no
// conflict either. Each claim keeps its own evidence, side by side, and the answer says how far apart they are.
//
// Entity: an id (country:CN) or a name, any case; null for the whole graph.
// asOf (a date; null = every statement): only statements published on or before it count (docs/graphql.md).
:param entity => 'country:CN';
:param first => 20;
:param asOf => null;
//
// Returns one row: entity (the resolved id; null when unknown or not asked) and conflicts [{from, type,
// to, property, unit, commodity, kind, status, period, spread (largest minus smallest figure), relativeSpreadPct (spread as
// a percentage of the largest), claims: [{value, period, year, evidence}]}], the widest disagreement first.
{{generated}}
WITH head(COLLECT {
       {{entityLookup n $entity}} }) AS focus
CALL (focus) {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($entity IS NULL OR a = focus OR b = focus) AND {{asOf r}}
  UNWIND ['sharePct', 'quantity', 'valueUsd', 'amountUsd', 'ratePct', 'changePct', 'stakePct',
          'coverageMonths'] AS property
  WITH a, b, r, property, r[property] AS value
  WHERE value IS NOT NULL
  WITH a, type(r) AS type, b, property, r.unit AS unit, r.commodity AS commodity, r.kind AS kind,
       r.status AS status, coalesce(r.period, toString(r.year)) AS period, r, value ORDER BY value, r.factId
  WITH a, type, b, property, unit, commodity, kind, status, period, count(DISTINCT value) AS distinctValues,
       max(value) - min(value) AS spread, max(value) AS largest,
       collect({value: value, period: r.period, year: r.year,
                evidence: r{.document, .article, .publisher, .published, .sentence, .rule, .confidence,
                            .factId}}) AS claims
  WHERE distinctValues > 1
  WITH a, type, b, property, unit, commodity, kind, status, period, claims, spread,
       CASE WHEN largest <> 0 THEN round(100.0 * spread / abs(largest), 1) END AS relativeSpreadPct
  ORDER BY relativeSpreadPct DESC, spread DESC, a.name, type, b.name, property, period
  LIMIT $first
  RETURN collect({
    from: a{.*, label: [l IN labels(a) WHERE l <> 'Entity'][0]},
    type: type,
    to: b{.*, label: [l IN labels(b) WHERE l <> 'Entity'][0]},
    property: property,
    unit: unit,
    commodity: commodity,
    kind: kind,
    status: status,
    period: period,
    spread: spread,
    relativeSpreadPct: relativeSpreadPct,
    claims: claims}) AS conflicts
}
RETURN focus.id AS entity, conflicts;
