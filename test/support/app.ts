import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Neo4jService } from '../../src/graph/neo4j.service';

/**
 * The real AppModule, set up exactly as main.ts does (pipes, filter, body limit, /docs), on the test Neo4j.
 * Configuration is read when AppModule is first imported: set process.env before importing this file to change it.
 */
export async function createTestApp(): Promise<NestExpressApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error', 'warn'] });
  configureApp(app);
  await app.init();
  return app;
}

/** Deletes every node and relationship (the schema stays). */
export async function clearGraph(app: NestExpressApplication): Promise<void> {
  await app.get(Neo4jService).write('MATCH (n) DETACH DELETE n');
}
