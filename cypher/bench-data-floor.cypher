// The benchmark's data floor (scripts/bench/ingestion.ts): the nodes an ingest wrote, created again with their labels
// and properties, so under the app's schema (uniqueness constraints, name and full-text indexes), and $edges
// relationships between them, in one statement with no lookups and no MERGE. What the raw floor leaves out
// (properties, indexes) is what any writer of this graph pays, idempotent or not. Edges name their ends by index.
UNWIND $nodes AS row
CREATE (n)
SET n = row.properties, n:$(row.labels)
WITH collect(n) AS created
UNWIND $edges AS edge
WITH created[toInteger(edge.from)] AS source, created[toInteger(edge.to)] AS target
CREATE (source)-[:BENCH_FLOOR]->(target)
