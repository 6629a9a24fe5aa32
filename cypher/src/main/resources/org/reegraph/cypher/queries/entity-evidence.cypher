// entity-evidence — For a batch of entities, the articles that mention them and the sentence that does
// (the evidence that the entity exists). Used by the API's DataLoader: one query per request, never per row.
//
:param ids => ['program:f-35', 'element:Dy'];
:param first => 20;
//
// Returns one row per known id: id and evidence [{document, article, publisher, published, sentence,
// rule, confidence}], newest article first, at most $first each.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (a:Article)-[m:MENTIONS]->(n)
  WITH a, m ORDER BY a.published DESC, a.id
  LIMIT $first
  RETURN collect({document: a.document, article: a.title, publisher: a.publisher, published: a.published,
                  sentence: m.sentence, rule: 'mention', confidence: null}) AS evidence
}
RETURN id, evidence;
