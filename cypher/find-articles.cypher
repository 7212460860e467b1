// Before an ingest, for each of $articles ({id, contentHash, personIds, organizationIds}): whether the article exists,
// the id of another article holding the same text if any, the people and organizations linked to the article now
// (those left with no relationship afterwards go), and which of its people and organizations the graph already holds
// (what it creates is then known without asking Neo4j per article).
UNWIND $articles AS row
OPTIONAL MATCH (a:Article {id: row.id})
RETURN a IS NOT NULL AS exists,
  COLLECT { MATCH (same:Article {contentHash: row.contentHash}) WHERE same.id <> row.id RETURN same.id LIMIT 1 } AS sameTextIds,
  CASE WHEN a IS NULL THEN [] ELSE
    COLLECT { MATCH (a)--(n:Person|Organization) RETURN elementId(n) } +
    COLLECT { MATCH (a)<-[:IN_ARTICLE]-(:Statement)--(n:Person|Organization) RETURN elementId(n) }
  END AS linkedElementIds,
  COLLECT { UNWIND row.personIds AS id MATCH (:Person {id: id}) RETURN id } AS knownPeople,
  COLLECT { UNWIND row.organizationIds AS id MATCH (:Organization {id: id}) RETURN id } AS knownOrganizations
