// element-by-symbol — An element or material by chemical symbol, name or alias, in any case
// ("Dy", "dy", "dysprosium", "NdFeB magnet").
//
:param symbol => 'Dy';
//
// Returns at most one row: entity, the element's properties plus `label`; an exact symbol match wins,
// then elements before materials and groups.
{{generated}}
WITH head(COLLECT {
       {{elementLookup n $symbol}} }) AS n
WHERE n IS NOT NULL
RETURN n{.*, label: 'Element'} AS entity;
