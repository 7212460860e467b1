// Before an ingest: whether article $id exists, the id of another article holding the same text ($hash) if any,
// and the people and organizations linked to the article now (those left with no relationship afterwards go).
OPTIONAL MATCH (a:Article {id: $id})
OPTIONAL MATCH (same:Article {contentHash: $hash}) WHERE same.id <> $id
WITH a, same LIMIT 1
RETURN a IS NOT NULL AS exists, same.id AS sameTextId,
  CASE WHEN a IS NULL THEN [] ELSE
    COLLECT { MATCH (a)--(n:Person|Organization) RETURN elementId(n) } +
    COLLECT { MATCH (a)<-[:IN_ARTICLE]-(:Statement)--(n:Person|Organization) RETURN elementId(n) }
  END AS linkedElementIds
