// Accusations and the denials that answer them (DISPUTES), with who made each and the articles they are in.
MATCH dispute = (denier:Person)-[:DENIED]->(denial:Statement)-[:DISPUTES]->(accusation:Statement)
OPTIONAL MATCH accused = (accuser)-[:ACCUSED|CLAIMED]->(accusation)
OPTIONAL MATCH denialSource = (denial)-[:IN_ARTICLE]->(:Article)
OPTIONAL MATCH accusationSource = (accusation)-[:IN_ARTICLE]->(:Article)
RETURN dispute, accused, denialSource, accusationSource
LIMIT 100
