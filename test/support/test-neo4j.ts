import type { LocalNeo4jOptions } from '../../src/graph/local-neo4j';

/** Where the e2e tests' Neo4j came from; the global setup publishes it to every spec through these variables. */
export type TestNeo4jSource = 'env' | 'testcontainers' | 'local';

export const TEST_NEO4J_SOURCE = 'CLAIMGRAPH_TEST_NEO4J_SOURCE';
export const TEST_NEO4J_LOCAL = 'CLAIMGRAPH_TEST_NEO4J_LOCAL';

export function testNeo4jSource(): TestNeo4jSource | undefined {
  return process.env[TEST_NEO4J_SOURCE] as TestNeo4jSource | undefined;
}

/** The local test instance (home and ports) when the tests run on one; undefined with NEO4J_URI or Testcontainers. */
export function localTestNeo4j(): LocalNeo4jOptions | undefined {
  const json = process.env[TEST_NEO4J_LOCAL];
  return json ? (JSON.parse(json) as LocalNeo4jOptions) : undefined;
}
