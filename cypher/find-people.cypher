// People whose name or an alias contains $q (lower case; null lists everyone), most quoted first.
MATCH (p:Person)
WHERE $q IS NULL OR toLower(p.name) CONTAINS $q OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) CONTAINS $q)
WITH p, COUNT { (p)-->(:Statement) } AS statementCount, COUNT { (p)-[:MENTIONED_IN]->(:Article) } AS articleCount
ORDER BY statementCount DESC, p.name, p.id
SKIP $offset LIMIT $limit
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, statementCount, articleCount
