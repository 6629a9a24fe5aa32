// trade-flows — How much of a commodity went from one country (or company) to another, period by period,
// with every source's figure side by side: "exports of rare earths from China to the US fell to 46 t in May".
//
// exporter, importer: an ISO code, name, alias or id (null = any); commodity: words found in the recorded
// commodity, any case (null = any). "X imports from Y" is stored as Y EXPORTS_TO X, so both read the same.
:param exporter => 'CN';
:param importer => 'US';
:param commodity => 'rare earth';
//
// Returns one row per exporter, importer, commodity and period: exporter, importer (names), commodity, period
// ('2025-06', '2024'; null when the source gives none), unit, quantities and valuesUsd (every distinct figure
// the sources give), changesPct, and sources [{document, article, publisher, published, sentence, rule,
// confidence, factId, quantity, valueUsd}] — oldest period first, flows without a period last.
// GENERATED: edit cypher/src/templates/org/reegraph/cypher/queries/trade-flows.cypher or the graph contract
// (org.reegraph.model.RelType), then run `./mvnw -B -q -Pgenerate -pl cypher,api -am process-test-classes`.
WITH CASE WHEN $exporter IS NULL THEN null ELSE head(COLLECT {
       MATCH (x:Entity)
       WHERE (x:Country OR x:Company)
         AND (x.id = $exporter OR x.code = toUpper($exporter) OR x.symbol = $exporter
              OR x.nameLower = toLower($exporter) OR toLower($exporter) IN [a IN x.aliases | toLower(a)])
       RETURN x ORDER BY x.id = $exporter DESC, x.code = toUpper($exporter) DESC, x.id LIMIT 1 }) END AS exporter,
     CASE WHEN $importer IS NULL THEN null ELSE head(COLLECT {
       MATCH (x:Entity)
       WHERE (x:Country OR x:Company)
         AND (x.id = $importer OR x.code = toUpper($importer) OR x.symbol = $importer
              OR x.nameLower = toLower($importer) OR toLower($importer) IN [a IN x.aliases | toLower(a)])
       RETURN x ORDER BY x.id = $importer DESC, x.code = toUpper($importer) DESC, x.id LIMIT 1 }) END AS importer
MATCH (a:Entity)-[r:EXPORTS_TO]->(b:Entity)
WHERE ($exporter IS NULL OR a = exporter)
  AND ($importer IS NULL OR b = importer)
  AND ($commodity IS NULL OR toLower(coalesce(r.commodity, '')) CONTAINS toLower($commodity))
WITH a, b, r ORDER BY r.published, r.factId
WITH a, b, r.commodity AS commodity, r.period AS period,
     collect(DISTINCT r.quantity) AS quantities, head(collect(r.unit)) AS unit,
     collect(DISTINCT r.valueUsd) AS valuesUsd, collect(DISTINCT r.changePct) AS changesPct,
     collect(r{.document, .article, .publisher, .published, .sentence, .rule, .confidence, .factId,
               .quantity, .valueUsd}) AS sources
RETURN a.name AS exporter, b.name AS importer, commodity, period, unit, quantities, valuesUsd, changesPct, sources
ORDER BY period IS NULL, period, exporter, importer, commodity;
