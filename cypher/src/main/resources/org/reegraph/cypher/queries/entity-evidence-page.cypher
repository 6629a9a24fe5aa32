// entity-evidence-page — One page of the articles that mention each of a batch of entities, in the evidence field's
// order (newest article first, then by article id), bounded by keys rather than an offset: the API's
// evidenceConnection. One query per request and page, never per row.
//
// The key of a mention is its article's date (undated articles as 9999-12-31, so first, as a descending order puts
// them in the evidence field) and the article's id (an article mentions an entity once). afterAt/afterArticle keep
// only what sorts after that key, beforeAt/beforeArticle only what sorts before it (null: no bound); backward sorts
// the other way round, so LIMIT takes the last ones (the caller reverses them back). withTotal also counts every
// mention, whatever the keys (a degree count, cheap).
// afterAt/beforeAt: dates as ISO text.
:param ids => ['country:CN'];
:param afterAt => null;
:param afterArticle => null;
:param beforeAt => null;
:param beforeArticle => null;
:param backward => false;
:param first => 21;
:param withTotal => true;
//
// Returns one row per known id: id, total (null unless withTotal) and evidence [{articleId, document, article,
// publisher, published, sentence, rule, confidence}], in the order above (reversed when backward), at most $first.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (a:Article)-[m:MENTIONS]->(n)
  WITH a, m, coalesce(a.published, date('9999-12-31')) AS at
  WHERE ($afterArticle IS NULL OR at < date($afterAt) OR (at = date($afterAt) AND a.id > $afterArticle))
    AND ($beforeArticle IS NULL OR at > date($beforeAt) OR (at = date($beforeAt) AND a.id < $beforeArticle))
  WITH a, m, at ORDER BY CASE WHEN $backward THEN null ELSE at END DESC,
                         CASE WHEN $backward THEN null ELSE a.id END,
                         CASE WHEN $backward THEN at END, CASE WHEN $backward THEN a.id END DESC
  LIMIT $first
  RETURN collect({articleId: a.id, document: a.document, article: a.title, publisher: a.publisher,
                  published: a.published, sentence: m.sentence, rule: 'mention', confidence: null}) AS evidence
}
RETURN id, CASE WHEN $withTotal THEN COUNT { (:Article)-[:MENTIONS]->(n) } END AS total, evidence;
