// Writes facts: one relationship per source statement, MERGEd on its deterministic factId so re-loads
// never duplicate and disagreeing sources stay side by side. Types come from the graph contract enum.
// :param rows => [{factId: 'fact:…', type: 'EXPORTS_TO', from: 'country:CN', to: 'country:US', properties: {quantity: 353, unit: 't'}, evidence: {document: '…', article: '…', publisher: '…', published: date('2025-08-06'), sentence: '…', rule: 'exports.to', confidence: 0.85}}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {factId: row.factId}]->(b)
ON CREATE SET r += row.properties, r += row.evidence;
