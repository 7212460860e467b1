import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { configureApp } from './app.setup';
import { Environment, validateEnvironment } from './config/environment';
import { defaultLocalNeo4j, LocalNeo4jInstance, startLocalNeo4j, stopLocalNeo4j } from './graph/local-neo4j';

const logger = new Logger('claimgraph');

/** Starts (or reuses) the local Neo4j in .neo4j/ unless NEO4J_URI names another one, and points the config at it. */
async function provideNeo4j(): Promise<LocalNeo4jInstance | undefined> {
  if (process.env.NEO4J_URI) return undefined;
  const local = defaultLocalNeo4j();
  logger.log(`NEO4J_URI is not set: using the local Neo4j in ${local.home}`);
  const neo4j = await startLocalNeo4j(local);
  Object.assign(process.env, { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
  logger.log(`${neo4j.startedHere ? 'started' : 'reusing the already running'} Neo4j (pid ${neo4j.pid}) at ${neo4j.uri}`);
  return neo4j;
}

async function bootstrap(): Promise<void> {
  validateEnvironment(process.env);
  const localNeo4j = await provideNeo4j();
  const stopStartedNeo4j = async () => {
    if (localNeo4j?.startedHere) {
      logger.log('stopping the Neo4j this process started');
      await stopLocalNeo4j(defaultLocalNeo4j().home);
    }
  };

  let app: NestExpressApplication;
  try {
    // Imported only now: ConfigModule.forRoot() writes the defaults into process.env, which would hide an unset NEO4J_URI.
    const { AppModule } = await import('./app.module');
    app = await NestFactory.create<NestExpressApplication>(AppModule, { abortOnError: false });
    configureApp(app);
    const config = app.get(ConfigService<Environment, true>);
    await app.listen(config.get('PORT', { infer: true }), config.get('HOST', { infer: true }));
  } catch (error) {
    await stopStartedNeo4j();
    throw error;
  }

  // Signals are handled here rather than by enableShutdownHooks(): the local Neo4j must stop after the app has closed its driver.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: shutting down`);
      app
        .close()
        .then(stopStartedNeo4j)
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error(`shutdown failed: ${(error as Error).message}`);
            process.exit(1);
          },
        );
    });
  }

  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  const config = app.get(ConfigService<Environment, true>);
  logger.log(`API            ${url}`);
  logger.log(`OpenAPI        ${url}/docs`);
  if (localNeo4j) {
    logger.log(`Neo4j Browser  ${localNeo4j.browserUrl}  (user ${localNeo4j.user}, password ${localNeo4j.password})`);
  } else {
    logger.log(`Neo4j          ${config.get('NEO4J_URI', { infer: true })}`);
  }
}

// One line: what went wrong and what to do (Nest has already logged the stack of errors raised inside the app).
bootstrap().catch((error: unknown) => {
  logger.error(`start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
