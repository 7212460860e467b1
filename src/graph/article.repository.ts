import { Injectable } from '@nestjs/common';
import neo4j, { error as driverErrors, ManagedTransaction, Neo4jError } from 'neo4j-driver';
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

/**
 * At most this many articles share one write transaction. A commit cost about as much as writing ten articles, so
 * articles that wait together are written together; 20, 30 and 50 per transaction measured slower than 10
 * (BENCHMARKS.md, "Third session").
 */
export const MAX_ARTICLES_PER_TRANSACTION = 10;

/**
 * Whether a failed transaction may have failed because of one of its articles (refused data, a timeout) rather than
 * because Neo4j is unreachable or refuses the service (then every article would fail alone too, one after another).
 */
function mayBeOneArticle(error: unknown): boolean {
  const code = error instanceof Neo4jError ? error.code : '';
  const unreachable = code === driverErrors.SERVICE_UNAVAILABLE || code === driverErrors.SESSION_EXPIRED;
  return !(unreachable || code.startsWith('Neo.TransientError.') || code.startsWith('Neo.ClientError.Security.'));
}

interface PendingIngest {
  graph: ArticleGraph;
  /** The graph's parameters for cypher/ingest-article.cypher, built before the transaction (and once, if it is retried). */
  params: Record<string, unknown>;
  resolve: (outcome: IngestOutcome) => void;
  reject: (error: unknown) => void;
}

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

  /** Articles waiting for the transaction under way to finish (group commit). */
  private readonly pending: PendingIngest[] = [];
  private writing = false;

  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * Writes one article, all or nothing; idempotent, and a text already stored under another id is not stored again.
   * Articles that arrive while a write is under way wait and are then written together, in the order they came, in
   * one transaction; alone, an article is written at once.
   */
  ingest(graph: ArticleGraph): Promise<IngestOutcome> {
    return new Promise<IngestOutcome>((resolve, reject) => {
      this.pending.push({ graph, params: ingestParameters(withIntegerOffsets(graph)), resolve, reject });
      void this.writePending();
    });
  }

  async countArticles(): Promise<number> {
    const [row] = await this.neo4j.read<{ count: number }>(COUNT_ARTICLES);
    return row.count;
  }

  private async writePending(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.pending.length > 0) await this.writeTogether(this.pending.splice(0, MAX_ARTICLES_PER_TRANSACTION));
    } finally {
      this.writing = false;
    }
  }

  /** Settles every article of `batch`; never rejects. */
  private async writeTogether(batch: PendingIngest[]): Promise<void> {
    let outcomes: IngestOutcome[];
    try {
      outcomes = await this.neo4j.writeTx(async (tx) => {
        const written: IngestOutcome[] = [];
        // One after another: an article may be a duplicate of, or an update to, one before it in the same transaction.
        for (const article of batch) written.push(await this.ingestIn(tx, article));
        return written;
      });
    } catch (error) {
      if (batch.length === 1 || !mayBeOneArticle(error)) {
        for (const article of batch) article.reject(error);
        return;
      }
      // One article's failure must not fail the others: each is written again alone.
      for (const article of batch) await this.writeTogether([article]);
      return;
    }
    batch.forEach((article, index) => article.resolve(outcomes[index]));
  }

  private async ingestIn(tx: ManagedTransaction, { graph, params }: PendingIngest): Promise<IngestOutcome> {
    const { id, contentHash: hash } = graph.article;
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
