/**
 * npm run bench -- [corpus folder=seeds/] [--rounds N] [--duration SECONDS] [--connections 1,16,64] [--concurrency N]
 *                  [--port N] [--limit N] [--out FILE] [--json FILE] [--keep-neo4j] [--skip-load]
 *
 * Measures, in one run: extraction against compromise's bare parse; ingestion against a raw UNWIND … CREATE floor;
 * how ingestion time grows over 10/25/50/100 % of the corpus; queries under load from autocannon in another process;
 * the service's peak resident memory while it ingests the corpus. Markdown on stdout (and --out), progress on stderr.
 *
 * It never touches the user's data: it runs its own Neo4j in .neo4j-bench/ (Bolt 7691, HTTP 7478) and clears it, or
 * uses BENCH_NEO4J_URI (+ BENCH_NEO4J_USER, BENCH_NEO4J_PASSWORD) — which it also clears — when that is set.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, relative } from 'node:path';
import { Environment } from '../../src/config/environment';
import { projectRoot } from '../../src/config/project-root';
import { bulkConcurrency } from '../../src/modules/documents/ingestion.service';
import { LocalNeo4jInstance, NEO4J_USER, startLocalNeo4j, stopLocalNeo4j } from '../../src/graph/local-neo4j';
import { growthPrefixes, loadCorpus } from './corpus';
import { benchExtraction } from './extraction';
import { BenchGraph } from './ingestion';
import { LoadResult, loadQuery } from './load';
import { BenchResults, toMarkdown } from './report';
import { BenchService } from './service';

const USAGE =
  'usage: npm run bench -- [corpus folder] [--rounds N] [--duration SECONDS] [--connections 1,16,64] [--concurrency N] ' +
  '[--port N] [--limit N] [--out FILE] [--json FILE] [--keep-neo4j] [--skip-load]';
const GROWTH_FRACTIONS = [0.1, 0.25, 0.5, 1];
const BENCH_NEO4J = { home: join(projectRoot(), '.neo4j-bench'), boltPort: 7691, httpPort: 7478 };
const NEO4J_VERSION = '5.26.30 Community';
/** Longer than the service's default: a cold server on a busy machine plans the ingest's statements slowly. */
const TX_TIMEOUT_MS = 120_000;
/** Posted, then deleted, before the timed run: the service's and Neo4j's JIT warm up on them. */
const SERVICE_WARM_UP_ARTICLES = 20;

interface Options {
  folder: string;
  rounds: number;
  duration: number;
  connections: number[];
  concurrency: number;
  port: number;
  limit?: number;
  out?: string;
  json?: string;
  keepNeo4j: boolean;
  skipLoad: boolean;
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    folder: join(projectRoot(), 'seeds'),
    rounds: 2,
    duration: 10,
    connections: [1, 16, 64],
    // As a bulk loader would: one post per extraction worker, and a transaction's worth more.
    concurrency: bulkConcurrency(new Environment().EXTRACTION_WORKERS),
    port: 3100,
    keepNeo4j: false,
    skipLoad: false,
  };
  const positiveInteger = (flag: string, value: string | undefined): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0) throw new UsageError(`${flag} needs a positive integer, not ${value}; ${USAGE}`);
    return number;
  };
  let folderGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') throw new UsageError(USAGE);
    else if (flag === '--keep-neo4j') options.keepNeo4j = true;
    else if (flag === '--skip-load') options.skipLoad = true;
    else if (flag === '--rounds') options.rounds = positiveInteger(flag, argv[++i]);
    else if (flag === '--duration') options.duration = positiveInteger(flag, argv[++i]);
    else if (flag === '--concurrency') options.concurrency = positiveInteger(flag, argv[++i]);
    else if (flag === '--port') options.port = positiveInteger(flag, argv[++i]);
    else if (flag === '--limit') options.limit = positiveInteger(flag, argv[++i]);
    else if (flag === '--connections') options.connections = (argv[++i] ?? '').split(',').map((value) => positiveInteger(flag, value));
    else if (flag === '--out') options.out = argv[++i];
    else if (flag === '--json') options.json = argv[++i];
    else if (flag.startsWith('--') || folderGiven) throw new UsageError(`unexpected ${flag}; ${USAGE}`);
    else {
      options.folder = flag;
      folderGiven = true;
    }
    if (argv[i] === undefined) throw new UsageError(`${flag} needs a value; ${USAGE}`);
  }
  return options;
}

