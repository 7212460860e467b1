// The person a caller means by $ref: an id (as given, or $key derived from a name), else the name, else an alias
// ($lower is $ref in lower case); ties go to the person with more statements.
// Ids seek the uniqueness constraint's index and names the entityNames full-text index ($phrase: $lower as a Lucene
// phrase, null when it has no word), so no lookup scans every person.
CALL () {
  MATCH (p:Person) WHERE p.id IN [$ref, $key]
  RETURN p
  UNION
  WITH $phrase AS phrase WHERE phrase IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', phrase) YIELD node AS p
  WITH p WHERE p:Person AND (toLower(p.name) = $lower OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = $lower))
  RETURN p
}
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases,
       COUNT { (p)-->(:Statement) } AS statementCount, COUNT { (p)-[:MENTIONED_IN]->(:Article) } AS articleCount
ORDER BY CASE WHEN p.id IN [$ref, $key] THEN 0 WHEN toLower(p.name) = $lower THEN 1 ELSE 2 END, statementCount DESC, p.id
LIMIT 1
