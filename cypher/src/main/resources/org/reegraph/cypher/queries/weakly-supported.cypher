// weakly-supported — Entities that rest on a single article: mentioned, or party to a fact, in only one
// source. The first place to look for extraction mistakes and for claims worth a second source.
//
// label: a contract label to keep (Company, Mine, Policy …; null = all); first: the most rows.
// Reference-catalog facts (rule catalog.*) are not sources: they say what things are, not what happened.
:param label => null;
:param first => 25;
//
// Returns up to $first rows: entity (id, name, label), article (the one source's title), document, published,
// sentence (a sentence of that source naming it), facts (how many relationships it has) — fewest facts first,
// then by label and name.
MATCH (n:Entity)
WHERE $label IS NULL OR $label IN labels(n)
CALL (n) {
  CALL (n) {
    MATCH (art:Article)-[m:MENTIONS]->(n)
    RETURN art.title AS article, art.published AS published, art.document AS document, m.sentence AS sentence
    UNION
    MATCH (n)-[r]-(:Entity)
    WHERE r.article IS NOT NULL AND NOT coalesce(r.rule, '') STARTS WITH 'catalog.'
    RETURN r.article AS article, r.published AS published, r.document AS document, r.sentence AS sentence
  }
  WITH article, published, document, sentence ORDER BY document, sentence
  WITH article, published, head(collect(document)) AS document, head(collect(sentence)) AS sentence
  RETURN collect({article: article, published: published, document: document, sentence: sentence}) AS sources
}
WITH n, sources
WHERE size(sources) = 1
WITH n, sources[0] AS source, COUNT { (n)-[]-(:Entity) } AS facts
RETURN n{.id, .name, label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS entity,
       source.article AS article, source.document AS document, source.published AS published,
       source.sentence AS sentence, facts
ORDER BY facts, entity.label, entity.name
LIMIT $first;
