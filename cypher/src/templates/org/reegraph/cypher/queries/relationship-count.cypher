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
  RETURN count(r) AS total
}
RETURN id, total;
