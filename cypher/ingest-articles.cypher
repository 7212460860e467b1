// Writes articles' rows (src/graph/article-graph.ts) in ONE transaction, statement by statement, in this order. Each
// statement carries the rows of every article written together (one message per statement, not per article and
// statement: sending them was what the write cost); rows name their article by articleId.
// Every write is a MERGE keyed on an id under a uniqueness constraint, so running it twice changes nothing.
// Statements tagged `// @re-ingest` only remove what an earlier ingest of the same article wrote: they run for one
// article at a time ($articleId), and are not sent when the article is new. A statement that UNWINDs an empty list
// (before any write) is not sent either: it does nothing. (src/graph/article.repository.ts)
// Parameters: $articles, $people, $organizations, $statements, $personSpeakers, $organizationSpeakers, $reportedBy,
// $about, $mentioned, $mentionedOrganizations, $authors, $publishers, $accusationActs (src/graph/article-batch.ts);
// re-ingest only: $articleId, $statementIds, $articleEdges, $statementEdges, $linkedElementIds.

// 1. The articles.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.title = row.title, a.publishedAt = row.publishedAt, a.contentHash = row.contentHash;

// 2. Organizations, one row per id; outlets and platforms also get the Outlet label. A type is kept once set, except
// 'other', which an article that knows more replaces (one article names "Acme" alone, a later one its shares).
UNWIND $organizations AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.type = row.type
FOREACH (_ IN CASE WHEN o.type = 'other' AND row.type <> 'other' THEN [1] ELSE [] END | SET o.type = row.type)
FOREACH (_ IN CASE WHEN row.outlet THEN [1] ELSE [] END | SET o:Outlet);

// 3. People: one node per id across articles, aliases gathered as a set (the first name seen stays the name). One row
// per id: a row reads the aliases that it extends. Aliases are written only when some are new: a write, even of the
// same list, updates the full-text index of names.
UNWIND $people AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = []
WITH p, coalesce(p.aliases, []) AS known, row
WITH p, known, [alias IN row.aliases + [row.name] WHERE alias <> p.name AND NOT alias IN known] AS added
WHERE size(added) > 0
SET p.aliases = known + reduce(acc = [], alias IN added | CASE WHEN alias IN acc THEN acc ELSE acc + alias END);

// 4. Statements and their provenance.
UNWIND $statements AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Statement {id: row.id})
SET s.text = row.text, s.shortText = row.shortText, s.act = row.act, s.direct = row.direct, s.start = row.start, s.end = row.end,
    s.sentence = row.sentence, s.group = row.group, s.articleId = row.articleId, s.speakerMention = row.speakerMention, s.cue = row.cue
MERGE (s)-[:IN_ARTICLE]->(a);

