/** A plain subgraph: what the export reads out of Neo4j and what every export format serialises. */

export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];

export interface GraphNode {
  /** The node's `id` property: stable across databases, unlike Neo4j's element ids. */
  id: string;
  labels: string[];
  properties: Record<string, PropertyValue>;
}

export interface GraphRelationship {
  /** `<start>-<TYPE>-><end>`: stable, and unique because ingestion merges one edge per type and pair. */
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, PropertyValue>;
}

export interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** True when the node cap cut the neighbourhood short. */
  truncated: boolean;
}

export const EXPORT_FORMATS = ['json', 'graphml', 'cypher', 'cytoscape'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function relationshipId(start: string, type: string, end: string): string {
  return `${start}-${type}->${end}`;
}

const CAPTION_LENGTH = 60;

/** The short text a viewer shows on a node: a name, a title, or the start of a statement. */
export function nodeCaption(node: GraphNode): string {
  const { name, title, shortText, text } = node.properties;
  const caption = [name, title, shortText, text].find((value): value is string => typeof value === 'string' && value !== '');
  if (caption === undefined) return node.id;
  return caption.length > CAPTION_LENGTH ? `${caption.slice(0, CAPTION_LENGTH - 1)}…` : caption;
}
