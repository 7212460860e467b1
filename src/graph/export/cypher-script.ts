import { GraphNode, GraphRelationship, PropertyValue, Subgraph } from './subgraph';

/**
 * A Cypher script that recreates a subgraph in an empty (or any) Neo4j: one statement per line,
 * nodes merged on their `id` property, relationships merged between them. The only Cypher in the
 * project generated from data, so every name is backtick-quoted and every value escaped as a literal.
 */

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A single-quoted Cypher string literal; control characters and lone surrogates become \uXXXX escapes. */
export function cypherString(value: string): string {
  const body = value.replace(
    /[\\'\n\r\t\b\f]|[\u0000-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}

/** A backtick-quoted Cypher name (label, relationship type or property key). */
export function cypherName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

function cypherScalar(value: string | number | boolean): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} as a Cypher literal`);
  return String(value).replace('e+', 'e');
}

export function cypherValue(value: PropertyValue): string {
  if (Array.isArray(value)) return `[${(value as (string | number | boolean)[]).map(cypherScalar).join(', ')}]`;
  return cypherScalar(value);
}

function cypherMap(properties: Record<string, PropertyValue>): string {
  const entries = Object.entries(properties)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${cypherName(key)}: ${cypherValue(value)}`);
  return `{${entries.join(', ')}}`;
}

/** ":`Person`" or ":`Organization`:`Outlet`"; empty for a node without labels. */
function labelsOf(node: GraphNode): string {
  return node.labels.map((label) => `:${cypherName(label)}`).join('');
}

function nodeStatement(node: GraphNode): string {
  const { id: _id, ...rest } = node.properties;
  return `MERGE (n${labelsOf(node)} {id: ${cypherString(node.id)}}) SET n += ${cypherMap(rest)};`;
}

function relationshipStatement(relationship: GraphRelationship, labels: Map<string, string>): string {
  const start = `(a${labels.get(relationship.start)} {id: ${cypherString(relationship.start)}})`;
  const end = `(b${labels.get(relationship.end)} {id: ${cypherString(relationship.end)}})`;
  const set = Object.keys(relationship.properties).length > 0 ? ` SET r += ${cypherMap(relationship.properties)}` : '';
  return `MATCH ${start}, ${end} MERGE (a)-[r:${cypherName(relationship.type)}]->(b)${set};`;
}

export function toCypherScript(subgraph: Subgraph): string {
  const labels = new Map(subgraph.nodes.map((node) => [node.id, labelsOf(node)]));
  const connected = subgraph.relationships.filter((r) => labels.has(r.start) && labels.has(r.end));
  return [
    `// claimgraph export: ${subgraph.nodes.length} nodes, ${connected.length} relationships${subgraph.truncated ? ' (truncated)' : ''}`,
    '// Run with cypher-shell (cypher-shell -f file.cypher) or paste into Neo4j Browser; statements are idempotent.',
    ...subgraph.nodes.map(nodeStatement),
    ...connected.map((relationship) => relationshipStatement(relationship, labels)),
    '',
  ].join('\n');
}
