// investments — What a government (a country and its own bodies: ministries, agencies, the Pentagon) has
// invested in — companies, mines, programmes — how much, through which instrument, with every source.
//
// government: an ISO code, name or alias of a country (null = every investor, companies included).
:param government => 'US';
//
// Returns one row per investor and investment target: investor (name, label), target (properties plus label),
// amountsUsd [every distinct amount the sources give], stakesPct, instruments, and sources [{document,
// article, publisher, published, sentence, rule, amountUsd, instrument}] — the largest amount first.
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/investments.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
WITH CASE WHEN $government IS NULL THEN null ELSE head(COLLECT {
       MATCH (c:Country)
       WHERE c.code = toUpper($government) OR c.id = $government OR c.nameLower = toLower($government)
          OR toLower($government) IN [a IN c.aliases | toLower(a)]
       RETURN c ORDER BY c.code = toUpper($government) DESC, c.id LIMIT 1 }) END AS country
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
