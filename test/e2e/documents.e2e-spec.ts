import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { contentHash } from '../../src/graph/article-graph';
import { clearGraph, createTestApp } from '../support/app';
import { graphCounts } from './graph-helpers';

const seedText = readFileSync(join(__dirname, '..', '..', 'seeds', '002_ca187d1cd9f803a8.txt'), 'utf8');

describe('POST /documents', () => {
  let app: NestExpressApplication;
  const post = (body: object) => request(app.getHttpServer()).post('/documents').send(body);

  beforeAll(async () => {
    app = await createTestApp();
    await clearGraph(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('extracts and stores a posted article, named by the hash of its text', async () => {
    const { body } = await post({ text: seedText, title: 'Kimora defends Russell', outlet: 'E! News', publishedAt: '2018-01-26' }).expect(201);
    expect(body.id).toBe(contentHash(seedText));
    expect(body).toMatchObject({ title: 'Kimora defends Russell', outlet: 'E! News', publishedAt: '2018-01-26' });
    expect(Array.isArray(body.people)).toBe(true);
    expect(Array.isArray(body.statements)).toBe(true);
    expect(body.ingest.status).toBe('created');
    const [stored] = await request(app.getHttpServer()).get(`/statements?limit=1`).expect(200).then((r) => r.body);
    if (body.statements.length > 0) expect(stored.document.id).toBe(body.id);
  });

  it('creates nothing new when the same text is posted again, under its hash or another id', async () => {
    const before = await graphCounts(app);
    const again = (await post({ text: seedText, title: 'Kimora defends Russell', outlet: 'E! News', publishedAt: '2018-01-26' }).expect(201)).body;
    expect(again.ingest).toEqual({ status: 'unchanged', nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    const renamed = (await post({ text: seedText, id: 'another-name' }).expect(201)).body;
    expect(renamed.id).toBe(contentHash(seedText));
    expect(renamed.ingest.status).toBe('duplicate');
    expect(await graphCounts(app)).toEqual(before);
  });

  it('refuses bodies that are not valid, and texts that are not articles, writing nothing', async () => {
    const before = await graphCounts(app);
    await post({}).expect(400);
    await post({ text: '' }).expect(400);
    await post({ text: 42 }).expect(400);
    await post({ text: seedText, publishedAt: 'last Tuesday' }).expect(400);
    await post({ text: seedText, url: 'not a url' }).expect(400);
    await post({ text: seedText, authors: 'Elyse Dupre' }).expect(400);
    await post({ text: seedText, id: '../etc' }).expect(400);
    await post({ text: seedText, extra: true }).expect(400);
    const blank = await post({ text: '   \n\t ' }).expect(422);
    expect(blank.body.message).toMatch(/empty/);
    await post({ text: '<html><body><p>hi</p></body></html>' }).expect(422);
    expect(await graphCounts(app)).toEqual(before);
  });
});
