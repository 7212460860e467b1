/**
 * Ingestion into Neo4j without HTTP and without extraction (the articles are extracted beforehand): the app's own
 * ArticleRepository, fed enough articles at once to fill its transactions, timed per growth step; then the write
 * floor, the same numbers of nodes and relationships per article written by one raw UNWIND … CREATE per transaction of
 * as many articles as the app's transactions hold (cypher/bench-write-floor.cypher); and the data floor, the nodes the
 * ingest wrote, with their labels and properties, created again the same way (cypher/bench-data-floor.cypher).
 */
import { INestApplicationContext } from '@nestjs/common';
import { ExtractedDocument } from '../../src/extraction';
import { ArticleGraph, contentHash, toArticleGraph } from '../../src/graph/article-graph';
import { ArticleRepository, MAX_ARTICLES_PER_TRANSACTION } from '../../src/graph/article.repository';
import { loadCypher } from '../../src/graph/cypher-files';
import { GraphStoreModule } from '../../src/graph/graph-store.module';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { createGraphContext } from '../lib/graph-cli';
import { BenchArticle } from './corpus';

export interface GrowthStep {
  /** Articles in the graph once this step is done. */
  articles: number;
  /** Articles this step added. */
  added: number;
  seconds: number;
  /** Milliseconds per article added in this step: flat when the cost does not grow with the graph. */
  msPerArticle: number;
}

export interface WriteResult {
  articles: number;
  statements: number;
  nodes: number;
  relationships: number;
  seconds: number;
  growth: GrowthStep[];
}

export interface FloorResult {
  articles: number;
  nodes: number;
  relationships: number;
  transactions: number;
  seconds: number;
}

const WARM_UP_ARTICLES = 20;
/** Articles handed to the repository at once: while one transaction's worth is written, the next one gathers. */
const WRITES_IN_FLIGHT = 2 * MAX_ARTICLES_PER_TRANSACTION;
const CLEAR_BATCH = 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted';
const COUNT_GRAPH = 'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS relationships';
const READ_NODES = 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties';

/** A node as the ingest wrote it, to be written again by the data floor. */
export interface WrittenNode {
  labels: string[];
  properties: Record<string, unknown>;
}

export class BenchGraph {
  private readonly floorCypher = loadCypher('bench-write-floor');
  private readonly dataFloorCypher = loadCypher('bench-data-floor');

  private constructor(private readonly context: INestApplicationContext) {}

  /** Boots the graph repositories on NEO4J_URI / NEO4J_PASSWORD (set by the caller). */
  static async open(): Promise<BenchGraph> {
    return new BenchGraph(await createGraphContext(GraphStoreModule));
  }

  private get neo4j(): Neo4jService {
    return this.context.get(Neo4jService);
  }

  /** Deletes every node and relationship of the bench database, in batches (the schema stays). */
  async clear(): Promise<void> {
    for (;;) {
      const [{ deleted }] = await this.neo4j.write<{ deleted: number }>(CLEAR_BATCH);
      if (deleted === 0) return;
    }
  }

  async count(): Promise<{ nodes: number; relationships: number }> {
    const [counts] = await this.neo4j.read<{ nodes: number; relationships: number }>(COUNT_GRAPH);
    return counts;
  }

  /** Ingests a few articles and clears them again, so that Neo4j has planned and compiled every statement before timing. */
  async warmUp(articles: BenchArticle[], documents: ExtractedDocument[]): Promise<void> {
    const repository = this.context.get(ArticleRepository);
    const count = Math.min(WARM_UP_ARTICLES, articles.length);
    const began = process.hrtime.bigint();
    for (let i = 0; i < count; i++) await repository.ingest(toArticleGraph(documents[i], contentHash(articles[i].text)));
    await this.floor([{ nodes: 2, relationships: 2 }]);
    await this.clear();
    process.stderr.write(`bench: ingest warm-up over ${count} articles took ${(Number(process.hrtime.bigint() - began) / 1e9).toFixed(1)} s\n`);
  }

