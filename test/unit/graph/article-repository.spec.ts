/**
 * How ArticleRepository groups articles into transactions and what it does when one fails. The transactions are
 * stand-ins that never reach a database (what the writes do to a real graph: test/e2e/graph-ingest.e2e-spec.ts).
 */
import { error as driverErrors, ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { contentHash, toArticleGraph } from '../../../src/graph/article-graph';
import { ArticleRepository, MAX_ARTICLES_PER_TRANSACTION } from '../../../src/graph/article.repository';
import { Neo4jService } from '../../../src/graph/neo4j.service';

function graph(n: number) {
  const id = `a-${n}`;
  return toArticleGraph(
    { id, title: null, url: null, outlet: null, authors: [], publishedAt: null, people: [], organizations: [], statements: [] },
    contentHash(id),
  );
}

/** A Neo4jService whose write transactions fail with `failure(articleIds)` when it gives an error, else succeed. */
function fakeNeo4j(failure: (articleIds: string[]) => Error | null) {
  const transactions: string[][] = [];
  const service = {
    writeTx: async <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
      const articleIds: string[] = [];
      const tx = {
        run: (_cypher: string, params: { id?: string; article?: { id: string } }) => {
          if (params.id !== undefined) articleIds.push(params.id);
          const found = { records: [{ get: (key: string) => (key === 'exists' ? false : key === 'linkedElementIds' ? [] : null) }] };
          const summary = { counters: { updates: () => ({ nodesCreated: 1, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 }) } };
          return Object.assign(Promise.resolve(found), { summary: () => Promise.resolve(summary) });
        },
      } as unknown as ManagedTransaction;
      const result = await work(tx);
      transactions.push(articleIds);
      const error = failure(articleIds);
      if (error !== null) throw error;
      return result;
    },
  };
  return { repository: new ArticleRepository(service as unknown as Neo4jService), transactions };
}

describe('ArticleRepository transactions', () => {
  it('writes an article alone at once, and those that arrive meanwhile together, at most ten at a time', async () => {
    const { repository, transactions } = fakeNeo4j(() => null);
    const outcomes = await Promise.all(Array.from({ length: 25 }, (_, n) => repository.ingest(graph(n))));
    expect(outcomes.map((outcome) => outcome.articleId)).toEqual(Array.from({ length: 25 }, (_, n) => `a-${n}`));
    expect(transactions.map((ids) => ids.length)).toEqual([1, MAX_ARTICLES_PER_TRANSACTION, MAX_ARTICLES_PER_TRANSACTION, 4]);
  });

  it('writes the others again alone when a shared transaction fails, and fails only the article that fails alone', async () => {
    const refused = new Neo4jError('Property values can only be of primitive types', 'Neo.ClientError.Statement.TypeError', '22N01', 'error');
    const { repository, transactions } = fakeNeo4j((ids) => (ids.includes('a-2') ? refused : null));
    const settled = await Promise.allSettled(Array.from({ length: 4 }, (_, n) => repository.ingest(graph(n))));
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(transactions).toEqual([['a-0'], ['a-1', 'a-2', 'a-3'], ['a-1'], ['a-2'], ['a-3']]);
  });

  it('fails every article of a transaction at once when Neo4j is unreachable, without trying each alone', async () => {
    const unavailable = new Neo4jError('connection refused', driverErrors.SERVICE_UNAVAILABLE, '08000', 'error');
    const { repository, transactions } = fakeNeo4j((ids) => (ids.length > 1 ? unavailable : null));
    const settled = await Promise.allSettled(Array.from({ length: 4 }, (_, n) => repository.ingest(graph(n))));
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected']);
    expect(transactions).toHaveLength(2);
  });
});
