import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { neo4jErrorToHttp } from '../../src/common/error.filter';
import { freePort, LocalNeo4jOptions, startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local-neo4j';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { localTestNeo4j, testNeo4jSource } from '../support/test-neo4j';

// Java and the Neo4j jars are known to be here only when the global setup fell back to the local server.
const canRunLocalNeo4j = localTestNeo4j() !== undefined;
if (!canRunLocalNeo4j) {
  console.warn(
    `health-outage skipped: the tests' Neo4j came from ${testNeo4jSource()} (NEO4J_URI or Testcontainers), so no local Neo4j is known to run here`,
  );
}

/** Graph reads under test during the outage (H6): each runs a query; on the empty graph a named person is 404. */
const GRAPH_READS = ['/people', '/people/nobody', '/people/nobody/timeline', '/statements?act=DENIED', '/contradictions', '/graph/export?person=nobody'];
const OUTAGE_ARTICLE =
  'The mayor said on Tuesday that the city would review the budget. "We will look at every line of it," she told reporters at city hall.';

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

// The spec runs its own Neo4j, so that stopping it disturbs no other spec.
(canRunLocalNeo4j ? describe : describe.skip)('when Neo4j stops while the service runs', () => {
  const savedEnvironment = { ...process.env };
  let neo4jOptions: LocalNeo4jOptions;
  let app: NestExpressApplication | undefined;

  beforeAll(async () => {
    neo4jOptions = {
      home: mkdtempSync(join(tmpdir(), 'claimgraph-outage-')),
      boltPort: await freePort(),
      httpPort: await freePort(),
    };
    const neo4j = await startLocalNeo4j(neo4jOptions);
    Object.assign(process.env, { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
    // Imported only now, so that AppModule's configuration sees this spec's Neo4j.
    const { createTestApp } = await import('../support/app');
    app = await createTestApp();
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await stopLocalNeo4j(neo4jOptions.home);
    rmSync(neo4jOptions.home, { recursive: true, force: true });
    process.env = savedEnvironment;
  });

  it('answers 503 while Neo4j is down, stays up, and recovers by itself when Neo4j is back', async () => {
    const server = app!.getHttpServer();
    const neo4j = app!.get(Neo4jService);
    await request(server).get('/health').expect(200);

    expect(await stopLocalNeo4j(neo4jOptions.home)).toBe(true);

    const down = await request(server).get('/health').expect(503);
    expect(down.body).toMatchObject({ statusCode: 503, status: 'error', neo4j: 'down' });
    expect(down.body.message).toBe(
      `Neo4j at bolt://127.0.0.1:${neo4jOptions.boltPort} is not reachable; the service keeps running and reconnects when it is back`,
    );

    const failure = await neo4j.read('RETURN 1 AS one').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(neo4jErrorToHttp(failure)).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    await request(server).get('/health').expect(503);

    // Every graph endpoint, read or write, answers 503 with the same clear message, within the driver's short retry time.
    const started = Date.now();
    const graphAnswers = await Promise.all(
      [
        ...GRAPH_READS.map((path) => [`GET ${path}`, request(server).get(path)] as const),
        ['POST /documents', request(server).post('/documents').send({ text: OUTAGE_ARTICLE })] as const,
      ].map(async ([path, pending]) => {
        const response = await pending;
        return { path, status: response.status, message: response.body.message };
      }),
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(graphAnswers).toEqual(
      graphAnswers.map(({ path }) => ({
        path,
        status: 503,
        message: 'Neo4j is not reachable right now; the service reconnects by itself, try again shortly',
      })),
    );
    await request(server).get('/docs-json').expect(200);

    await startLocalNeo4j(neo4jOptions);
    await eventually(() => request(server).get('/health').expect(200), 60_000);
    await expect(neo4j.read('RETURN 1 AS one')).resolves.toEqual([{ one: 1 }]);
    for (const path of GRAPH_READS) expect({ path, status: (await request(server).get(path)).status }).toEqual({ path, status: path.startsWith('/people/') || path.startsWith('/graph/') ? 404 : 200 });
    expect((await request(server).get('/statements?act=DENIED')).body).toEqual([]);
  }, 300_000);
});
