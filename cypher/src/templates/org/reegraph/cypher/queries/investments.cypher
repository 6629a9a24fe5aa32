// investments — What a government (a country and its own bodies: ministries, agencies, the Pentagon) has
// invested in — companies, mines, programmes — how much, through which instrument, with every source.
//
// government: an ISO code, name or alias of a country (null = every investor, companies included).
:param government => 'US';
//
// Returns one row per investor and investment target: investor (name, label), target (properties plus label),
// amountsUsd [every distinct amount the sources give], stakesPct, instruments, and sources [{document,
// article, publisher, published, sentence, rule, amountUsd, instrument}] — the largest amount first.
{{generated}}
WITH CASE WHEN $government IS NULL THEN null ELSE head(COLLECT {
       {{countryLookup c $government}} }) END AS country
MATCH (i:Entity)-[r:INVESTS_IN]->(t:Entity)
WHERE $government IS NULL OR i = country OR (i:Organization AND i.country = country.code)
WITH i, t, r ORDER BY r.amountUsd DESC, r.published, r.factId
WITH i, t, collect(DISTINCT r.amountUsd) AS amountsUsd, collect(DISTINCT r.stakePct) AS stakesPct,
     collect(DISTINCT r.instrument) AS instruments,
     collect(r{.document, .article, .publisher, .published, .sentence, .rule, .amountUsd, .instrument}) AS sources
RETURN i{.id, .name, label: [l IN labels(i) WHERE l <> 'Entity'][0]} AS investor,
       t{.*, label: [l IN labels(t) WHERE l <> 'Entity'][0]} AS target,
       amountsUsd, stakesPct, instruments, sources
ORDER BY coalesce(amountsUsd[0], -1) DESC, investor.name, target.name;
