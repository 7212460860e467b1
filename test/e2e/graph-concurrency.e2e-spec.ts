import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { clearGraph, createTestApp } from '../support/app';
import { graphCounts } from './graph-helpers';

/** Articles that share people, posted at the same time: every one is stored, and the graph is the same as one by one. */

const SEEDS = join(__dirname, '..', '..', 'seeds');
const texts = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(SEEDS, name), 'utf8'));

describe('concurrent POST /documents', () => {
  let app: NestExpressApplication;
  const post = (text: string) => request(app.getHttpServer()).post('/documents').send({ text });

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('stores every article once, with one node per person, as sequential posts would', async () => {
    await clearGraph(app);
    for (const text of texts) await post(text).expect(201);
    const sequential = await graphCounts(app);

    await clearGraph(app);
    const responses = await Promise.all([...texts, ...texts].map((text) => post(text)));
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 201));
    expect(await graphCounts(app)).toEqual(sequential);
    const russell = await app.get(Neo4jService).read("MATCH (p:Person {name: 'Russell Simmons'}) RETURN p.id AS id");
    expect(russell).toHaveLength(1);
  });
});
