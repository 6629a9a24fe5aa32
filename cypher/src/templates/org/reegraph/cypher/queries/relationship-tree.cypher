// relationship-tree — A relationship field and, nested in it, a relationship field of the entities at the other
// end, in one statement: for a batch of entities, their relationships of one type and direction (exactly as
// relationships.cypher answers them), and for each entity at the other end whose label is in $nestedLabels, its
// relationships of a second type and direction. The API runs it when a query nests one relationship field in
// another (entity { supplies { other { ... on Company { locatedIn } } } }): one statement instead of one per
// level. The types are compared, never spliced in: one branch per type and direction at each level, with the type
// written out, and only the branches $type/$outgoing and $nestedType/$nestedOutgoing name run (the second level's
// gates are tested once for the whole list of entities at the other end, not once per entity).
// RelationshipsStatementIT checks every contract type has both branches at both levels.
// asOf / nestedAsOf: a date; only statements published on or before it count (null = all; docs/graphql.md).
// where / nestedWhere: fact properties the relationships must have (text in any case), or null, as in
// relationships.cypher. Both levels: newest first, then by factId; one row per source statement; the other end's label is not checked
// (facts join :Entity nodes only), so the entities sorted past are never read.
//
:param ids => ['country:CN'];
:param type => 'EXPORTS_TO';
:param outgoing => true;
:param otherId => null;
:param otherLabel => null;
:param offset => 0;
:param first => 20;
:param where => null;
:param asOf => null;
:param nestedLabels => ['Country'];
:param nestedType => 'PARTY_TO';
:param nestedOutgoing => true;
:param nestedOtherId => null;
:param nestedOtherLabel => null;
:param nestedOffset => 0;
:param nestedFirst => 20;
:param nestedWhere => null;
:param nestedAsOf => null;
//
// Returns one row per known id: id, entity (its properties and label), relations [{type, outgoing, other, extra,
// properties, evidence}] as relationships.cypher returns them, and nested [{id, relations}]: for each entity at
// the other end with a label in $nestedLabels and at least one relationship of the second kind, those
// relationships ($nestedOffset skipped, at most $nestedFirst).
{{generated}}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    {{branches}}
  }
  WITH r, m
  WHERE ($otherId IS NULL OR m.id = $otherId) AND ($otherLabel IS NULL OR $otherLabel IN labels(m))
    AND ($where IS NULL OR all(k IN keys($where)
         WHERE r[k] = $where[k] OR toLower(toString(r[k])) = toLower(toString($where[k]))))
    AND {{asOf r}}
  WITH r, m ORDER BY r.published DESC, r.factId
  SKIP $offset
  LIMIT $first
  RETURN collect({
    type: type(r),
    outgoing: $outgoing,
    other: m{.*, label: [l IN labels(m) WHERE l <> 'Entity'][0]},
    properties: {{factProperties r}},
    extra: [k IN keys(r) WHERE NOT k IN {{knownKeys}} | [k, r[k]]],
    evidence: {{evidence r}}
  }) AS relations,
  collect(DISTINCT CASE WHEN any(l IN labels(m) WHERE l IN $nestedLabels) THEN m END) AS others
}
CALL (others) {
  CALL (others) {
    {{nestedBranches}}
  }
  WITH o, r, m
  WHERE ($nestedOtherId IS NULL OR m.id = $nestedOtherId)
    AND ($nestedOtherLabel IS NULL OR $nestedOtherLabel IN labels(m))
    AND ($nestedWhere IS NULL OR all(k IN keys($nestedWhere)
         WHERE r[k] = $nestedWhere[k] OR toLower(toString(r[k])) = toLower(toString($nestedWhere[k]))))
    AND {{asOf r $nestedAsOf}}
  WITH o, r, m ORDER BY r.published DESC, r.factId
  WITH o, collect({r: r, m: m})[$nestedOffset..$nestedOffset + $nestedFirst] AS page
  UNWIND page AS x
  WITH o, x.r AS r, x.m AS m
  WITH o, collect({
    type: type(r),
    outgoing: $nestedOutgoing,
    other: m{.*, label: [l IN labels(m) WHERE l <> 'Entity'][0]},
    properties: {{factProperties r}},
    extra: [k IN keys(r) WHERE NOT k IN {{knownKeys}} | [k, r[k]]],
    evidence: {{evidence r}}
  }) AS relations
  RETURN collect({id: o.id, relations: relations}) AS nested
}
RETURN id, n{.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity, relations, nested;
