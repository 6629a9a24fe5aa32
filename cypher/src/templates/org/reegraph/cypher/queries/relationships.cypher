// relationships — For a batch of entities, their relationships of one type in one direction, each with
// the entity at the other end, the fact's properties and its evidence: one row per source statement, so
// disagreeing sources appear side by side. Used by the API's DataLoader: one query per field per request.
// The type comes from the graph contract (never from user text) and is compared, not spliced in: one branch
// per type and direction, with the type written out, and only the branch $type and $outgoing name runs. So Neo4j
// reads only that type's relationships of a dense node (a hub country has tens of thousands of others); a
// pattern with a dynamic type, (n)-[r:$($type)]->(m), is run in Neo4j 5.26 as an expand over every
// relationship of the node, filtered afterwards. RelationshipsStatementIT checks every contract type has both.
// asOf: a date; only statements published on or before it count (null = all; docs/graphql.md).
// where: fact properties the relationships must have, e.g. {period: '2025-06'} (text compared in any case), or null;
// the API takes the keys from the contract's properties of the type. extra: [key, value] pairs of properties the
// contract names for no type.
// Newest first; among facts of the same date, by factId (a tie-break on the other entity's name made Neo4j read
// the name of every entity at the other end, 874 for a big supplier, to return 20). For the same reason the other
// end's label is not checked: the loader writes facts only between :Entity nodes (write/facts.cypher).
// Keyset pages (the API's connection fields): the sort key is (published, newest first, undated counting as
// 9999-12-31, so first as before; factId, unique per type). afterAt/afterFactId keep only what sorts after that
// key, beforeAt/beforeFactId only what sorts before it (null: no bound); backward sorts the other way round, so
// LIMIT takes the last ones (the caller reverses them back). The list fields leave these null. The count of all
// that pass the filters (a connection's totalCount) is relationship-count.cypher: a second read, made only when
// asked, so this statement (planned again whenever Neo4j's statistics move) stays small.
// afterAt/beforeAt: dates as ISO text or dates.
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
:param afterAt => null;
:param afterFactId => null;
:param beforeAt => null;
:param beforeFactId => null;
:param backward => false;
//
// Returns one row per known id: id and relations [{type, outgoing, other, properties, extra, evidence}],
// newest evidence first (then by factId; the other way round when backward), $offset skipped, at most $first each.
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
  WITH r, m, coalesce(r.published, date('9999-12-31')) AS at
  WHERE ($afterFactId IS NULL OR at < date($afterAt) OR (at = date($afterAt) AND r.factId > $afterFactId))
    AND ($beforeFactId IS NULL OR at > date($beforeAt) OR (at = date($beforeAt) AND r.factId < $beforeFactId))
  WITH r, m, at ORDER BY CASE WHEN $backward THEN null ELSE at END DESC,
                         CASE WHEN $backward THEN null ELSE r.factId END,
                         CASE WHEN $backward THEN at END, CASE WHEN $backward THEN r.factId END DESC
  SKIP $offset
  LIMIT $first
  RETURN collect({
    type: type(r),
    outgoing: $outgoing,
    other: m{.*, label: [l IN labels(m) WHERE l <> 'Entity'][0]},
    properties: {{factProperties r}},
    extra: [k IN keys(r) WHERE NOT k IN {{knownKeys}} | [k, r[k]]],
    evidence: {{evidence r}}
  }) AS relations
}
RETURN id, relations;
