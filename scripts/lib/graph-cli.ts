/**
 * A Nest application context (no HTTP) for the graph CLIs (ingest, export): the app's own config, driver and
 * services, on NEO4J_URI when set, else on the local Neo4j in .neo4j/ when it runs (npm run neo4j:start).
 */
import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { validateEnvironment } from '../../src/config/environment';
import { defaultLocalNeo4j, localNeo4jStatus } from '../../src/graph/local-neo4j';
import { Neo4jModule } from '../../src/graph/neo4j.module';

export class CliError extends Error {}

async function pointAtNeo4j(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const local = await localNeo4jStatus(defaultLocalNeo4j());
  if (!local.running) {
    throw new CliError(`NEO4J_URI is not set and the local Neo4j in ${local.home} is not running: start it with npm run neo4j:start`);
  }
  Object.assign(process.env, { NEO4J_URI: `bolt://127.0.0.1:${local.boltPort}`, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? local.password });
}

/** Boots `feature` with the config and Neo4j modules; Nest's own logs stay quiet except errors and warnings. */
export async function createGraphContext(feature: Type<unknown> | DynamicModule): Promise<INestApplicationContext> {
  validateEnvironment(process.env);
  await pointAtNeo4j();
  @Module({
    imports: [
      ConfigModule.forRoot({ isGlobal: true, cache: true, ignoreEnvFile: true, validate: validateEnvironment }),
      Neo4jModule,
      feature,
    ],
  })
  class GraphCliModule {}
  return NestFactory.createApplicationContext(GraphCliModule, { logger: ['error', 'warn'], abortOnError: false });
}
