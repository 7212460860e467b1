/**
 * Provides the e2e tests with a real Neo4j, in this order: NEO4J_URI when set; else Testcontainers (neo4j:5.26)
 * when a container runtime answers; else the local server in .neo4j-test/ (Bolt 7688, HTTP 7475), never the
 * user's .neo4j/. Exports NEO4J_URI/USER/PASSWORD for the specs.
 */
import type { StartedNeo4jContainer } from '@testcontainers/neo4j';
import { freePort, isPortFree, localNeo4jStatus, startLocalNeo4j, testLocalNeo4j } from '../../src/graph/local-neo4j';
import { TEST_NEO4J_LOCAL, TEST_NEO4J_SOURCE, TestNeo4jSource } from '../support/test-neo4j';

export interface TestNeo4jHandle {
  container?: StartedNeo4jContainer;
  localHome?: string;
}

declare global {
  var claimgraphTestNeo4j: TestNeo4jHandle | undefined;
}

async function containerRuntimeAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

function publish(source: TestNeo4jSource, uri: string, user: string, password: string): void {
  Object.assign(process.env, { [TEST_NEO4J_SOURCE]: source, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
  process.stderr.write(`\ne2e tests use Neo4j at ${uri} (${source})\n`);
}

export default async function globalSetup(): Promise<void> {
  process.env.SEED_ON_EMPTY ??= 'false';
  globalThis.claimgraphTestNeo4j = {};
  if (process.env.NEO4J_URI) {
    publish('env', process.env.NEO4J_URI, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
    return;
  }
  if (await containerRuntimeAnswers()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    process.stderr.write('\nStarting neo4j:5.26 with Testcontainers...\n');
    const container = await new Neo4jContainer('neo4j:5.26').withApoc().start();
    globalThis.claimgraphTestNeo4j.container = container;
    publish('testcontainers', container.getBoltUri(), container.getUsername(), container.getPassword());
    return;
  }
  const options = testLocalNeo4j();
  if (!(await localNeo4jStatus(options)).running && !((await isPortFree(options.boltPort)) && (await isPortFree(options.httpPort)))) {
    // Another checkout's tests hold the usual ports; any free ones do, since the specs read NEO4J_URI.
    Object.assign(options, { boltPort: await freePort(), httpPort: await freePort() });
  }
  process.stderr.write(`\nNo NEO4J_URI and no container runtime: starting the local test Neo4j in ${options.home}...\n`);
  const neo4j = await startLocalNeo4j(options);
  if (neo4j.startedHere) globalThis.claimgraphTestNeo4j.localHome = options.home;
  process.env[TEST_NEO4J_LOCAL] = JSON.stringify(options);
  publish('local', neo4j.uri, neo4j.user, neo4j.password);
}
