import { Injectable } from '@nestjs/common';
import neo4j from 'neo4j-driver';
import { loadCypher } from './cypher-files';
import { GraphNode, GraphRelationship, PropertyValue, relationshipId, Subgraph } from './export';
import { Neo4jService } from './neo4j.service';
import { toPlain } from './to-plain';

const FIND_NODE = 'MATCH (n:Person {id: $id}) RETURN elementId(n) AS elementId';

/** Rows of cypher/subgraph-read.cypher. */
interface RawSubgraph {
  nodes: [string, string[], Record<string, PropertyValue>][];
  relationships: [string, string, string, Record<string, PropertyValue>][];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toSubgraph(raw: RawSubgraph): Omit<Subgraph, 'truncated'> {
  const plain = toPlain(raw) as RawSubgraph;
  const nodes: GraphNode[] = plain.nodes.map(([id, labels, properties]) => ({ id, labels, properties }));
  const relationships: GraphRelationship[] = plain.relationships.map(([type, start, end, properties]) => ({
    id: relationshipId(start, type, end),
    type,
    start,
    end,
    properties,
  }));
  return { nodes: nodes.sort(byId), relationships: relationships.sort(byId) };
}

/** Reads the neighbourhood of a node for export, breadth first, nearest nodes kept when the cap cuts it short. */
@Injectable()
export class SubgraphRepository {
  private readonly expandCypher = loadCypher('subgraph-expand');
  private readonly readCypher = loadCypher('subgraph-read');

  constructor(private readonly neo4j: Neo4jService) {}

  /** The queries an export waits for, for Neo4jService.planAhead. */
  get readQueries(): string[] {
    return [FIND_NODE, this.expandCypher, this.readCypher];
  }

  /**
   * Everything within `depth` hops of person `personId` (any direction), at most `maxNodes` nodes. Reused from the read
   * cache like other answers to readers: a depth-2 export of a busy person is megabytes that Neo4j and the driver
   * took most of the time to produce and decode. Shared: callers must not change it.
   */
  async aroundPerson(personId: string, depth: number, maxNodes: number): Promise<Subgraph> {
    return this.neo4j.cachedReadTx(`subgraph ${JSON.stringify([personId, depth, maxNodes])}`, async (tx) => {
      const start = await tx.run(FIND_NODE, { id: personId });
      if (start.records.length === 0) return { nodes: [], relationships: [], truncated: false };
      const seen: string[] = [start.records[0].get('elementId') as string];
      let frontier = [...seen];
      let truncated = false;
      for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop += 1) {
        const room = maxNodes - seen.length;
        const step = await tx.run(this.expandCypher, { frontier, seen, room: neo4j.int(room + 1) });
        frontier = step.records.map((record) => record.get('elementId') as string);
        if (frontier.length > room) {
          frontier = frontier.slice(0, room);
          truncated = true;
        }
        seen.push(...frontier);
      }
      const result = await tx.run(this.readCypher, { elementIds: seen });
      return { ...toSubgraph(result.records[0].toObject() as RawSubgraph), truncated };
    });
  }
}