// 5. Speakers: the relationship type is the act, one line per act of ACTS (src/extraction/model.ts). Written out
// rather than as a dynamic type (MERGE (p)-[:$(row.act)]->(s)), which Neo4j 5.26 planned so slowly while a new graph
// grew that it took a third of the first 500 BBC articles' ingest time (BENCHMARKS.md, "Third session").
UNWIND $personSpeakers AS row
MATCH (p:Person {id: row.speakerId}), (s:Statement {id: row.statementId})
FOREACH (_ IN CASE row.act WHEN 'SAID' THEN [1] ELSE [] END | MERGE (p)-[:SAID]->(s))
FOREACH (_ IN CASE row.act WHEN 'DENIED' THEN [1] ELSE [] END | MERGE (p)-[:DENIED]->(s))
FOREACH (_ IN CASE row.act WHEN 'APOLOGIZED' THEN [1] ELSE [] END | MERGE (p)-[:APOLOGIZED]->(s))
FOREACH (_ IN CASE row.act WHEN 'ACCUSED' THEN [1] ELSE [] END | MERGE (p)-[:ACCUSED]->(s))
FOREACH (_ IN CASE row.act WHEN 'DEFENDED' THEN [1] ELSE [] END | MERGE (p)-[:DEFENDED]->(s))
FOREACH (_ IN CASE row.act WHEN 'CLAIMED' THEN [1] ELSE [] END | MERGE (p)-[:CLAIMED]->(s))
FOREACH (_ IN CASE row.act WHEN 'CONFIRMED' THEN [1] ELSE [] END | MERGE (p)-[:CONFIRMED]->(s))
FOREACH (_ IN CASE row.act WHEN 'ADMITTED' THEN [1] ELSE [] END | MERGE (p)-[:ADMITTED]->(s))
FOREACH (_ IN CASE row.act WHEN 'CRITICIZED' THEN [1] ELSE [] END | MERGE (p)-[:CRITICIZED]->(s))
FOREACH (_ IN CASE row.act WHEN 'PRAISED' THEN [1] ELSE [] END | MERGE (p)-[:PRAISED]->(s))
FOREACH (_ IN CASE row.act WHEN 'WARNED' THEN [1] ELSE [] END | MERGE (p)-[:WARNED]->(s))
FOREACH (_ IN CASE row.act WHEN 'PROMISED' THEN [1] ELSE [] END | MERGE (p)-[:PROMISED]->(s))
FOREACH (_ IN CASE row.act WHEN 'ASKED' THEN [1] ELSE [] END | MERGE (p)-[:ASKED]->(s))
FOREACH (_ IN CASE row.act WHEN 'BELIEVED' THEN [1] ELSE [] END | MERGE (p)-[:BELIEVED]->(s));

UNWIND $organizationSpeakers AS row
MATCH (o:Organization {id: row.speakerId}), (s:Statement {id: row.statementId})
FOREACH (_ IN CASE row.act WHEN 'SAID' THEN [1] ELSE [] END | MERGE (o)-[:SAID]->(s))
FOREACH (_ IN CASE row.act WHEN 'DENIED' THEN [1] ELSE [] END | MERGE (o)-[:DENIED]->(s))
FOREACH (_ IN CASE row.act WHEN 'APOLOGIZED' THEN [1] ELSE [] END | MERGE (o)-[:APOLOGIZED]->(s))
FOREACH (_ IN CASE row.act WHEN 'ACCUSED' THEN [1] ELSE [] END | MERGE (o)-[:ACCUSED]->(s))
FOREACH (_ IN CASE row.act WHEN 'DEFENDED' THEN [1] ELSE [] END | MERGE (o)-[:DEFENDED]->(s))
FOREACH (_ IN CASE row.act WHEN 'CLAIMED' THEN [1] ELSE [] END | MERGE (o)-[:CLAIMED]->(s))
FOREACH (_ IN CASE row.act WHEN 'CONFIRMED' THEN [1] ELSE [] END | MERGE (o)-[:CONFIRMED]->(s))
FOREACH (_ IN CASE row.act WHEN 'ADMITTED' THEN [1] ELSE [] END | MERGE (o)-[:ADMITTED]->(s))
FOREACH (_ IN CASE row.act WHEN 'CRITICIZED' THEN [1] ELSE [] END | MERGE (o)-[:CRITICIZED]->(s))
FOREACH (_ IN CASE row.act WHEN 'PRAISED' THEN [1] ELSE [] END | MERGE (o)-[:PRAISED]->(s))
FOREACH (_ IN CASE row.act WHEN 'WARNED' THEN [1] ELSE [] END | MERGE (o)-[:WARNED]->(s))
FOREACH (_ IN CASE row.act WHEN 'PROMISED' THEN [1] ELSE [] END | MERGE (o)-[:PROMISED]->(s))
FOREACH (_ IN CASE row.act WHEN 'ASKED' THEN [1] ELSE [] END | MERGE (o)-[:ASKED]->(s))
FOREACH (_ IN CASE row.act WHEN 'BELIEVED' THEN [1] ELSE [] END | MERGE (o)-[:BELIEVED]->(s));

// 6. Where each statement was said or reported, and whom it is about.
UNWIND $reportedBy AS row
MATCH (s:Statement {id: row.statementId}), (o:Organization {id: row.targetId})
MERGE (s)-[:REPORTED_BY]->(o);

