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
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/relationship-tree.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    MATCH (n)-[r:EXPORTS_TO]->(m) WHERE $type = 'EXPORTS_TO' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:EXPORTS_TO]-(m) WHERE $type = 'EXPORTS_TO' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:REFINES_FOR]->(m) WHERE $type = 'REFINES_FOR' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:REFINES_FOR]-(m) WHERE $type = 'REFINES_FOR' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:INVESTS_IN]->(m) WHERE $type = 'INVESTS_IN' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:INVESTS_IN]-(m) WHERE $type = 'INVESTS_IN' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:SANCTIONS]->(m) WHERE $type = 'SANCTIONS' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:SANCTIONS]-(m) WHERE $type = 'SANCTIONS' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:PRODUCES]->(m) WHERE $type = 'PRODUCES' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:PRODUCES]-(m) WHERE $type = 'PRODUCES' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:REFINES]->(m) WHERE $type = 'REFINES' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:REFINES]-(m) WHERE $type = 'REFINES' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:HOLDS_RESERVES]->(m) WHERE $type = 'HOLDS_RESERVES' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:HOLDS_RESERVES]-(m) WHERE $type = 'HOLDS_RESERVES' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:DEPENDS_ON]->(m) WHERE $type = 'DEPENDS_ON' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:DEPENDS_ON]-(m) WHERE $type = 'DEPENDS_ON' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:PARTY_TO]->(m) WHERE $type = 'PARTY_TO' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:PARTY_TO]-(m) WHERE $type = 'PARTY_TO' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:ISSUED_BY]->(m) WHERE $type = 'ISSUED_BY' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:ISSUED_BY]-(m) WHERE $type = 'ISSUED_BY' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:COVERS]->(m) WHERE $type = 'COVERS' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:COVERS]-(m) WHERE $type = 'COVERS' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:TARGETS]->(m) WHERE $type = 'TARGETS' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:TARGETS]-(m) WHERE $type = 'TARGETS' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:OPERATES]->(m) WHERE $type = 'OPERATES' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:OPERATES]-(m) WHERE $type = 'OPERATES' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:LOCATED_IN]->(m) WHERE $type = 'LOCATED_IN' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:LOCATED_IN]-(m) WHERE $type = 'LOCATED_IN' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:ACQUIRES]->(m) WHERE $type = 'ACQUIRES' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:ACQUIRES]-(m) WHERE $type = 'ACQUIRES' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:SUPPLIES]->(m) WHERE $type = 'SUPPLIES' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:SUPPLIES]-(m) WHERE $type = 'SUPPLIES' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:DEVELOPS]->(m) WHERE $type = 'DEVELOPS' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:DEVELOPS]-(m) WHERE $type = 'DEVELOPS' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:CONTAINS]->(m) WHERE $type = 'CONTAINS' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:CONTAINS]-(m) WHERE $type = 'CONTAINS' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:STOCKPILES]->(m) WHERE $type = 'STOCKPILES' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:STOCKPILES]-(m) WHERE $type = 'STOCKPILES' AND NOT $outgoing RETURN r, m
    UNION ALL
    MATCH (n)-[r:PRICED_IN]->(m) WHERE $type = 'PRICED_IN' AND $outgoing RETURN r, m
    UNION ALL
    MATCH (n)<-[r:PRICED_IN]-(m) WHERE $type = 'PRICED_IN' AND NOT $outgoing RETURN r, m
  }
  WITH r, m
  WHERE ($otherId IS NULL OR m.id = $otherId) AND ($otherLabel IS NULL OR $otherLabel IN labels(m))
    AND ($where IS NULL OR all(k IN keys($where)
         WHERE r[k] = $where[k] OR toLower(toString(r[k])) = toLower(toString($where[k]))))
    AND ($asOf IS NULL OR r.published <= date($asOf) OR (r.published IS NULL AND r.rule STARTS WITH 'catalog.'))
  WITH r, m ORDER BY r.published DESC, r.factId
  SKIP $offset
  LIMIT $first
  RETURN collect({
    type: type(r),
    outgoing: $outgoing,
    other: m{.*, label: [l IN labels(m) WHERE l <> 'Entity'][0]},
    properties: r{.commodity, .quantity, .unit, .valueUsd, .period, .changePct, .sharePct, .usdPerKg, .status,
                  .amountUsd, .instrument, .stakePct, .kind, .ratePct, .year, .originCountry, .coverageMonths, .price,
                  .currency, .form, .purity},
    extra: [k IN keys(r) WHERE NOT k IN ['commodity', 'quantity', 'unit', 'valueUsd', 'period', 'changePct',
                                         'sharePct', 'usdPerKg', 'status', 'amountUsd', 'instrument', 'stakePct',
                                         'kind', 'ratePct', 'year', 'originCountry', 'coverageMonths', 'price',
                                         'currency', 'form', 'purity', 'document', 'article', 'publisher',
                                         'published', 'sentence', 'rule', 'confidence', 'factId'] | [k, r[k]]],
    evidence: r{.document, .article, .publisher, .published, .sentence, .rule, .confidence, .factId}
  }) AS relations,
  collect(DISTINCT CASE WHEN any(l IN labels(m) WHERE l IN $nestedLabels) THEN m END) AS others
}
CALL (others) {
  CALL (others) {
    WITH others WHERE $nestedType = 'EXPORTS_TO' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:EXPORTS_TO]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'EXPORTS_TO' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:EXPORTS_TO]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'REFINES_FOR' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:REFINES_FOR]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'REFINES_FOR' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:REFINES_FOR]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'INVESTS_IN' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:INVESTS_IN]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'INVESTS_IN' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:INVESTS_IN]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'SANCTIONS' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:SANCTIONS]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'SANCTIONS' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:SANCTIONS]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'PRODUCES' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:PRODUCES]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'PRODUCES' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:PRODUCES]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'REFINES' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:REFINES]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'REFINES' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:REFINES]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'HOLDS_RESERVES' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:HOLDS_RESERVES]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'HOLDS_RESERVES' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:HOLDS_RESERVES]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'DEPENDS_ON' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:DEPENDS_ON]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'DEPENDS_ON' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:DEPENDS_ON]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'PARTY_TO' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:PARTY_TO]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'PARTY_TO' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:PARTY_TO]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'ISSUED_BY' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:ISSUED_BY]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'ISSUED_BY' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:ISSUED_BY]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'COVERS' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:COVERS]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'COVERS' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:COVERS]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'TARGETS' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:TARGETS]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'TARGETS' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:TARGETS]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'OPERATES' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:OPERATES]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'OPERATES' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:OPERATES]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'LOCATED_IN' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:LOCATED_IN]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'LOCATED_IN' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:LOCATED_IN]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'ACQUIRES' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:ACQUIRES]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'ACQUIRES' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:ACQUIRES]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'SUPPLIES' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:SUPPLIES]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'SUPPLIES' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:SUPPLIES]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'DEVELOPS' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:DEVELOPS]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'DEVELOPS' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:DEVELOPS]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'CONTAINS' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:CONTAINS]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'CONTAINS' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:CONTAINS]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'STOCKPILES' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:STOCKPILES]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'STOCKPILES' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:STOCKPILES]-(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'PRICED_IN' AND $nestedOutgoing
    UNWIND others AS o MATCH (o)-[r:PRICED_IN]->(m) RETURN o, r, m
    UNION ALL
    WITH others WHERE $nestedType = 'PRICED_IN' AND NOT $nestedOutgoing
    UNWIND others AS o MATCH (o)<-[r:PRICED_IN]-(m) RETURN o, r, m
  }
  WITH o, r, m
  WHERE ($nestedOtherId IS NULL OR m.id = $nestedOtherId)
    AND ($nestedOtherLabel IS NULL OR $nestedOtherLabel IN labels(m))
    AND ($nestedWhere IS NULL OR all(k IN keys($nestedWhere)
         WHERE r[k] = $nestedWhere[k] OR toLower(toString(r[k])) = toLower(toString($nestedWhere[k]))))
    AND ($nestedAsOf IS NULL OR r.published <= date($nestedAsOf) OR (r.published IS NULL AND r.rule STARTS WITH 'catalog.'))
  WITH o, r, m ORDER BY r.published DESC, r.factId
  WITH o, collect({r: r, m: m})[$nestedOffset..$nestedOffset + $nestedFirst] AS page
  UNWIND page AS x
  WITH o, x.r AS r, x.m AS m
  WITH o, collect({
    type: type(r),
    outgoing: $nestedOutgoing,
    other: m{.*, label: [l IN labels(m) WHERE l <> 'Entity'][0]},
    properties: r{.commodity, .quantity, .unit, .valueUsd, .period, .changePct, .sharePct, .usdPerKg, .status,
                  .amountUsd, .instrument, .stakePct, .kind, .ratePct, .year, .originCountry, .coverageMonths, .price,
                  .currency, .form, .purity},
    extra: [k IN keys(r) WHERE NOT k IN ['commodity', 'quantity', 'unit', 'valueUsd', 'period', 'changePct',
                                         'sharePct', 'usdPerKg', 'status', 'amountUsd', 'instrument', 'stakePct',
                                         'kind', 'ratePct', 'year', 'originCountry', 'coverageMonths', 'price',
                                         'currency', 'form', 'purity', 'document', 'article', 'publisher',
                                         'published', 'sentence', 'rule', 'confidence', 'factId'] | [k, r[k]]],
    evidence: r{.document, .article, .publisher, .published, .sentence, .rule, .confidence, .factId}
  }) AS relations
  RETURN collect({id: o.id, relations: relations}) AS nested
}
RETURN id, n{.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity, relations, nested;
