import { stopLocalNeo4j } from '../../src/graph/local-neo4j';

/** Stops what the global setup started (a test instance that was already running is left as it was). */
export default async function globalTeardown(): Promise<void> {
  const handle = globalThis.claimgraphTestNeo4j;
  if (handle?.container) await handle.container.stop();
  if (handle?.localHome) await stopLocalNeo4j(handle.localHome);
}
