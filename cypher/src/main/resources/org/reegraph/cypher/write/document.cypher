// Writes one source document and its articles. Used by the loader inside the document's transaction.
// :param document => {id: 'document:001_f0591df0f6c11a40.txt', name: '001_f0591df0f6c11a40.txt', sha256: '…'}
// :param articles => [{id: 'article:…', title: '…', publisher: 'Sou Hu Cai Jing', published: date('2025-08-06'), url: null}]
MERGE (d:Document {id: $document.id})
SET d.name = $document.name, d.sha256 = $document.sha256
WITH d
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.title = row.title, a.publisher = row.publisher, a.published = row.published, a.url = row.url,
  a.document = $document.name
MERGE (d)-[:HAS_ARTICLE]->(a);
