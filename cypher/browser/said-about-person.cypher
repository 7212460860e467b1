// Everything said about one person: who said it, how (the act), and where it was reported.
// Set the person first:  :param name => 'Russell Simmons'
MATCH (person:Person) WHERE toLower(person.name) = toLower($name)
MATCH about = (speaker)-[act]->(statement:Statement)-[:ABOUT]->(person)
OPTIONAL MATCH reported = (statement)-[:REPORTED_BY]->(:Outlet)
RETURN about, reported
LIMIT 300
