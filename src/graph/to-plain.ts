import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON-friendly values: Integer → number (string when beyond 2^53),
 * temporal values → ISO strings, Node and Relationship → their properties, Point → {srid, x, y, z?}, Path → its nodes.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (neo4j.isPath(value)) return [value.start, ...value.segments.map((segment) => segment.end)].map(toPlain);
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return z === undefined ? { srid: toPlain(srid), x, y } : { srid: toPlain(srid), x, y, z };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Date) return value.toISOString();
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toPlain(entry)]));
}
