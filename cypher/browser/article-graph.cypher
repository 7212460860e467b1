// One article's graph: its statements, their speakers, whom they are about, where they were reported,
// its publisher and authors. Set the article first:  :param articleId => '002_ca187d1cd9f803a8'
MATCH (article:Article {id: $articleId})
OPTIONAL MATCH published = (article)-[:PUBLISHED_BY|WRITTEN_BY]->()
OPTIONAL MATCH said = (speaker)-[]->(statement:Statement)-[:IN_ARTICLE]->(article)
OPTIONAL MATCH around = (statement)-[:ABOUT|REPORTED_BY|TO]->()
RETURN article, published, said, around
