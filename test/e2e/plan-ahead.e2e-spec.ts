import { NestExpressApplication } from '@nestjs/platform-express';
import { ClaimRepository } from '../../src/graph/claim.repository';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { SubgraphRepository } from '../../src/graph/subgraph.repository';
import { createTestApp } from '../support/app';
import { graphCounts } from './graph-helpers';

/** The service has Neo4j plan its read queries at start (src/main.ts), so that the first reader does not wait for it. */

describe('Neo4jService.planAhead', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('plans every read query of the repositories, without running them', async () => {
    const queries = [...app.get(ClaimRepository).readQueries, ...app.get(SubgraphRepository).readQueries];
    expect(queries.length).toBeGreaterThanOrEqual(7);
    const before = await graphCounts(app);
    expect(await app.get(Neo4jService).planAhead(queries)).toBe(queries.length);
    expect(await graphCounts(app)).toEqual(before);
  });

  it('skips a query Neo4j cannot plan and still plans the others', async () => {
    const planned = await app.get(Neo4jService).planAhead(['MATCH (n RETURN n', 'MATCH (p:Person {id: $id}) RETURN p.name AS name']);
    expect(planned).toBe(1);
  });
});
