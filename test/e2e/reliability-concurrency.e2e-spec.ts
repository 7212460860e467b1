/**
 * Concurrent writes: the same article posted 20 times at once is stored once; articles that share people, ingested
 * in parallel (over HTTP and through the service the ingest CLI uses), leave one Person per person.
 * Every text carries a tag of this run, so the spec needs no empty graph and leaves others' data alone.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { extractArticle } from '../../src/extraction';
import { contentHash, toArticleGraph } from '../../src/graph/article-graph';
import { ArticleRepository } from '../../src/graph/article.repository';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { IngestionService } from '../../src/modules/documents/ingestion.service';
import { generatedArticle, GENERATED_PEOPLE } from './reliability-support';

const runTag = `concurrency-${Date.now().toString(36)}`;
const tagged = (index: number) => `${generatedArticle(index)}\nFiled under ${runTag}.\n`;

describe('concurrent writes', () => {
  let app: NestExpressApplication;
  let neo4j: Neo4jService;

  beforeAll(async () => {
    Object.assign(process.env, { WRITE_RATE_LIMIT: '0' });
    delete process.env.API_TOKEN;
    const { createTestApp } = await import('../support/app');
    app = await createTestApp();
    neo4j = app.get(Neo4jService);
  });

  afterAll(async () => {
    await app.close();
  });

  /** Articles holding this text, and for each, how many statements it has. */
  async function storedArticles(text: string): Promise<{ id: string; statements: number }[]> {
    return neo4j.read(
      'MATCH (a:Article {contentHash: $hash}) RETURN a.id AS id, COUNT { (a)<-[:IN_ARTICLE]-(:Statement) } AS statements',
      { hash: contentHash(text) },
    );
  }

  it('stores the same article posted 20 times at once exactly once, with all its statements', async () => {
    const text = tagged(1);
    const expected = extractArticle(text, { id: 'single' }).statements.length;
    expect(expected).toBeGreaterThan(0);

    const responses = await Promise.all(
      Array.from({ length: 20 }, () => request(app.getHttpServer()).post('/documents').send({ text, title: 'Same article' })),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status !== 200 && status !== 201)).toEqual([]);
    const ids = new Set(responses.map((response) => response.body.id as string));
    expect(ids.size).toBe(1);
    expect(responses.every((response) => response.body.statements.length === expected)).toBe(true);
    expect(await storedArticles(text)).toEqual([{ id: [...ids][0], statements: expected }]);
  });

  it('stores one article written by 6 concurrent transactions once (as from separate processes: MERGE under constraints)', async () => {
    const text = tagged(2);
    const document = extractArticle(text, { id: contentHash(text) });
    const articles = app.get(ArticleRepository);

    const outcomes = await Promise.all(Array.from({ length: 6 }, () => articles.ingest(toArticleGraph(document, contentHash(text)))));

    expect(new Set(outcomes.map((outcome) => outcome.articleId))).toEqual(new Set([document.id]));
    expect(await storedArticles(text)).toEqual([{ id: document.id, statements: document.statements.length }]);
  });

  it('leaves one Person per person when articles sharing people are ingested in parallel', async () => {
    const overHttp = Array.from({ length: 10 }, (_, k) => tagged(100 + k));
    const throughService = Array.from({ length: 10 }, (_, k) => tagged(200 + k));
    const ingestion = app.get(IngestionService);

    const results = await Promise.allSettled([
      ...overHttp.map((text) => request(app.getHttpServer()).post('/documents').send({ text })),
      ...throughService.map((text) => ingestion.ingestText(text)),
    ]);

    const failures = results.flatMap((result, k) =>
      result.status === 'rejected'
        ? [`#${k}: ${(result.reason as Error).message}`]
        : 'status' in result.value && result.value.status !== 201
          ? [`#${k}: HTTP ${result.value.status} ${JSON.stringify(result.value.body)}`]
          : [],
    );
    expect(failures).toEqual([]);

    const people = await neo4j.read<{ name: string; nodes: number; ids: number }>(
      'MATCH (p:Person) WHERE p.name IN $names RETURN p.name AS name, count(p) AS nodes, count(DISTINCT p.id) AS ids ORDER BY name',
      { names: GENERATED_PEOPLE },
    );
    expect(people).toEqual([...GENERATED_PEOPLE].sort().map((name) => ({ name, nodes: 1, ids: 1 })));
    const byId = await neo4j.read('MATCH (p:Person) WITH p.id AS id, count(*) AS nodes WHERE nodes > 1 RETURN id, nodes');
    expect(byId).toEqual([]);

    for (const text of [...overHttp, ...throughService]) {
      const expected = extractArticle(text, { id: 'check' }).statements.length;
      expect(await storedArticles(text)).toEqual([{ id: expect.any(String), statements: expected }]);
    }
  });
});