  /** Ingests the extracted articles in order, WRITES_IN_FLIGHT at a time; times each growth step. */
  async ingest(articles: BenchArticle[], documents: ExtractedDocument[], prefixes: number[], pass: string): Promise<{ result: WriteResult; perArticle: Array<{ nodes: number; relationships: number }> }> {
    const repository = this.context.get(ArticleRepository);
    const graphs: ArticleGraph[] = documents.map((document, index) => toArticleGraph(document, contentHash(articles[index].text)));
    const perArticle: Array<{ nodes: number; relationships: number }> = [];
    const growth: GrowthStep[] = [];
    let done = 0;
    const began = process.hrtime.bigint();
    for (const end of prefixes) {
      const stepBegan = process.hrtime.bigint();
      const lane = async () => {
        while (done < end) {
          const index = done++;
          const outcome = await repository.ingest(graphs[index]);
          perArticle[index] = { nodes: outcome.nodesCreated, relationships: outcome.relationshipsCreated };
        }
      };
      await Promise.all(Array.from({ length: WRITES_IN_FLIGHT }, lane));
      const seconds = Number(process.hrtime.bigint() - stepBegan) / 1e9;
      const added = end - (growth[growth.length - 1]?.articles ?? 0);
      growth.push({ articles: end, added, seconds, msPerArticle: (seconds * 1000) / added });
      process.stderr.write(`bench: write-only ingest (${pass}) ${end}/${graphs.length} articles (${((seconds * 1000) / added).toFixed(1)} ms/article in this step)\n`);
    }
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    const counts = await this.count();
    return {
      result: {
        articles: graphs.length,
        statements: graphs.reduce((sum, graph) => sum + graph.statements.length, 0),
        nodes: counts.nodes,
        relationships: counts.relationships,
        seconds,
        growth,
      },
      perArticle,
    };
  }

  /** Every node of the graph with its labels and properties (for the data floor, read before the graph is cleared). */
  async writtenNodes(): Promise<WrittenNode[]> {
    return this.neo4j.read<WrittenNode>(READ_NODES);
  }

  /**
   * Writes as many plain nodes and relationships as the ingest created, one raw transaction per
   * MAX_ARTICLES_PER_TRANSACTION articles, as the app's transactions hold when they are full.
   */
  async floor(perArticle: Array<{ nodes: number; relationships: number }>): Promise<FloorResult> {
    return this.writeFloor('write floor', this.floorCypher, perArticle, (first, count) => Array.from({ length: count }, (_, k) => ({ id: `floor-${first}-${k}` })));
  }

  /**
   * As the floor, but the nodes are `written` (the ingest's own, in the order Neo4j returned them) with their labels
   * and properties: into a cleared graph, since their ids are unique under the schema.
   */
  async dataFloor(perArticle: Array<{ nodes: number; relationships: number }>, written: WrittenNode[]): Promise<FloorResult> {
    let next = 0;
    return this.writeFloor('data floor', this.dataFloorCypher, perArticle, (_first, count) => written.slice(next, (next += count)));
  }

  private async writeFloor(
    name: string,
    cypher: string,
    perArticle: Array<{ nodes: number; relationships: number }>,
    nodesOf: (first: number, count: number) => object[],
  ): Promise<FloorResult> {
    let nodes = 0;
    let relationships = 0;
    let transactions = 0;
    const began = process.hrtime.bigint();
    for (let first = 0; first < perArticle.length; first += MAX_ARTICLES_PER_TRANSACTION) {
      const group = perArticle.slice(first, first + MAX_ARTICLES_PER_TRANSACTION);
      const nodeCount = group.reduce((sum, counts) => sum + counts.nodes, 0);
      const edgeCount = group.reduce((sum, counts) => sum + counts.relationships, 0);
      const batch = nodeCount === 0 ? [] : nodesOf(first, nodeCount);
      if (batch.length === 0) continue;
      const edges = Array.from({ length: edgeCount }, (_, k) => ({ from: k % batch.length, to: (k + 1) % batch.length }));
      await this.neo4j.writeTx((tx) => tx.run(cypher, { nodes: batch, edges }));
      nodes += batch.length;
      relationships += edges.length;
      transactions += 1;
    }
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    process.stderr.write(`bench: ${name} ${nodes} nodes, ${relationships} relationships in ${seconds.toFixed(2)} s\n`);
    return { articles: perArticle.length, nodes, relationships, transactions, seconds };
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
