// refining-abroad — Whose ore or material is sent abroad to be refined, and where ("the mined ore is still
// sent to China for refining"), with what share of refining the refiner is reported to hold.
//
// owner: the country or company whose material is refined (code, name or id; null = any);
// refiner: the country or company that refines it (null = any).
:param owner => null;
:param refiner => 'CN';
//
// Returns one row per refiner and owner: refiner and owner (names and labels), commodities [what is sent,
// where the source says], refinerSharePct (the highest refining share any source gives the refiner, null if
// none) and sources [{document, article, publisher, published, sentence, rule}] — by refiner, then owner.
{{generated}}
WITH CASE WHEN $owner IS NULL THEN null ELSE head(COLLECT {
       {{entityLookup x $owner Country Company}} }) END AS owner,
     CASE WHEN $refiner IS NULL THEN null ELSE head(COLLECT {
       {{entityLookup x $refiner Country Company}} }) END AS refiner
MATCH (f:Entity)-[r:REFINES_FOR]->(o:Entity)
WHERE ($owner IS NULL OR o = owner) AND ($refiner IS NULL OR f = refiner)
WITH f, o, r ORDER BY r.published, r.factId
WITH f, o, collect(DISTINCT r.commodity) AS commodities,
     collect(r{.document, .article, .publisher, .published, .sentence, .rule}) AS sources
RETURN f{.id, .name, label: [l IN labels(f) WHERE l <> 'Entity'][0]} AS refiner,
       o{.id, .name, label: [l IN labels(o) WHERE l <> 'Entity'][0]} AS owner,
       commodities,
       COLLECT { MATCH (f)-[x:REFINES]->(:Element) WHERE x.sharePct IS NOT NULL
                 RETURN x.sharePct ORDER BY x.sharePct DESC LIMIT 1 }[0] AS refinerSharePct,
       sources
ORDER BY refiner.name, owner.name;
