// One breadth-first step of an export: the neighbours of the $frontier nodes (element ids) not yet $seen, at most $room.
UNWIND $frontier AS nodeElementId
MATCH (n)--(m)
WHERE elementId(n) = nodeElementId AND NOT elementId(m) IN $seen
WITH DISTINCT m
ORDER BY m.id
LIMIT $room
RETURN elementId(m) AS elementId