UNWIND $about AS row
MATCH (s:Statement {id: row.statementId}), (p:Person {id: row.targetId})
MERGE (s)-[:ABOUT]->(p);

// 7. Each article's people, organizations and publisher.
UNWIND $mentioned AS row
MATCH (p:Person {id: row.targetId}), (a:Article {id: row.articleId})
MERGE (p)-[:MENTIONED_IN]->(a);

UNWIND $mentionedOrganizations AS row
MATCH (o:Organization {id: row.targetId}), (a:Article {id: row.articleId})
MERGE (o)-[:MENTIONED_IN]->(a);

UNWIND $authors AS row
MATCH (a:Article {id: row.articleId}), (p:Person {id: row.targetId})
MERGE (a)-[:WRITTEN_BY]->(p);

UNWIND $publishers AS row
MATCH (a:Article {id: row.articleId}), (o:Organization {id: row.targetId})
MERGE (a)-[:PUBLISHED_BY]->(o);

// 8. What an earlier ingest of this article wrote and this one does not: statements, then edges.
// @re-ingest
MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(s:Statement)
WHERE NOT s.id IN $statementIds
DETACH DELETE s;

// @re-ingest
MATCH (:Article {id: $articleId})-[r:WRITTEN_BY|PUBLISHED_BY|MENTIONED_IN]-()
WHERE NOT {start: startNode(r).id, type: type(r), end: endNode(r).id} IN $articleEdges
DELETE r;

// @re-ingest
MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(:Statement)-[r]-(:Person|Organization)
WHERE type(r) <> 'TO' AND NOT {start: startNode(r).id, type: type(r), end: endNode(r).id} IN $statementEdges
DELETE r;

// 9. Derived edges, dropped where their reason is gone, then added: an apology goes TO the people it is about;
// a denial DISPUTES the accusations about its speaker, in any article. The adding statements return one row per
// edge with the ids of the articles it links: how ArticleRepository tells each article what it created.
// @re-ingest
MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(s:Statement)-[r:TO]->(p:Person)
WHERE s.act <> 'APOLOGIZED' OR NOT (s)-[:ABOUT]->(p)
DELETE r;

UNWIND $articles AS article
MATCH (:Article {id: article.id})<-[:IN_ARTICLE]-(s:Statement {act: 'APOLOGIZED'})-[:ABOUT]->(p:Person)
WHERE NOT (p)-->(s)
WITH DISTINCT s, p
MERGE (s)-[:TO]->(p)
RETURN [s.articleId] AS articleIds;

// @re-ingest
MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(:Statement)-[r:DISPUTES]-(:Statement)
WITH DISTINCT r, startNode(r) AS denial, endNode(r) AS accusation
WHERE NOT EXISTS {
  MATCH (denier:Person)-[:DENIED]->(denial)
  WHERE accusation.act IN $accusationActs AND (accusation)-[:ABOUT]->(denier) AND NOT (denier)-->(accusation)
}
DELETE r;

UNWIND $articles AS article
MATCH (:Article {id: article.id})<-[:IN_ARTICLE]-(s:Statement)
WHERE s.act = 'DENIED' OR s.act IN $accusationActs
CALL (s) {
  MATCH (denier:Person)-[:DENIED]->(s)
  MATCH (denier)<-[:ABOUT]-(accusation:Statement)
  WHERE accusation.act IN $accusationActs AND NOT (denier)-->(accusation)
  RETURN s AS denial, accusation
  UNION
  MATCH (s)-[:ABOUT]->(denier:Person)-[:DENIED]->(denial:Statement)
  WHERE s.act IN $accusationActs AND NOT (denier)-->(s)
  RETURN denial, s AS accusation
}
WITH DISTINCT denial, accusation
MERGE (denial)-[:DISPUTES]->(accusation)
RETURN [denial.articleId, accusation.articleId] AS articleIds;

// 10. People and organizations this article linked before (by element id) that nothing links any more.
// @re-ingest
MATCH (n) WHERE elementId(n) IN $linkedElementIds AND NOT (n)--()
DELETE n;
