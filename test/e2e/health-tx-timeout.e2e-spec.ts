import type { NestExpressApplication } from '@nestjs/platform-express';
import { Neo4jService } from '../../src/graph/neo4j.service';

describe('NEO4J_TX_TIMEOUT_MS', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    process.env.NEO4J_TX_TIMEOUT_MS = '2000';
    // Imported only now, so that AppModule's configuration sees the short timeout.
    const { createTestApp } = await import('../support/app');
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('stops a query that runs longer than the timeout', async () => {
    const neo4j = app.get(Neo4jService);
    const started = Date.now();
    await expect(neo4j.read('CALL apoc.util.sleep(20000) RETURN 1 AS done')).rejects.toMatchObject({
      code: expect.stringMatching(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/),
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(neo4j.read('RETURN 1 AS one')).resolves.toEqual([{ one: 1 }]);
  });
});
