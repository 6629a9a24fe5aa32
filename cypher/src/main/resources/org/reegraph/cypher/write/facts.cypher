// Writes facts: one relationship per source statement, MERGEd on its deterministic factId so re-loads
// never duplicate and disagreeing sources stay side by side. Types come from the graph contract enum.
// One subquery per relationship type, taking that type's rows, with its type written out: Neo4j then finds an existing fact through
// the index of the type's factId uniqueness constraint (schema/constraints.cypher), whatever the graph holds; with
// a plain index Neo4j re-planned the MERGE on a grown graph as a walk over every fact between the two ends.
// A single MERGE with a dynamic type, (a)-[:$(row.type)]->(b),
// cannot use an index, and on an empty database it is planned as a scan of all relationships, a plan Neo4j
// keeps while the graph grows: the loader's write rate fell to a fraction of a bare UNWIND loop's.
// FactsStatementIT checks that every type of the contract has its branch here and its constraint, and the plan
// on an empty and on a grown graph.
// :param rows => [{factId: 'fact:…', type: 'EXPORTS_TO', from: 'country:CN', to: 'country:US', properties: {quantity: 353, unit: 't'}, evidence: {document: '…', article: '…', publisher: '…', published: date('2025-08-06'), sentence: '…', rule: 'exports.to', confidence: 0.85}}]
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/write/facts.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
CALL { UNWIND [row IN $rows WHERE row.type = 'EXPORTS_TO'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:EXPORTS_TO {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'REFINES_FOR'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:REFINES_FOR {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'INVESTS_IN'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:INVESTS_IN {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'SANCTIONS'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:SANCTIONS {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'PRODUCES'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:PRODUCES {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'REFINES'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:REFINES {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'HOLDS_RESERVES'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:HOLDS_RESERVES {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'DEPENDS_ON'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:DEPENDS_ON {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'PARTY_TO'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:PARTY_TO {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'ISSUED_BY'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:ISSUED_BY {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'COVERS'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:COVERS {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'TARGETS'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:TARGETS {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'OPERATES'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:OPERATES {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'LOCATED_IN'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:LOCATED_IN {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'ACQUIRES'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:ACQUIRES {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'SUPPLIES'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:SUPPLIES {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'DEVELOPS'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:DEVELOPS {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'CONTAINS'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:CONTAINS {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'STOCKPILES'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:STOCKPILES {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence }
CALL { UNWIND [row IN $rows WHERE row.type = 'PRICED_IN'] AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:PRICED_IN {factId: row.factId}]->(b) ON CREATE SET r += row.properties, r += row.evidence };
