// The person a caller means by $ref: an id (as given, or $key derived from a name), else the name, else an alias
// ($lower is $ref in lower case); ties go to the person with more statements.
MATCH (p:Person)
WHERE p.id IN [$ref, $key] OR toLower(p.name) = $lower OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = $lower)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases,
       COUNT { (p)-->(:Statement) } AS statementCount, COUNT { (p)-[:MENTIONED_IN]->(:Article) } AS articleCount
ORDER BY CASE WHEN p.id IN [$ref, $key] THEN 0 WHEN toLower(p.name) = $lower THEN 1 ELSE 2 END, statementCount DESC, p.id
LIMIT 1
