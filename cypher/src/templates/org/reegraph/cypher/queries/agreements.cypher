// agreements — Which agreements a country, company or organisation is party to, who the other parties are,
// what they cover (elements and materials) and what they commit to, each with its sources.
//
// party: an ISO code, name, alias or id (null = every agreement); element: a symbol or name (null = any):
// keeps agreements that cover it, a material or group containing it, or a group it belongs to.
:param party => 'US';
:param element => null;
//
// Returns one row per agreement: agreement (properties plus label: name, signedOn, valueUsd, status,
// terms), parties [names], covers [names], and sources [{document, article, publisher, published,
// sentence, rule}] (the statements that name its parties) — signed ones first, then by name.
{{generated}}
WITH CASE WHEN $party IS NULL THEN null ELSE head(COLLECT {
       {{entityLookup x $party}} }) END AS party,
     CASE WHEN $element IS NULL THEN null ELSE head(COLLECT {
       {{elementLookup e $element}} }) END AS target
MATCH (g:Agreement)
WHERE ($party IS NULL OR EXISTS { (party)-[:PARTY_TO]->(g) })
  AND ($element IS NULL OR EXISTS { (g)-[:COVERS]->(:Element)-[:CONTAINS]->{0,2}(target) }
       OR EXISTS { (g)-[:COVERS]->(:Element)<-[:CONTAINS]-{1,2}(target) })
CALL (g) {
  MATCH (p:Entity)-[r:PARTY_TO]->(g)
  WITH p, r ORDER BY r.published, r.factId
  RETURN collect(DISTINCT p.name) AS parties,
         collect(DISTINCT r{.document, .article, .publisher, .published, .sentence, .rule}) AS sources
}
RETURN g{.*, label: 'Agreement'} AS agreement, parties,
       COLLECT { MATCH (g)-[:COVERS]->(e:Element) RETURN DISTINCT e.name ORDER BY e.name } AS covers,
       sources
ORDER BY g.status = 'SIGNED' DESC, g.name;
