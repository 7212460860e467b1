/**
 * How ArticleRepository groups articles into transactions and what it does when one fails. The transactions are
 * stand-ins that never reach a database (what the writes do to a real graph: test/e2e/graph-ingest.e2e-spec.ts).
 */
import { error as driverErrors, ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { contentHash, toArticleGraph } from '../../../src/graph/article-graph';
import { ArticleRepository, LINGER_MS, MAX_ARTICLES_PER_TRANSACTION } from '../../../src/graph/article.repository';
import { loadCypher } from '../../../src/graph/cypher-files';
import { Neo4jService } from '../../../src/graph/neo4j.service';

function graph(n: number) {
  const id = `a-${n}`;
  return toArticleGraph(
    { id, title: null, url: null, outlet: null, authors: [], publishedAt: null, people: [], organizations: [], statements: [] },
    contentHash(id),
  );
}

/**
 * A Neo4jService whose write transactions fail with `failure(articleIds)` when it gives an error, else succeed. Every
 * article is new; the Article step reports one node per article (`miscount`: one more when articles share it). Each
 * transaction takes `writeMs` (timers).
 */
function fakeNeo4j(failure: (articleIds: string[]) => Error | null, miscount = false, writeMs = 0) {
  const transactions: string[][] = [];
  const findArticles = loadCypher('find-articles');
  const service = {
    writeTx: async <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> => {
      const articleIds: string[] = [];
      transactions.push(articleIds);
      const tx = {
        run: (sent: string, params: { articles?: Array<{ id: string }> }) => {
          // Statements are recognised by their text in cypher/, without the query options the repository adds.
          const cypher = sent.replace(/^CYPHER (?:\w+=\w+ )+/, '');
          const articles = params.articles ?? [];
          const found = cypher === findArticles;
          if (found) articleIds.push(...articles.map((article) => article.id));
          const values: Record<string, unknown> = { exists: false, sameTextIds: [], linkedElementIds: [], knownPeople: [], knownOrganizations: [] };
          const records = found ? articles.map(() => ({ get: (key: string) => values[key] })) : [];
          const writesArticles = /^UNWIND \$articles AS row\s+MERGE \(a:Article/.test(cypher);
          const nodesCreated = writesArticles ? articles.length + (miscount && articles.length > 1 ? 1 : 0) : 0;
          const summary = { counters: { updates: () => ({ nodesCreated, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 }) } };
          return Promise.resolve({ records, summary });
        },
      } as unknown as ManagedTransaction;
      const result = await work(tx);
      if (writeMs > 0) await new Promise((resolve) => setTimeout(resolve, writeMs));
      const error = failure(articleIds);
      if (error !== null) throw error;
      return result;
    },
  };
  return { repository: new ArticleRepository(service as unknown as Neo4jService), transactions };
}

describe('ArticleRepository transactions', () => {
  it('writes an article alone at once, and those that arrive meanwhile together, at most MAX_ARTICLES_PER_TRANSACTION at a time', async () => {
    const { repository, transactions } = fakeNeo4j(() => null);
    const count = 2 * MAX_ARTICLES_PER_TRANSACTION + 5;
    const outcomes = await Promise.all(Array.from({ length: count }, (_, n) => repository.ingest(graph(n))));
    expect(outcomes.map((outcome) => outcome.articleId)).toEqual(Array.from({ length: count }, (_, n) => `a-${n}`));
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

  it('writes each article alone when what they were expected to create does not add up to what Neo4j counted', async () => {
    const { repository, transactions } = fakeNeo4j(() => null, true);
    const outcomes = await Promise.all(Array.from({ length: 4 }, (_, n) => repository.ingest(graph(n))));
    expect(outcomes.map((outcome) => [outcome.status, outcome.nodesCreated])).toEqual(Array.from({ length: 4 }, () => ['created', 1]));
    expect(transactions).toEqual([['a-0'], ['a-1', 'a-2', 'a-3'], ['a-1'], ['a-2'], ['a-3']]);
  });

  describe('while articles keep arriving during writes (a bulk load)', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    /** Ingests `count` articles `everyMs` apart and advances the clock until all are written; returns when each was. */
    async function arriving(repository: ArticleRepository, count: number, everyMs: number): Promise<number[]> {
      const writtenAt: number[] = [];
      const began = performance.now();
      const written: Array<Promise<unknown>> = [];
      for (let n = 0; n < count; n++) {
        written.push(repository.ingest(graph(n)).then(() => (writtenAt[n] = performance.now() - began)));
        await jest.advanceTimersByTimeAsync(everyMs);
      }
      await jest.advanceTimersByTimeAsync(10 * LINGER_MS);
      await Promise.all(written);
      return writtenAt;
    }

    it('writes the first alone at once, then waits for the others rather than writing each one or two that came', async () => {
      const { repository, transactions } = fakeNeo4j(() => null, false, 30);
      const writtenAt = await arriving(repository, 20, 5);
      expect(writtenAt[0]).toBeLessThan(35);
      // Articles 1–19 arrive every 5 ms during and after the first 30 ms write; they are written once none comes for 100 ms.
      expect(transactions.map((ids) => ids.length)).toEqual([1, 19]);
    });

    it('waits no longer than LINGER_MS for the first waiting article, however steadily more come', async () => {
      const { repository, transactions } = fakeNeo4j(() => null, false, 60);
      const writtenAt = await arriving(repository, 45, 50);
      // Article 1 arrives at 50 ms, during the first write; one every 50 ms until LINGER_MS has passed for it.
      expect(transactions[1][0]).toBe('a-1');
      expect(writtenAt[1]).toBeGreaterThanOrEqual(50 + LINGER_MS);
      expect(writtenAt[1]).toBeLessThan(50 + LINGER_MS + 60 + 5);
      expect(transactions[1].length).toBe(LINGER_MS / 50); // articles 1–20: the 21st comes as the wait ends
      expect(transactions.flat()).toEqual(Array.from({ length: 45 }, (_, n) => `a-${n}`));
    });

    it('writes a full transaction at once, without waiting', async () => {
      const { repository, transactions } = fakeNeo4j(() => null, false, 30);
      const writtenAt = await arriving(repository, MAX_ARTICLES_PER_TRANSACTION + 1, 0);
      expect(transactions.map((ids) => ids.length)).toEqual([1, MAX_ARTICLES_PER_TRANSACTION]);
      expect(Math.max(...writtenAt)).toBe(60);
    });

    it('writes the articles waiting at shutdown at once, and shutdown waits for them', async () => {
      const { repository, transactions } = fakeNeo4j(() => null, false, 30);
      const written = [repository.ingest(graph(0))];
      await jest.advanceTimersByTimeAsync(10);
      written.push(repository.ingest(graph(1)));
      await jest.advanceTimersByTimeAsync(25); // the first write is done; article 1 waits for more
      let closed = false;
      const closing = repository.onModuleDestroy().then(() => (closed = true));
      await jest.advanceTimersByTimeAsync(30);
      expect(closed).toBe(true);
      await closing;
      await Promise.all(written);
      expect(transactions).toEqual([['a-0'], ['a-1']]);
    });
  });
});
