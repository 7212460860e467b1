/**
 * API reads may reuse an answer for READ_CACHE_TTL_MS, but never one from before the service's own writes. Two
 * service instances on one Neo4j: a write through the other one is seen once the TTL has passed. The TTL here is
 * long, so that what each read returns depends only on which writes happened, not on timing.
 */
import '../support/long-read-cache';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { contentHash, toArticleGraph } from '../../src/graph/article-graph';
import { ArticleRepository } from '../../src/graph/article.repository';
import { clearGraph, createTestApp } from '../support/app';
import { article, statement } from './graph-helpers';

const ann = { id: 'ann', name: 'Ann Cachetest', aliases: [] };

function said(id: string, text: string) {
  return article(id, { people: [ann], statements: [statement({ start: 0, end: text.length, speaker: ann.name, act: 'SAID', text })] });
}

describe('read cache (real Neo4j, two service instances)', () => {
  let app: NestExpressApplication;
  let other: NestExpressApplication;
  const texts = async (instance: NestExpressApplication) => {
    const response = await request(instance.getHttpServer()).get('/statements?speaker=Ann%20Cachetest').expect(200);
    return (response.body as { text: string }[]).map((row) => row.text).sort();
  };
  const ingest = (instance: NestExpressApplication, id: string, text: string) =>
    instance.get(ArticleRepository).ingest(toArticleGraph(said(id, text), contentHash(id)));

  beforeAll(async () => {
    app = await createTestApp();
    other = await createTestApp();
    await clearGraph(app);
  });

  afterAll(async () => {
    await clearGraph(app);
    await other.close();
    await app.close();
  });

  it("answers from after the service's own write, however long the TTL", async () => {
    expect(await texts(app)).toEqual([]);
    await ingest(app, 'cache-1', 'first words');
    expect(await texts(app)).toEqual(['first words']);
    await request(app.getHttpServer())
      .post('/documents')
      .send({ text: 'Ann Cachetest said: "These are second words, and I stand by them."' })
      .expect(201);
    expect(await texts(app)).toHaveLength(2);
  });

  it('reuses its answer while another instance writes, and answers fresh after its own next write', async () => {
    const before = await texts(app);
    await ingest(other, 'cache-2', 'words written elsewhere');
    expect(await texts(other)).toContain('words written elsewhere');
    expect(await texts(app)).toEqual(before);
    await ingest(app, 'cache-1', 'first words');
    expect(await texts(app)).toContain('words written elsewhere');
  });

  it('reuses an exported subgraph in the same way: stale while another instance writes, fresh after its own write', async () => {
    const exported = async (instance: NestExpressApplication) => {
      const response = await request(instance.getHttpServer()).get('/graph/export?person=Ann%20Cachetest&depth=2&format=json').expect(200);
      return (response.body as { nodes: Array<{ properties: { text?: string } }> }).nodes.map((node) => node.properties.text).filter(Boolean).sort();
    };
    const before = await exported(app);
    expect(before).toContain('first words');
    await ingest(other, 'cache-3', 'more words from elsewhere');
    expect(await exported(other)).toContain('more words from elsewhere');
    expect(await exported(app)).toEqual(before);
    await ingest(app, 'cache-1', 'first words');
    expect(await exported(app)).toContain('more words from elsewhere');
  });
});
