// entity-by-id — One entity by its stable id (e.g. country:CN, element:Dy, program:f-35).
//
:param id => 'program:f-35';
//
// Returns at most one row: entity, the node's properties plus `label` (its contract label).
MATCH (n:Entity {id: $id})
RETURN n{.*, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity;
