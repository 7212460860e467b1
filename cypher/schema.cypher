// The graph's schema, asserted at every start-up by SchemaService (src/graph/schema.service.ts).
// One statement per `;`; every one is named and idempotent (IF NOT EXISTS).

CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (o:Organization) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE FULLTEXT INDEX statementText IF NOT EXISTS FOR (s:Statement) ON EACH [s.text];
// Name lookups (speaker, about, a person named in a URL) seek here instead of scanning every Person and Organization;
// no stop words, so every name with a letter or digit has a term.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Person|Organization) ON EACH [n.name, n.aliases]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
