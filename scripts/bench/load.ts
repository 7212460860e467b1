/**
 * Queries under load: autocannon in a SEPARATE process (its own CLI, JSON on stdout), so that the load generator
 * does not share an event loop with the benchmark or the service.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/project-root';

export interface LoadResult {
  query: string;
  /** The service's read cache in this run: on (as configured by default) or off (READ_CACHE_TTL_MS=0). */
  readCache?: 'on' | 'off';
  path: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  requests: number;
  /** Answers other than 2xx, plus connection errors and timeouts. */
  failures: number;
  /** CPU time (user + system) per request in the service and in Neo4j, when their processes are known: where the time goes. */
  serviceCpuMsPerRequest?: number;
  neo4jCpuMsPerRequest?: number;
}

/** The pids whose CPU time each run accounts for. */
export interface LoadTargets {
  servicePid: number;
  neo4jPid?: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** CPU milliseconds a process has used so far (utime + stime from /proc/<pid>/stat); undefined off Linux. */
function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return undefined;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

function runAutocannon(url: string, connections: number, seconds: number): Promise<AutocannonJson> {
  const cli = join(projectRoot(), 'node_modules', 'autocannon', 'autocannon.js');
  const args = [cli, '-j', '-c', String(connections), '-d', String(seconds), '-t', '10', url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr.trim()}`));
      try {
        resolve(JSON.parse(stdout) as AutocannonJson);
      } catch {
        reject(new Error(`autocannon printed no JSON: ${stdout.slice(0, 200)} ${stderr.slice(0, 200)}`));
      }
    });
  });
}

/** Three requests and one warm-up second at one connection, then `seconds` at each number of connections. */
export async function loadQuery(
  targets: LoadTargets,
  baseUrl: string,
  query: string,
  path: string,
  connectionCounts: number[],
  seconds: number,
): Promise<LoadResult[]> {
  const url = `${baseUrl}${path}`;
  // Awaited one by one first: a cold Neo4j may take seconds to plan the query, longer than a short autocannon run.
  for (let i = 0; i < 3; i++) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }
  await runAutocannon(url, 1, 1);
  const results: LoadResult[] = [];
  for (const connections of connectionCounts) {
    const serviceBefore = cpuMs(targets.servicePid);
    const neo4jBefore = cpuMs(targets.neo4jPid);
    const run = await runAutocannon(url, connections, seconds);
    const perRequest = (before: number | undefined, pid: number | undefined) => {
      const after = cpuMs(pid);
      return before === undefined || after === undefined || run.requests.total === 0 ? undefined : (after - before) / run.requests.total;
    };
    const result: LoadResult = {
      query,
      path,
      connections,
      seconds: run.duration,
      requestsPerSecond: run.requests.total / run.duration,
      p50Ms: run.latency.p50,
      p99Ms: run.latency.p99,
      maxMs: run.latency.max,
      requests: run.requests.total,
      failures: run.non2xx + run.errors + run.timeouts,
      serviceCpuMsPerRequest: perRequest(serviceBefore, targets.servicePid),
      neo4jCpuMsPerRequest: perRequest(neo4jBefore, targets.neo4jPid),
    };
    process.stderr.write(
      `bench: ${query} at ${connections} connections: ${result.requestsPerSecond.toFixed(0)} req/s, ` +
        `p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.failures} failures\n`,
    );
    results.push(result);
  }
  return results;
}
