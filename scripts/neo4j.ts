/**
 * npm run neo4j:start | neo4j:stop | neo4j:status [-- --home DIR --bolt-port N --http-port N --timeout SECONDS]
 * Manages the local Neo4j server (defaults: .neo4j/, Bolt 7687, HTTP 7474, loopback only).
 */
import {
  DEFAULT_START_TIMEOUT_MS,
  defaultLocalNeo4j,
  LocalNeo4jError,
  LocalNeo4jOptions,
  localNeo4jStatus,
  NEO4J_USER,
  browserUrl,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../src/graph/local-neo4j';

const USAGE = 'usage: neo4j.ts start|stop|status [--home DIR] [--bolt-port N] [--http-port N] [--timeout SECONDS]';

function parseArguments(argv: string[]): { command: string; options: LocalNeo4jOptions } {
  const [command, ...rest] = argv;
  const options: LocalNeo4jOptions = { ...defaultLocalNeo4j(), startTimeoutMs: DEFAULT_START_TIMEOUT_MS };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (value === undefined) throw new LocalNeo4jError(`${flag} needs a value; ${USAGE}`);
    const number = Number(value);
    const positive = Number.isInteger(number) && number > 0;
    if (flag === '--home') options.home = value;
    else if (flag === '--bolt-port' && positive) options.boltPort = number;
    else if (flag === '--http-port' && positive) options.httpPort = number;
    else if (flag === '--timeout' && positive) options.startTimeoutMs = number * 1000;
    else throw new LocalNeo4jError(`bad option ${flag} ${value}; ${USAGE}`);
  }
  if (!['start', 'stop', 'status'].includes(command ?? '')) throw new LocalNeo4jError(USAGE);
  return { command, options };
}

async function main(): Promise<number> {
  const { command, options } = parseArguments(process.argv.slice(2));
  if (command === 'start') {
    process.stderr.write(`Starting Neo4j in ${options.home} ...\n`);
    const neo4j = await startLocalNeo4j(options);
    process.stdout.write(
      `Neo4j ${neo4j.startedHere ? 'started' : 'was already running'} (pid ${neo4j.pid})\n` +
        `  Bolt     ${neo4j.uri}\n` +
        `  Browser  ${neo4j.browserUrl}\n` +
        `  user ${neo4j.user}  password ${neo4j.password}\n`,
    );
    return 0;
  }
  if (command === 'stop') {
    const stopped = await stopLocalNeo4j(options.home);
    process.stdout.write(stopped ? `Neo4j in ${options.home} stopped\n` : `Neo4j in ${options.home} was not running\n`);
    return 0;
  }
  const status = await localNeo4jStatus(options);
  if (!status.running) {
    process.stdout.write(`Neo4j in ${status.home} is not running\n`);
    return 3;
  }
  process.stdout.write(
    `Neo4j in ${status.home} is running (pid ${status.pid})\n` +
      `  Bolt     bolt://127.0.0.1:${status.boltPort}\n` +
      `  Browser  ${browserUrl(status.httpPort, status.boltPort)}\n` +
      `  user ${NEO4J_USER}  password ${status.password ?? '(not set yet)'}\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof LocalNeo4jError ? error.message : error instanceof Error ? error.stack : String(error);
    process.stderr.write(`neo4j: ${message}\n`);
    process.exit(1);
  },
);
