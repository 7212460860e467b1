import { GraphNode, GraphRelationship, nodeCaption, PropertyValue, Subgraph } from './subgraph';

/**
 * GraphML for Gephi and yEd: every property gets a typed `<key>`; lists become JSON strings (GraphML has
 * no list type); node labels go in the `labels` key (":Person:Outlet"), relationship types in `type`, and
 * a `label` key on both holds the caption the viewers show.
 */

type KeyType = 'boolean' | 'long' | 'double' | 'string';
type Domain = 'node' | 'edge';

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: KeyType;
}

const RESERVED: Record<Domain, ReadonlySet<string>> = {
  node: new Set(['labels', 'label']),
  edge: new Set(['type', 'label']),
};

// XML 1.0 cannot carry these characters at all, escaped or not.
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function valueType(value: PropertyValue): KeyType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

function widen(current: KeyType | undefined, next: KeyType): KeyType {
  if (current === undefined || current === next) return next;
  const numeric = new Set<KeyType>(['long', 'double']);
  return numeric.has(current) && numeric.has(next) ? 'double' : 'string';
}

function keysFor(domain: Domain, elements: { properties: Record<string, PropertyValue> }[], prefix: string): Map<string, Key> {
  const types = new Map<string, KeyType>();
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.properties)) types.set(name, widen(types.get(name), valueType(value)));
  }
  const keys = new Map<string, Key>();
  [...types.keys()].sort().forEach((name, index) => {
    const attrName = RESERVED[domain].has(name) ? `property.${name}` : name;
    keys.set(name, { id: `${prefix}${index}`, domain, name: attrName, type: types.get(name) as KeyType });
  });
  return keys;
}

function formatValue(value: PropertyValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

function dataLines(properties: Record<string, PropertyValue>, keys: Map<string, Key>): string[] {
  return Object.entries(properties)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => {
      const key = keys.get(name) as Key;
      return `      <data key="${key.id}">${escapeXml(formatValue(value))}</data>`;
    });
}

function keyLine(key: Key): string {
  return `  <key id="${key.id}" for="${key.domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`;
}

export function toGraphml(subgraph: Subgraph): string {
  const nodeKeys = keysFor('node', subgraph.nodes, 'n_');
  const edgeKeys = keysFor('edge', subgraph.relationships, 'e_');
  const xmlId = new Map<string, string>(subgraph.nodes.map((node, index) => [node.id, `n${index}`]));

  const node = (graphNode: GraphNode): string[] => [
    `    <node id="${xmlId.get(graphNode.id)}">`,
    `      <data key="labels">${escapeXml(graphNode.labels.map((label) => `:${label}`).join(''))}</data>`,
    `      <data key="label">${escapeXml(nodeCaption(graphNode))}</data>`,
    ...dataLines(graphNode.properties, nodeKeys),
    '    </node>',
  ];
  const edge = (relationship: GraphRelationship, index: number): string[] => [
    `    <edge id="e${index}" source="${xmlId.get(relationship.start)}" target="${xmlId.get(relationship.end)}">`,
    `      <data key="type">${escapeXml(relationship.type)}</data>`,
    `      <data key="edge_label">${escapeXml(relationship.type)}</data>`,
    ...dataLines(relationship.properties, edgeKeys),
    '    </edge>',
  ];
  const connected = subgraph.relationships.filter((r) => xmlId.has(r.start) && xmlId.has(r.end));

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...[...nodeKeys.values()].map(keyLine),
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>',
    ...[...edgeKeys.values()].map(keyLine),
    `  <graph id="G" edgedefault="directed">`,
    ...subgraph.nodes.flatMap(node),
    ...connected.flatMap(edge),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
