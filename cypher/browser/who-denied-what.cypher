// Who denied what, and where the denial was reported.
MATCH path = (person:Person)-[:DENIED]->(denial:Statement)
OPTIONAL MATCH reported = (denial)-[:REPORTED_BY]->(:Outlet)
RETURN path, reported
LIMIT 200
