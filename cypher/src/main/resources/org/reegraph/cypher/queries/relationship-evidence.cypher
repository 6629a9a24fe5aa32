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
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/relationship-evidence.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
WITH head(COLLECT {
       MATCH (x:Entity)
       WHERE x.id = $from OR x.code = toUpper($from) OR x.symbol = $from
          OR x.nameLower = toLower($from) OR toLower($from) IN [a IN x.aliases | toLower(a)]
       RETURN x ORDER BY x.id = $from DESC, x.code = toUpper($from) DESC, x.id LIMIT 1 }) AS a,
     head(COLLECT {
       MATCH (x:Entity)
       WHERE x.id = $to OR x.code = toUpper($to) OR x.symbol = $to
          OR x.nameLower = toLower($to) OR toLower($to) IN [a IN x.aliases | toLower(a)]
       RETURN x ORDER BY x.id = $to DESC, x.code = toUpper($to) DESC, x.id LIMIT 1 }) AS b
MATCH (a)-[r]->(b)
WHERE type(r) = $type
RETURN a.name AS from, b.name AS to, type(r) AS type,
       r{.commodity, .quantity, .unit, .valueUsd, .period, .changePct, .sharePct, .usdPerKg, .status, .amountUsd,
         .instrument, .stakePct, .kind, .ratePct, .year, .originCountry, .coverageMonths, .price, .currency, .form,
         .purity} AS figures,
       r.document AS document, r.article AS article, r.publisher AS publisher, r.published AS published,
       r.sentence AS sentence, r.rule AS rule, r.confidence AS confidence, r.factId AS factId
ORDER BY published DESC, factId;
