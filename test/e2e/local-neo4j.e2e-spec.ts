import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local-neo4j';
import { localTestNeo4j } from '../support/test-neo4j';

describe('the local Neo4j manager', () => {
  let home: string;

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'claimgraph-neo4j-'));
  });

  afterEach(async () => {
    await stopLocalNeo4j(home);
    rmSync(home, { recursive: true, force: true });
  });

  it('refuses a port that another process holds, in one line naming it', async () => {
    const port = await freePort();
    const squatter: Server = await new Promise((resolve) => {
      const server = createServer().listen(port, '127.0.0.1', () => resolve(server));
    });
    try {
      const start = startLocalNeo4j({ home, boltPort: port, httpPort: await freePort() });
      await expect(start).rejects.toThrow(LocalNeo4jError);
      await expect(start).rejects.toThrow(new RegExp(`^port ${port} \\(Neo4j Bolt\\) is already taken by another process`));
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('reports a home where nothing runs as stopped', async () => {
    expect(await localNeo4jStatus({ home, boltPort: 7687, httpPort: 7474 })).toMatchObject({ running: false });
    expect(await stopLocalNeo4j(home)).toBe(false);
  });

  // Needs Java and the jars, which only the local fallback of the global setup guarantees.
  (localTestNeo4j() ? it : it.skip)('gives up after the start-up timeout, shows the log and leaves no process behind', async () => {
    const start = startLocalNeo4j({ home, boltPort: await freePort(), httpPort: await freePort(), startTimeoutMs: 1000 });
    await expect(start).rejects.toThrow(/^Neo4j did not become ready within 1 s; last lines of .*console\.log:\n/);
    expect(await localNeo4jStatus({ home, boltPort: 0, httpPort: 0 })).toMatchObject({ running: false });
  });
});
