// country-by-code — A country (or the EU bloc) by ISO 3166-1 alpha-2 code, name or alias, in any case
// ("CN", "cn", "China", "中国").
//
:param code => 'CN';
//
// Returns at most one row: entity, the country's properties plus `label`; an exact code match wins.
MATCH (n:Country)
WHERE n.code = toUpper($code) OR n.nameLower = toLower($code) OR toLower($code) IN [a IN n.aliases | toLower(a)]
RETURN n{.*, label: 'Country'} AS entity
ORDER BY n.code = toUpper($code) DESC, n.id
LIMIT 1;
