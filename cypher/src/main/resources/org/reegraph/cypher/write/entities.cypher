// Writes entities: MERGE on the constrained :Entity(id), add the contract label, accumulate aliases.
// Labels come from the graph contract enum (validated by the loader), passed as a parameter — never user text.
// :param rows => [{id: 'country:CN', label: 'Country', name: 'China', aliases: ['China', '中国'], properties: {code: 'CN'}}]
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.nameLower = toLower(row.name), n.aliases = []
SET n:$(row.label)
SET n += row.properties
SET n.aliases = n.aliases + [alias IN row.aliases WHERE NOT alias IN n.aliases];
