// relationship-count — For a batch of entities, how many relationships of one type in one direction pass the
// filters of relationships.cypher (other end, fact properties, asOf): the totalCount of the API's relationship
// connections, read only when a client selects it. One branch per type and direction, gated on $type and
// $outgoing, as in relationships.cypher, so only the asked type's relationships of a node are read.
//
:param ids => ['country:CN'];
:param type => 'EXPORTS_TO';
:param outgoing => true;
:param otherId => null;
:param otherLabel => null;
:param where => null;
:param asOf => null;
//
// Returns one row per known id: id and total.
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/relationship-count.cypher or the graph contract
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
  RETURN count(r) AS total
}
RETURN id, total;
