// The nodes with element ids in $elementIds and every relationship between two of them, as lists rather than maps
// (the driver decodes every map key as a string of its own; lists cut what a large export costs the service).
// nodes: [id, labels, properties]; relationships: [type, start id, end id, properties].
MATCH (n) WHERE elementId(n) IN $elementIds
WITH collect(n) AS nodes
RETURN
  [n IN nodes | [n.id, labels(n), properties(n)]] AS nodes,
  COLLECT {
    UNWIND nodes AS n
    MATCH (n)-[r]->(m) WHERE m IN nodes
    RETURN [type(r), n.id, m.id, properties(r)]
  } AS relationships
