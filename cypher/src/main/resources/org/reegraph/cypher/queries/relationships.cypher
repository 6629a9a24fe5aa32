// relationships — For a batch of entities, their relationships of one type in one direction, each with
// the entity at the other end, the fact's properties and its evidence: one row per source statement, so
// disagreeing sources appear side by side. Used by the API's DataLoader: one query per field per request.
// The type comes from the graph contract (never from user text) and is compared, not spliced in.
//
:param ids => ['country:CN'];
:param type => 'EXPORTS_TO';
:param outgoing => true;
:param otherId => null;
:param otherLabel => null;
:param offset => 0;
:param first => 20;
//
// Returns one row per known id: id and relations [{type, outgoing, other, properties, evidence}],
// newest evidence first, $offset skipped, at most $first each.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) = $type AND (startNode(r) = n) = $outgoing
    AND ($otherId IS NULL OR m.id = $otherId)
    AND ($otherLabel IS NULL OR $otherLabel IN labels(m))
  WITH r, m ORDER BY r.published DESC, m.name, r.factId
  SKIP $offset
  LIMIT $first
  RETURN collect({
    type: type(r),
    outgoing: $outgoing,
    other: m{.*, label: [l IN labels(m) WHERE l <> 'Entity'][0]},
    properties: r{.quantity, .unit, .valueUsd, .amountUsd, .period, .sharePct, .changePct, .originCountry,
                  .status, .ratePct, .year, .commodity, .stakePct, .coverageMonths, .kind, .instrument},
    evidence: r{.document, .article, .publisher, .published, .sentence, .rule, .confidence, .factId}
  }) AS relations
}
RETURN id, relations;
