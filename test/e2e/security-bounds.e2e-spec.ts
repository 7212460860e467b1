/**
 * Bounds that keep one request from exhausting the database: export depth at most 3, at most EXPORT_MAX_NODES nodes
 * in any export format, page sizes and offsets bounded. (The transaction timeout is checked in
 * health-tx-timeout.e2e-spec.ts; the body limit in reliability-input.e2e-spec.ts.)
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { generatedArticle, GENERATED_PEOPLE } from './reliability-support';

const MAX_NODES = 7;
const person = GENERATED_PEOPLE[0];

describe('query and export bounds', () => {
  let app: NestExpressApplication;
  const get = (path: string, query: Record<string, string | number> = {}) => request(app.getHttpServer()).get(path).query(query);

  beforeAll(async () => {
    Object.assign(process.env, { EXPORT_MAX_NODES: String(MAX_NODES), WRITE_RATE_LIMIT: '0' });
    delete process.env.API_TOKEN;
    const { createTestApp } = await import('../support/app');
    app = await createTestApp();
    const tag = `bounds-${Date.now().toString(36)}`;
    for (const k of [0, 3]) {
      await request(app.getHttpServer()).post('/documents').send({ text: `${generatedArticle(k)}\nFiled under ${tag}.\n` }).expect(201);
    }
  });

  afterAll(async () => {
    await app.close();
  });

  it.each([['0'], ['4'], ['100'], ['-1'], ['2.5'], ['3 OR 1=1'], ['']])('refuses export depth %j with 400', async (depth) => {
    const response = await get('/graph/export', { person, depth }).expect(400);
    expect([response.body.message].flat().join('; ')).toMatch(/depth/);
  });

  it.each([['json'], ['cytoscape'], ['graphml'], ['cypher']])('caps a depth-3 %s export at EXPORT_MAX_NODES nodes and says it was cut', async (format) => {
    const response = await get('/graph/export', { person, depth: 3, format }).expect(200);
    if (format === 'json') {
      expect(response.body.nodes.length).toBe(MAX_NODES);
      expect(response.body.truncated).toBe(true);
      const ids = new Set(response.body.nodes.map((node: { id: string }) => node.id));
      for (const relationship of response.body.relationships) expect(ids.has(relationship.start) && ids.has(relationship.end)).toBe(true);
    } else if (format === 'cytoscape') {
      expect(response.body.elements.nodes.length).toBe(MAX_NODES);
      expect(response.body.truncated).toBe(true);
    } else if (format === 'graphml') {
      expect(response.text.match(/<node /g)?.length).toBe(MAX_NODES);
    } else {
      expect(response.text).toContain(`${MAX_NODES} nodes`);
      expect(response.text).toContain('(truncated)');
    }
  });

  it('keeps the person asked for in a capped export', async () => {
    const response = await get('/graph/export', { person, depth: 3 }).expect(200);
    expect(response.body.nodes.map((node: { properties: { name?: string } }) => node.properties.name)).toContain(person);
  });

  it.each([
    ['/people', { limit: 101 }],
    ['/people', { limit: 0 }],
    ['/people', { offset: 10_001 }],
    ['/people', { offset: -1 }],
    ['/statements', { limit: 1_000_000 }],
    ['/statements', { offset: 1e9 }],
    ['/contradictions', { limit: 101 }],
    ['/people/x/timeline', { limit: 101 }],
    ['/people/x', { limit: 101 }],
  ])('refuses %s %j with 400', async (path, query) => {
    const response = await get(path, query as Record<string, number>).expect(400);
    expect([response.body.message].flat().join('; ')).toMatch(/limit|offset/);
  });

  it('answers at most 100 items per page', async () => {
    const response = await get('/statements', { limit: 100 }).expect(200);
    expect(response.body.length).toBeLessThanOrEqual(100);
    expect(response.body.length).toBeGreaterThan(0);
  });
});
