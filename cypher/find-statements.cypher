// Statements, filtered by any of: full-text $q (Lucene-escaped), $act, speaker / about person (by $speakerId / $aboutId,
// or by name or alias in lower case: $speaker / $about, found through the entityNames index by the Lucene phrase
// $speakerPhrase / $aboutPhrase), outlet it was reported by ($outlet, name in lower case).
// Unset filters are null. Full-text hits come best first; otherwise by article date, article, position.
// The subquery starts from the most selective filter given (one branch runs); the WHERE below applies them all.
CALL () {
  WITH $q AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('statementText', q) YIELD node, score
  RETURN node AS s, score
  UNION
  WITH $q AS q WHERE q IS NULL AND $speakerId IS NOT NULL
  MATCH (:Person|Organization {id: $speakerId})-->(s:Statement)
  RETURN s, 0.0 AS score
  UNION
  WITH $q AS q WHERE q IS NULL AND $speakerId IS NULL AND $speaker IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', $speakerPhrase) YIELD node AS sp
  WITH sp WHERE toLower(sp.name) = $speaker OR any(alias IN coalesce(sp.aliases, []) WHERE toLower(alias) = $speaker)
  MATCH (sp)-->(s:Statement)
  RETURN s, 0.0 AS score
  UNION
  WITH $q AS q WHERE q IS NULL AND $speakerId IS NULL AND $speaker IS NULL AND $aboutId IS NOT NULL
  MATCH (s:Statement)-[:ABOUT]->(:Person {id: $aboutId})
  RETURN s, 0.0 AS score
  UNION
  WITH $q AS q WHERE q IS NULL AND $speakerId IS NULL AND $speaker IS NULL AND $aboutId IS NULL AND $about IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', $aboutPhrase) YIELD node AS p
  WITH p WHERE p:Person AND (toLower(p.name) = $about OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = $about))
  MATCH (s:Statement)-[:ABOUT]->(p)
  RETURN s, 0.0 AS score
  UNION
  WITH $q AS q WHERE q IS NULL AND $speakerId IS NULL AND $speaker IS NULL AND $aboutId IS NULL AND $about IS NULL
  MATCH (s:Statement)
  RETURN s, 0.0 AS score
}
WITH DISTINCT s, score
WHERE ($act IS NULL OR s.act = $act)
  AND ($speakerId IS NULL OR EXISTS { (:Person|Organization {id: $speakerId})-->(s) })
  AND ($speaker IS NULL OR EXISTS {
    MATCH (sp:Person|Organization)-->(s)
    WHERE toLower(sp.name) = $speaker OR any(alias IN coalesce(sp.aliases, []) WHERE toLower(alias) = $speaker)
  })
  AND ($aboutId IS NULL OR EXISTS { (s)-[:ABOUT]->(:Person {id: $aboutId}) })
  AND ($excludeSpeakerId IS NULL OR NOT EXISTS { (:Person|Organization {id: $excludeSpeakerId})-->(s) })
  AND ($about IS NULL OR EXISTS {
    MATCH (s)-[:ABOUT]->(p:Person)
    WHERE toLower(p.name) = $about OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = $about)
  })
  AND ($outlet IS NULL OR EXISTS { MATCH (s)-[:REPORTED_BY]->(o:Organization) WHERE toLower(o.name) = $outlet OR o.id = $outlet })
MATCH (s)-[:IN_ARTICLE]->(a:Article)
ORDER BY score DESC, a.publishedAt, a.id, s.start, s.id
SKIP $offset LIMIT $limit
RETURN s {
  .id, .act, .text, .direct, .start, .end, .sentence,
  speaker: head(COLLECT { MATCH (sp:Person|Organization)-->(s) RETURN sp.name }),
  speakerId: head(COLLECT { MATCH (sp:Person|Organization)-->(s) RETURN sp.id }),
  via: COLLECT { MATCH (s)-[:REPORTED_BY]->(o:Organization) RETURN o.name ORDER BY o.name },
  about: COLLECT { MATCH (s)-[:ABOUT]->(p:Person) RETURN p.name ORDER BY p.name },
  document: a {.id, .title, .url, .publishedAt, outlet: head(COLLECT { MATCH (a)-[:PUBLISHED_BY]->(o:Organization) RETURN o.name })},
  score: score
} AS statement
