// The benchmark's write floor (scripts/bench/ingestion.ts): $nodes plain nodes and $edges relationships between them,
// created with no lookups, no MERGE and no index checks, in one statement. Edges name their ends by index in $nodes.
UNWIND $nodes AS row
CREATE (n:BenchFloor {id: row.id})
WITH collect(n) AS created
UNWIND $edges AS edge
WITH created[toInteger(edge.from)] AS source, created[toInteger(edge.to)] AS target
CREATE (source)-[:BENCH_FLOOR]->(target)
