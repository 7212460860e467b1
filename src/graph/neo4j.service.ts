import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import neo4j, { Driver, ManagedTransaction } from 'neo4j-driver';
import { Environment } from '../config/environment';
import { ReadCache } from './read-cache';
import { toPlain } from './to-plain';

export const NEO4J_DRIVER = Symbol('NEO4J_DRIVER');

/** One record with every value already plain (see toPlain). */
export type PlainRecord = Record<string, unknown>;

/**
 * The app's only door to Neo4j. One-off queries go through read()/write(); units of work through
 * readTx()/writeTx(), whose sessions are always closed. The driver retries transient errors in both.
 * Queries answered to API readers go through cachedRead() or cachedReadTx(); every write clears that cache (see ReadCache).
 */
@Injectable()
export class Neo4jService implements OnApplicationShutdown {
  readonly database: string;
  readonly uri: string;
  private readonly transactionConfig: { timeout: number };
  private readonly readCache: ReadCache;

  constructor(
    @Inject(NEO4J_DRIVER) private readonly driver: Driver,
    config: ConfigService<Environment, true>,
  ) {
    this.database = config.get('NEO4J_DATABASE', { infer: true });
    this.uri = config.get('NEO4J_URI', { infer: true });
    this.transactionConfig = { timeout: config.get('NEO4J_TX_TIMEOUT_MS', { infer: true }) };
    this.readCache = new ReadCache(config.get('READ_CACHE_TTL_MS', { infer: true }), config.get('READ_CACHE_ENTRIES', { infer: true }));
  }

  /** Runs a read query; each record becomes a plain object, then goes through `map` when given. */
  read<T = PlainRecord>(cypher: string, params: Record<string, unknown> = {}, map?: (record: PlainRecord) => T): Promise<T[]> {
    return this.run(neo4j.routing.READ, cypher, params, map);
  }

  /**
   * read(), but the answer may be one given up to READ_CACHE_TTL_MS ago, unless this process wrote since. For what
   * the API answers readers; `map` must be pure, and callers must not modify the shared answer.
   */
  cachedRead<T = PlainRecord>(cypher: string, params: Record<string, unknown> = {}, map?: (record: PlainRecord) => T): Promise<T[]> {
    return this.readCache.get(JSON.stringify([cypher, params]), () => this.read(cypher, params, map));
  }

  async write<T = PlainRecord>(cypher: string, params: Record<string, unknown> = {}, map?: (record: PlainRecord) => T): Promise<T[]> {
    try {
      return await this.run(neo4j.routing.WRITE, cypher, params, map);
    } finally {
      this.readCache.clear();
    }
  }

  /** Runs `work` in one read transaction (retried as a whole on transient errors). */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, this.transactionConfig);
    } finally {
      await session.close();
    }
  }

  /**
   * readTx, its answer reused like cachedRead's; `key` names everything the answer depends on (the work's queries
   * and parameters), since the work itself cannot be compared.
   */
  cachedReadTx<T>(key: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.readCache.get(JSON.stringify(['readTx', key]), () => this.readTx(work));
  }

  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, this.transactionConfig);
    } finally {
      // Also after a failure: a commit whose answer was lost may still have changed the graph.
      this.readCache.clear();
      await session.close();
    }
  }

  /**
   * Has Neo4j plan these queries (EXPLAIN: nothing runs) and keep the plans, so that the first reader after a start
   * does not wait for them: planning the statements query took ~4 s on a just-started Neo4j. Resolves to how many were
   * planned; never rejects (a query that cannot be planned now is planned when first asked).
   */
  async planAhead(cyphers: string[]): Promise<number> {
    let planned = 0;
    for (const cypher of cyphers) {
      try {
        await this.driver.executeQuery(`EXPLAIN ${cypher}`, {}, { routing: neo4j.routing.READ, database: this.database });
        planned += 1;
      } catch {
        // Not planned now: the first request plans it, as it would have without this.
      }
    }
    return planned;
  }

  /** True when Neo4j answers now; never throws and never retries, so it suits a health probe. */
  async isUp(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(
    routing: 'READ' | 'WRITE',
    cypher: string,
    params: Record<string, unknown>,
    map?: (record: PlainRecord) => T,
  ): Promise<T[]> {
    const { records } = await this.driver.executeQuery(cypher, params, {
      routing,
      database: this.database,
      transactionConfig: this.transactionConfig,
    });
    return records.map((record) => {
      const plain = toPlain(record.toObject()) as PlainRecord;
      return map ? map(plain) : (plain as T);
    });
  }
}
