// Records which article mentions which entity, with the first sentence that names it (entity evidence).
// :param rows => [{articleId: 'article:…', entityId: 'country:CN', text: 'Chinese', sentence: '…'}]
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
ON CREATE SET m.text = row.text, m.sentence = row.sentence;
