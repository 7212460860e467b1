import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { configureApp } from './app.setup';
import { Environment, validateEnvironment } from './config/environment';
import { ClaimRepository } from './graph/claim.repository';
import { Neo4jService } from './graph/neo4j.service';
import { SubgraphRepository } from './graph/subgraph.repository';
import { defaultLocalNeo4j, LocalNeo4jInstance, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './graph/local-neo4j';

const logger = new Logger('claimgraph');

async function bootstrap(): Promise<void> {
  validateEnvironment(process.env);
  // Without NEO4J_URI the local Neo4j in .neo4j/ is used; this process stops it on exit only if it starts it.
  const local = process.env.NEO4J_URI ? undefined : defaultLocalNeo4j();
  const ownsNeo4j = local !== undefined && !(await localNeo4jStatus(local)).running;
  let app: NestExpressApplication | undefined;

  // Signals are handled here rather than by enableShutdownHooks(): the local Neo4j must stop after the app has
  // closed its driver, and also when Ctrl-C comes while the app is still starting.
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    try {
      await app?.close();
      if (local && ownsNeo4j) {
        logger.log('stopping the Neo4j this process started');
        await stopLocalNeo4j(local.home);
      }
      process.exit(0);
    } catch (error) {
      logger.error(`shutdown failed: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));

  try {
    let neo4j: LocalNeo4jInstance | undefined;
    if (local) {
      logger.log(`NEO4J_URI is not set: using the local Neo4j in ${local.home}`);
      neo4j = await startLocalNeo4j(local);
      Object.assign(process.env, { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
      logger.log(`${neo4j.startedHere ? 'started' : 'reusing the already running'} Neo4j (pid ${neo4j.pid}) at ${neo4j.uri}`);
    }
    // Imported only now: ConfigModule.forRoot() writes the defaults into process.env, which would hide an unset NEO4J_URI.
    const { AppModule } = await import('./app.module');
    app = await NestFactory.create<NestExpressApplication>(AppModule, { abortOnError: false });
    configureApp(app);
    const config = app.get(ConfigService<Environment, true>);
    await app.listen(config.get('PORT', { infer: true }), config.get('HOST', { infer: true }));

    // In the background: requests are served meanwhile (one that comes first plans its query itself).
    const neo4jService = app.get(Neo4jService);
    void neo4jService
      .planAhead([...app.get(ClaimRepository).readQueries, ...app.get(SubgraphRepository).readQueries])
      .then((planned) => logger.log(`${planned} read queries planned ahead`));

    const url = await app.getUrl();
    logger.log(`API            ${url}`);
    logger.log(`OpenAPI        ${url}/docs`);
    if (neo4j) {
      logger.log(`Neo4j Browser  ${neo4j.browserUrl}  (user ${neo4j.user}, password ${neo4j.password})`);
    } else {
      logger.log(`Neo4j          ${config.get('NEO4J_URI', { infer: true })}`);
    }
  } catch (error) {
    if (stopping) return; // a signal interrupted start-up; shutdown() finishes and exits
    if (local && ownsNeo4j) await stopLocalNeo4j(local.home);
    throw error;
  }
}

// One line: what went wrong and what to do (Nest has already logged the stack of errors raised inside the app).
bootstrap().catch((error: unknown) => {
  logger.error(`start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
