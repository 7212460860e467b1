import { Global, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import neo4j, { Driver } from 'neo4j-driver';
import { Environment } from '../config/environment';
import { defaultLocalNeo4j, readLocalPassword } from './local-neo4j';
import { NEO4J_DRIVER, Neo4jService } from './neo4j.service';
import { SchemaService } from './schema.service';

const logger = new Logger('Neo4j');

/** Creates the app's one driver and waits, for at most NEO4J_CONNECT_TIMEOUT_MS, until Neo4j answers. */
async function connectDriver(config: ConfigService<Environment, true>): Promise<Driver> {
  const uri = config.get('NEO4J_URI', { infer: true });
  const user = config.get('NEO4J_USER', { infer: true });
  // The local server's generated password is offered only to a Neo4j on this machine.
  const loopback = /^[a-z+]+:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/|$)/.test(uri);
  const password = config.get('NEO4J_PASSWORD', { infer: true }) ?? (loopback ? readLocalPassword(defaultLocalNeo4j().home) : undefined) ?? '';
  const database = config.get('NEO4J_DATABASE', { infer: true });
  const timeoutMs = config.get('NEO4J_CONNECT_TIMEOUT_MS', { infer: true });
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // Short, so that requests made while Neo4j is down fail fast with 503 instead of hanging.
    maxTransactionRetryTime: 5_000,
    userAgent: 'claimgraph',
  });
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity({ database });
      return driver;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      const unrecoverable = code.startsWith('Neo.ClientError.Security.');
      if (unrecoverable || Date.now() >= deadline) {
        await driver.close();
        const hint = unrecoverable ? 'check NEO4J_USER and NEO4J_PASSWORD' : 'start it (npm run neo4j:start) or fix NEO4J_URI';
        throw new Error(`Neo4j at ${uri} cannot be used: ${(error as Error).message} (${hint})`);
      }
      if (attempt === 1) logger.warn(`Neo4j at ${uri} does not answer yet; retrying for up to ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

@Global()
@Module({
  providers: [{ provide: NEO4J_DRIVER, inject: [ConfigService], useFactory: connectDriver }, Neo4jService, SchemaService],
  exports: [Neo4jService],
})
export class Neo4jModule {}
