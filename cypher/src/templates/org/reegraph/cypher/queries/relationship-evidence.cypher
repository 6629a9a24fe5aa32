// relationship-evidence — Every source statement behind one relationship: "China EXPORTS_TO the United
// States — who says so, when, in which sentence, with which figures?"
//
// from, to: an id (country:CN), ISO code or name, any case; type: a relationship type of the graph contract
// (compared, never spliced into the query).
:param from => 'country:CN';
:param type => 'EXPORTS_TO';
:param to => 'country:US';
//
// Returns one row per source statement: from, to (names), type, figures (the statement's own properties:
// quantity, unit, valueUsd, sharePct, period …), document, article, publisher, published, sentence, rule,
// confidence, factId — newest first.
{{generated}}
WITH head(COLLECT {
       {{entityLookup x $from}} }) AS a,
     head(COLLECT {
       {{entityLookup x $to}} }) AS b
MATCH (a)-[r]->(b)
WHERE type(r) = $type
RETURN a.name AS from, b.name AS to, type(r) AS type,
       {{factProperties r}} AS figures,
       r.document AS document, r.article AS article, r.publisher AS publisher, r.published AS published,
       r.sentence AS sentence, r.rule AS rule, r.confidence AS confidence, r.factId AS factId
ORDER BY published DESC, factId;
