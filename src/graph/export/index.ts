import { toCypherScript } from './cypher-script';
import { toCytoscape } from './cytoscape';
import { toGraphml } from './graphml';
import { ExportFormat, Subgraph } from './subgraph';

export * from './subgraph';
export { toCypherScript, cypherString, cypherName, cypherValue } from './cypher-script';
export { toCytoscape } from './cytoscape';
export { toGraphml, escapeXml } from './graphml';

export interface SerialisedSubgraph {
  contentType: string;
  /** File extension for downloads. */
  extension: string;
  body: string;
}

/** One subgraph in one of the export formats, with the content type to send it as. */
export function serialiseSubgraph(subgraph: Subgraph, format: ExportFormat): SerialisedSubgraph {
  switch (format) {
    case 'json':
      return { contentType: 'application/json', extension: 'json', body: JSON.stringify(subgraph) };
    case 'graphml':
      return { contentType: 'application/graphml+xml', extension: 'graphml', body: toGraphml(subgraph) };
    case 'cypher':
      return { contentType: 'application/x-cypher-query', extension: 'cypher', body: toCypherScript(subgraph) };
    case 'cytoscape':
      return { contentType: 'application/json', extension: 'cytoscape.json', body: JSON.stringify(toCytoscape(subgraph)) };
  }
}
