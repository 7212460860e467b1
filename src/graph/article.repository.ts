import { Injectable } from '@nestjs/common';
import neo4j, { ManagedTransaction } from 'neo4j-driver';
import { ArticleGraph, ingestParameters } from './article-graph';
import { loadCypher, splitTaggedStatements } from './cypher-files';
import { Neo4jService } from './neo4j.service';

/** What one article's ingest did to the graph. */
export interface IngestOutcome {
  /** The article's id in the graph: its own, or the article that already holds the same text. */
  articleId: string;
  /** created: new article; updated: it existed and something changed; unchanged: nothing changed;
   * duplicate: the same text is already stored under `articleId`, nothing was written. */
  status: 'created' | 'updated' | 'unchanged' | 'duplicate';
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

const COUNT_ARTICLES = 'MATCH (a:Article) RETURN count(a) AS count';

/** Offsets are integers in the graph; the driver would send plain JS numbers as floats. */
function withIntegerOffsets(graph: ArticleGraph): ArticleGraph {
  return {
    ...graph,
    statements: graph.statements.map((row) => ({
      ...row,
      start: neo4j.int(row.start) as unknown as number,
      end: neo4j.int(row.end) as unknown as number,
    })),
  };
}

@Injectable()
export class ArticleRepository {
  private readonly findArticle = loadCypher('find-article');
  /** Each step with the parameters it uses: sending every list to every step costs more than the step itself. */
  private readonly ingestSteps = splitTaggedStatements(loadCypher('ingest-article')).map(({ cypher, tags }) => ({
    cypher,
    names: [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((match) => match[1]))],
    reIngestOnly: tags.includes('re-ingest'),
    /** The list the step UNWINDs before it writes anything: when it is empty, the step does nothing. */
    unwound: /^(?:(?!\b(?:MERGE|CREATE|SET|DELETE|REMOVE)\b)[\s\S])*?\bUNWIND \$(\w+) AS\b/.exec(cypher)?.[1],
  }));

  constructor(private readonly neo4j: Neo4jService) {}

  /** Writes one article in one transaction; idempotent, and a text already stored under another id is not stored again. */
  ingest(graph: ArticleGraph): Promise<IngestOutcome> {
    const params = ingestParameters(withIntegerOffsets(graph));
    return this.neo4j.writeTx((tx) => this.ingestIn(tx, graph.article.id, graph.article.contentHash, params));
  }

  async countArticles(): Promise<number> {
    const [row] = await this.neo4j.read<{ count: number }>(COUNT_ARTICLES);
    return row.count;
  }

  private async ingestIn(
    tx: ManagedTransaction,
    id: string,
    hash: string,
    params: Record<string, unknown>,
  ): Promise<IngestOutcome> {
    const found = await tx.run(this.findArticle, { id, hash });
    const exists = found.records[0].get('exists') as boolean;
    const sameTextId = found.records[0].get('sameTextId') as string | null;
    const linkedElementIds = [...new Set(found.records[0].get('linkedElementIds') as string[])];
    const outcome: IngestOutcome = {
      articleId: id,
      status: exists ? 'unchanged' : 'created',
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    };
    if (!exists && sameTextId !== null) return { ...outcome, articleId: sameTextId, status: 'duplicate' };

    const all: Record<string, unknown> = { ...params, linkedElementIds };
    // Steps that can do nothing are not sent: each costs Neo4j about half a millisecond even then.
    const steps = this.ingestSteps.filter(
      (step) => (exists || !step.reIngestOnly) && !(step.unwound !== undefined && (all[step.unwound] as unknown[]).length === 0),
    );
    // Sent all at once (pipelined): Neo4j still runs them in order in this transaction, and a round trip per step cost more than the steps.
    const summaries = await Promise.all(
      steps.map((step) => tx.run(step.cypher, Object.fromEntries(step.names.map((name) => [name, all[name]]))).summary()),
    );
    for (const summary of summaries) {
      const counters = summary.counters.updates();
      outcome.nodesCreated += counters.nodesCreated;
      outcome.nodesDeleted += counters.nodesDeleted;
      outcome.relationshipsCreated += counters.relationshipsCreated;
      outcome.relationshipsDeleted += counters.relationshipsDeleted;
    }
    const changed = outcome.nodesCreated + outcome.nodesDeleted + outcome.relationshipsCreated + outcome.relationshipsDeleted > 0;
    if (exists && changed) outcome.status = 'updated';
    return outcome;
  }
}
