import { plainToInstance, Transform } from 'class-transformer';
import { availableParallelism } from 'node:os';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ({ true: true, '1': true, false: false, '0': false } as Record<string, boolean>)[value.toLowerCase()] ?? value : value;
const toInteger = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

/**
 * Every setting the service reads, from environment variables, checked once at start-up.
 * Read it through `ConfigService<Environment, true>`: `config.get('PORT', { infer: true })`.
 */
export class Environment {
  /** Bolt URI of Neo4j; when unset, `npm start` runs the local server in .neo4j/ and uses it. */
  @Matches(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, { message: 'NEO4J_URI must be a neo4j:// or bolt:// URI, e.g. bolt://127.0.0.1:7687' })
  NEO4J_URI = 'bolt://127.0.0.1:7687';

  @IsString()
  @IsNotEmpty()
  NEO4J_USER = 'neo4j';

  /** Unset: the password the local server keeps in .neo4j/password. */
  @IsOptional()
  @IsString()
  NEO4J_PASSWORD?: string;

  @IsString()
  @IsNotEmpty()
  NEO4J_DATABASE = 'neo4j';

  /** Server-side limit for each transaction the service runs. */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  NEO4J_TX_TIMEOUT_MS = 30_000;

  /** How long start-up keeps retrying to reach Neo4j before giving up. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  NEO4J_CONNECT_TIMEOUT_MS = 30_000;

  @IsString()
  @IsNotEmpty()
  HOST = '127.0.0.1';

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** When set, write endpoints require `Authorization: Bearer <API_TOKEN>`. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  API_TOKEN?: string;

  /** Most write requests (POST, PUT, PATCH, DELETE) one client address may make per minute; 0 turns the limit off. Reads are not limited. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  WRITE_RATE_LIMIT = 60;

  /** Largest request body (and so document) accepted, in bytes; larger ones get 413. */
  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  MAX_DOCUMENT_BYTES = 1_048_576;

  /** Largest number of nodes one /graph/export answer may hold. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  EXPORT_MAX_NODES = 5_000;

  /**
   * Worker threads that extract articles, so that extraction neither blocks requests nor waits for writes. One core
   * is left to the main thread (and Neo4j, when local); 0 extracts on the main thread.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(64)
  EXTRACTION_WORKERS = Math.max(1, availableParallelism() - 1);

  /** How long (ms) an API read answer may be reused when this service has not written since; 0 turns reuse off. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  READ_CACHE_TTL_MS = 1_000;

  /** How many API read answers are kept at most (least recently used dropped first). */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  READ_CACHE_ENTRIES = 500;

  /** Ingest seeds/ at start-up when the graph is empty. */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_ON_EMPTY = true;

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';
}

/** Raised when a variable is wrong; its message names every variable at fault. */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

/** Validates raw variables (unset or empty ones take their defaults) and returns them typed. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
  const environment = plainToInstance(Environment, given, { exposeDefaultValues: true });
  const errors = validateSync(environment, { skipMissingProperties: false });
  if (errors.length > 0) {
    const problems = errors.map(
      (error) => `${error.property}=${JSON.stringify(given[error.property] ?? error.value)}: ${Object.values(error.constraints ?? {}).join('; ')}`,
    );
    throw new EnvironmentError(`invalid configuration: ${problems.join(' | ')}`);
  }
  return environment;
}
