import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { createTestApp } from '../support/app';

describe('the service on a real Neo4j', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('GET /health answers 200 with Neo4j up', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', neo4j: 'up', database: 'neo4j' });
  });

  it('asserts the named constraints and indexes of cypher/schema.cypher at start-up', async () => {
    const neo4j = app.get(Neo4jService);
    const constraints = await neo4j.read('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type');
    expect(constraints).toEqual(
      expect.arrayContaining([
        { name: 'person_id', labelsOrTypes: ['Person'], properties: ['id'], type: 'UNIQUENESS' },
        { name: 'organization_id', labelsOrTypes: ['Organization'], properties: ['id'], type: 'UNIQUENESS' },
        { name: 'article_id', labelsOrTypes: ['Article'], properties: ['id'], type: 'UNIQUENESS' },
        { name: 'statement_id', labelsOrTypes: ['Statement'], properties: ['id'], type: 'UNIQUENESS' },
      ]),
    );
    const indexes = await neo4j.read('SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties');
    expect(indexes).toEqual(
      expect.arrayContaining([
        { name: 'person_name', type: 'RANGE', state: 'ONLINE', labelsOrTypes: ['Person'], properties: ['name'] },
        { name: 'article_content_hash', type: 'RANGE', state: 'ONLINE', labelsOrTypes: ['Article'], properties: ['contentHash'] },
        { name: 'statementText', type: 'FULLTEXT', state: 'ONLINE', labelsOrTypes: ['Statement'], properties: ['text'] },
        {
          name: 'entityNames',
          type: 'FULLTEXT',
          state: 'ONLINE',
          labelsOrTypes: ['Person', 'Organization'],
          properties: ['name', 'aliases'],
        },
      ]),
    );
  });

  it('keeps Neo4j values plain at the edge of src/graph', async () => {
    const [row] = await app.get(Neo4jService).read('RETURN 42 AS answer, date("2017-11-22") AS day, {n: [1, 2]} AS nested');
    expect(row).toEqual({ answer: 42, day: '2017-11-22', nested: { n: [1, 2] } });
  });

  it('answers 413 with a clear message when the body is larger than MAX_DOCUMENT_BYTES', async () => {
    const response = await request(app.getHttpServer())
      .post('/health')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ text: 'a'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'request body is larger than MAX_DOCUMENT_BYTES (1048576 bytes)',
    });
  });

  it('serves the OpenAPI document at /docs', async () => {
    const page = await request(app.getHttpServer()).get('/docs').expect(200).expect('content-type', /html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const spec = await request(app.getHttpServer()).get('/docs-json').expect(200);
    expect(spec.body.paths).toHaveProperty('/health');
  });
});
