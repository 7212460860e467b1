// The nodes with element ids in $elementIds and every relationship between two of them.
MATCH (n) WHERE elementId(n) IN $elementIds
WITH collect(n) AS nodes
RETURN
  [n IN nodes | {id: n.id, labels: labels(n), properties: properties(n)}] AS nodes,
  COLLECT {
    UNWIND nodes AS n
    MATCH (n)-[r]->(m) WHERE m IN nodes
    RETURN {type: type(r), start: n.id, end: m.id, properties: properties(r)}
  } AS relationships
