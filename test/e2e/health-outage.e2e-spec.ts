import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { neo4jErrorToHttp } from '../../src/common/error.filter';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local-neo4j';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { createTestApp } from '../support/app';
import { localTestNeo4j, testNeo4jSource } from '../support/test-neo4j';

const local = localTestNeo4j();
if (!local) {
  console.warn(
    `health-outage skipped: the tests' Neo4j came from ${testNeo4jSource()} (NEO4J_URI or Testcontainers), which this test cannot stop and start`,
  );
}

async function eventually(check: () => Promise<unknown>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

(local ? describe : describe.skip)('when Neo4j stops while the service runs', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    if (local) await startLocalNeo4j(local);
    await app.close();
  });

  it('answers 503 while Neo4j is down, stays up, and recovers by itself when Neo4j is back', async () => {
    const server = app.getHttpServer();
    const neo4j = app.get(Neo4jService);
    await request(server).get('/health').expect(200);

    expect(await stopLocalNeo4j(local!.home)).toBe(true);

    const down = await request(server).get('/health').expect(503);
    expect(down.body).toMatchObject({ statusCode: 503, status: 'error', neo4j: 'down' });
    expect(down.body.message).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:\d+ is not reachable/);

    const failure = await neo4j.read('RETURN 1 AS one').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(neo4jErrorToHttp(failure)).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    await request(server).get('/health').expect(503);

    await startLocalNeo4j(local!);
    await eventually(() => request(server).get('/health').expect(200), 60_000);
    await expect(neo4j.read('RETURN 1 AS one')).resolves.toEqual([{ one: 1 }]);
  }, 180_000);
});
