// country-by-code — A country (or the EU bloc) by ISO 3166-1 alpha-2 code, name or alias, in any case
// ("CN", "cn", "China", "中国").
//
:param code => 'CN';
//
// Returns at most one row: entity, the country's properties plus `label`; an exact code match wins.
{{generated}}
WITH head(COLLECT {
       {{countryLookup n $code}} }) AS n
WHERE n IS NOT NULL
RETURN n{.*, label: 'Country'} AS entity;
