import { nodeCaption, PropertyValue, Subgraph } from './subgraph';

/** Cytoscape.js elements: `cy.add(json.elements)` or `cytoscape({ elements })` loads them as they are. */

export interface CytoscapeElements {
  elements: {
    nodes: { data: Record<string, PropertyValue> & { id: string; label: string; labels: string[] } }[];
    edges: { data: Record<string, PropertyValue> & { id: string; source: string; target: string; label: string } }[];
  };
  truncated: boolean;
}

export function toCytoscape(subgraph: Subgraph): CytoscapeElements {
  const ids = new Set(subgraph.nodes.map((node) => node.id));
  return {
    elements: {
      nodes: subgraph.nodes.map((node) => ({
        data: { ...node.properties, id: node.id, label: nodeCaption(node), labels: node.labels },
      })),
      edges: subgraph.relationships
        .filter((relationship) => ids.has(relationship.start) && ids.has(relationship.end))
        .map((relationship) => ({
          data: {
            ...relationship.properties,
            id: relationship.id,
            source: relationship.start,
            target: relationship.end,
            label: relationship.type,
          },
        })),
    },
    truncated: subgraph.truncated,
  };
}
