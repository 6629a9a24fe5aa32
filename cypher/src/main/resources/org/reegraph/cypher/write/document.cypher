// Writes source documents and their articles. Used by the loader inside the transaction of a batch of documents.
// :param documents => [{id: 'document:001_f0591df0f6c11a40.txt', name: '001_f0591df0f6c11a40.txt', sha256: '…', articles: [{id: 'article:…', title: '…', publisher: 'Sou Hu Cai Jing', published: date('2025-08-06'), url: null}]}]
UNWIND $documents AS doc
MERGE (d:Document {id: doc.id})
SET d.name = doc.name, d.sha256 = doc.sha256
WITH d, doc
UNWIND doc.articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.title = row.title, a.publisher = row.publisher, a.published = row.published, a.url = row.url,
  a.document = doc.name
MERGE (d)-[:HAS_ARTICLE]->(a);
