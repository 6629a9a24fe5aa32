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
{{generated}}
{{factWrites}};
