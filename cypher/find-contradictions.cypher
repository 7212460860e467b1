// Denials side by side with the accusations they dispute, with sources; $personId (or null) is the denier or the accuser.
MATCH (denial:Statement)-[:DISPUTES]->(accusation:Statement)
WHERE $personId IS NULL
   OR EXISTS { (:Person {id: $personId})-->(denial) }
   OR EXISTS { (:Person {id: $personId})-->(accusation) }
MATCH (denial)-[:IN_ARTICLE]->(da:Article), (accusation)-[:IN_ARTICLE]->(aa:Article)
ORDER BY da.publishedAt, da.id, denial.start, aa.publishedAt, aa.id, accusation.start
SKIP $offset LIMIT $limit
RETURN
  denial {
    .id, .act, .text, .direct, .start, .end, .sentence,
    speaker: head(COLLECT { MATCH (sp:Person|Organization)-->(denial) RETURN sp.name }),
    speakerId: head(COLLECT { MATCH (sp:Person|Organization)-->(denial) RETURN sp.id }),
    via: COLLECT { MATCH (denial)-[:REPORTED_BY]->(o:Organization) RETURN o.name ORDER BY o.name },
    about: COLLECT { MATCH (denial)-[:ABOUT]->(p:Person) RETURN p.name ORDER BY p.name },
    document: da {.id, .title, .url, .publishedAt, outlet: head(COLLECT { MATCH (da)-[:PUBLISHED_BY]->(o:Organization) RETURN o.name })}
  } AS denial,
  accusation {
    .id, .act, .text, .direct, .start, .end, .sentence,
    speaker: head(COLLECT { MATCH (sp:Person|Organization)-->(accusation) RETURN sp.name }),
    speakerId: head(COLLECT { MATCH (sp:Person|Organization)-->(accusation) RETURN sp.id }),
    via: COLLECT { MATCH (accusation)-[:REPORTED_BY]->(o:Organization) RETURN o.name ORDER BY o.name },
    about: COLLECT { MATCH (accusation)-[:ABOUT]->(p:Person) RETURN p.name ORDER BY p.name },
    document: aa {.id, .title, .url, .publishedAt, outlet: head(COLLECT { MATCH (aa)-[:PUBLISHED_BY]->(o:Organization) RETURN o.name })}
  } AS accusation