/** The bench database: BENCH_NEO4J_URI when given, else its own local server in .neo4j-bench/. */
async function provideNeo4j(): Promise<{ uri: string; user: string; password: string; local?: LocalNeo4jInstance }> {
  if (process.env.BENCH_NEO4J_URI) {
    process.stderr.write(`bench: using BENCH_NEO4J_URI=${process.env.BENCH_NEO4J_URI}; its graph will be CLEARED\n`);
    return { uri: process.env.BENCH_NEO4J_URI, user: process.env.BENCH_NEO4J_USER ?? NEO4J_USER, password: process.env.BENCH_NEO4J_PASSWORD ?? '' };
  }
  process.stderr.write(`bench: starting the bench Neo4j in ${BENCH_NEO4J.home} (Bolt ${BENCH_NEO4J.boltPort})\n`);
  const local = await startLocalNeo4j(BENCH_NEO4J);
  return { uri: local.uri, user: local.user, password: local.password, local };
}

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'unknown';
  }
}

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const loadBefore = loadavg();
  const corpus = loadCorpus(options.folder, options.limit);
  const folderShown = relative(projectRoot(), options.folder) || '.';
  process.stderr.write(`bench: ${corpus.articles.length} articles, ${(corpus.bytes / 1e6).toFixed(2)} MB from ${folderShown}\n`);
  const prefixes = growthPrefixes(corpus.articles.length, GROWTH_FRACTIONS);

  const { documents, ...extraction } = benchExtraction(corpus.articles, options.rounds);
  const results: BenchResults = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${argv.join(' ')}`.trim() + ` (commit ${gitCommit()})`,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown CPU',
      cores: cpus().length,
      memoryGb: totalmem() / 2 ** 30,
      node: process.version,
      neo4j: NEO4J_VERSION,
      os: `${type()} ${release()}`,
      loadBefore,
      loadAfter: [],
    },
    corpus: { folder: folderShown, articles: corpus.articles.length, megabytes: corpus.bytes / 1e6 },
    extraction,
  };

  const neo4j = await provideNeo4j();
  Object.assign(process.env, {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_TX_TIMEOUT_MS: process.env.NEO4J_TX_TIMEOUT_MS ?? String(TX_TIMEOUT_MS),
  });
  const graph = await BenchGraph.open();
  let service: BenchService | undefined;
  try {
    if (neo4j.local === undefined || !neo4j.local.startedHere) process.stderr.write('bench: clearing the bench graph\n');
    await graph.clear();
    await graph.warmUp(corpus.articles, documents);
    // Twice: the first pass runs on a Neo4j that has just started, whose JVM is still compiling the write path (the
    // per-article cost falls for the first two thousand or so articles); the floor runs after, warm, so the second
    // pass is the one it is compared with. Both are reported.
    results.firstWrite = { ...(await graph.ingest(corpus.articles, documents, prefixes, 'first pass')).result, neo4jJustStarted: neo4j.local?.startedHere === true };
    await graph.clear();
    const written = await graph.ingest(corpus.articles, documents, prefixes, 'second pass');
    results.write = written.result;
    const writtenNodes = await graph.writtenNodes();
    await graph.clear();
    results.floor = await graph.floor(written.perArticle);
    await graph.clear();
    results.dataFloor = await graph.dataFloor(written.perArticle, writtenNodes);
    await graph.clear();

    const logDir = join(projectRoot(), '.neo4j-bench');
    mkdirSync(logDir, { recursive: true });
    const serviceOptions = {
      port: options.port,
      neo4jUri: neo4j.uri,
      neo4jUser: neo4j.user,
      neo4jPassword: neo4j.password,
      logFile: join(logDir, 'service.log'),
    };
    service = await BenchService.start(serviceOptions);
    process.stderr.write(`bench: service up (pid ${service.pid}) at ${service.baseUrl}\n`);
    const warmUp = corpus.articles.slice(0, Math.min(SERVICE_WARM_UP_ARTICLES, corpus.articles.length));
    await service.post(warmUp, [warmUp.length], options.concurrency, 'service warm-up');
    await graph.clear();
    const posted = await service.post(corpus.articles, prefixes, options.concurrency, 'POST /documents');
    const afterIngest = service.memory();
    results.service = { ...posted, concurrency: options.concurrency };
    results.memory = { idleRssMb: posted.idleRssMb, peakRssMb: posted.peakRssMb, hwmMb: afterIngest?.hwmMb ?? NaN };

    if (!options.skipLoad) {
      const seeds = loadCorpus(join(projectRoot(), 'seeds'));
      await service.post(seeds.articles, [seeds.articles.length], 1, 'seeds');
      const [top] = await service.getJson<Array<{ name: string; statementCount: number }>>('/people?limit=1');
      if (top === undefined) throw new Error('no person in the graph to query');
      const name = encodeURIComponent(top.name);
      const surname = encodeURIComponent(top.name.split(/\s+/).pop()!.toLowerCase());
      const queries: Array<[string, string]> = [
        ['statements by speaker', `/statements?speaker=${name}`],
        ['people search', `/people?q=${surname}`],
        ['depth-2 export', `/graph/export?person=${name}&depth=2&format=json`],
      ];
      const loadResults: LoadResult[] = [];
      // First as configured (answers reused for READ_CACHE_TTL_MS), then restarted with reuse off: what each query
      // costs when every request reaches Neo4j, as for questions nobody asked in the last second.
      for (const readCache of ['on', 'off'] as const) {
        if (readCache === 'off') {
          await service.stop();
          service = await BenchService.start({ ...serviceOptions, env: { READ_CACHE_TTL_MS: '0' } });
        }
        for (const [query, path] of queries) {
          const targets = { servicePid: service.pid, neo4jPid: neo4j.local?.pid };
          const measured = await loadQuery(targets, service.baseUrl, `${query} (read cache ${readCache})`, path, options.connections, options.duration);
          loadResults.push(...measured.map((result) => ({ ...result, readCache })));
        }
      }
      results.queries = { person: `${top.name} (${top.statementCount} statements)`, results: loadResults };
    }
  } finally {
    await service?.stop();
    await graph.close();
    if (neo4j.local?.startedHere && !options.keepNeo4j) await stopLocalNeo4j(BENCH_NEO4J.home);
  }
  results.machine.loadAfter = loadavg();

  const markdown = toMarkdown(results);
  process.stdout.write(`${markdown}\n`);
  if (options.out) writeFileSync(options.out, `${markdown}\n`);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
