/**
 * The built service (dist/src/main.js) as a child process on the bench Neo4j, its resident memory sampled from /proc,
 * and articles posted to it through POST /documents.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/project-root';
import { BenchArticle } from './corpus';
import { GrowthStep } from './ingestion';

export interface ServiceOptions {
  port: number;
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  logFile: string;
  /** More environment for the service (e.g. READ_CACHE_TTL_MS). */
  env?: Record<string, string>;
}

export interface MemorySample {
  rssMb: number;
  hwmMb: number;
}

export interface PostResult {
  articles: number;
  statements: number;
  failed: number;
  seconds: number;
  growth: GrowthStep[];
  /** Largest resident set sampled while the articles were posted. */
  peakRssMb: number;
  /** Resident set before the first article, once the service was up. */
  idleRssMb: number;
}

const START_TIMEOUT_MS = 90_000;
const SAMPLE_EVERY_MS = 100;

function memoryOf(pid: number): MemorySample | null {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return null;
  const text = readFileSync(status, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
}

export class BenchService {
  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {}

  static async start(options: ServiceOptions): Promise<BenchService> {
    const main = join(projectRoot(), 'dist', 'src', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first (npm run bench does)`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEO4J_URI: options.neo4jUri,
      NEO4J_USER: options.neo4jUser,
      NEO4J_PASSWORD: options.neo4jPassword,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      SEED_ON_EMPTY: 'false',
      WRITE_RATE_LIMIT: '0',
      NODE_ENV: 'production',
      ...options.env,
    };
    delete env.API_TOKEN;
    const log = createWriteStream(options.logFile, { flags: 'w' });
    const child = spawn(process.execPath, [main], { cwd: projectRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const service = new BenchService(child, `http://127.0.0.1:${options.port}`);
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the service exited during start-up (code ${child.exitCode}); see ${options.logFile}`);
      try {
        const response = await fetch(`${service.baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return service;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await service.stop();
    throw new Error(`the service did not answer /health within ${START_TIMEOUT_MS / 1000} s; see ${options.logFile}`);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  memory(): MemorySample | null {
    return memoryOf(this.pid);
  }

  /** Posts the articles with `concurrency` requests in flight, timing each growth step and sampling memory throughout. */
  async post(articles: BenchArticle[], prefixes: number[], concurrency: number, label: string): Promise<PostResult> {
    const idleRssMb = this.memory()?.rssMb ?? NaN;
    let peakRssMb = idleRssMb;
    const sampler = setInterval(() => {
      const sample = this.memory();
      if (sample) peakRssMb = Math.max(peakRssMb, sample.rssMb);
    }, SAMPLE_EVERY_MS);
    let statements = 0;
    let failed = 0;
    const growth: GrowthStep[] = [];
    const began = process.hrtime.bigint();
    try {
      let done = 0;
      for (const end of prefixes) {
        const stepBegan = process.hrtime.bigint();
        let next = done;
        const worker = async () => {
          while (next < end) {
            const article = articles[next++];
            const outcome = await this.postOne(article);
            if (outcome === null) failed += 1;
            else statements += outcome;
          }
        };
        await Promise.all(Array.from({ length: concurrency }, worker));
        const seconds = Number(process.hrtime.bigint() - stepBegan) / 1e9;
        const added = end - done;
        done = end;
        growth.push({ articles: end, added, seconds, msPerArticle: (seconds * 1000) / added });
        process.stderr.write(`bench: ${label} ${end}/${articles.length} articles (${((seconds * 1000) / added).toFixed(1)} ms/article in this step)\n`);
      }
    } finally {
      clearInterval(sampler);
    }
    const sample = this.memory();
    if (sample) peakRssMb = Math.max(peakRssMb, sample.rssMb);
    return {
      articles: articles.length,
      statements,
      failed,
      seconds: Number(process.hrtime.bigint() - began) / 1e9,
      growth,
      peakRssMb,
      idleRssMb,
    };
  }

  /** The number of statements the service extracted, or null when it refused the article. */
  private async postOne(article: BenchArticle): Promise<number | null> {
    const response = await fetch(`${this.baseUrl}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: article.id, text: article.text }),
    });
    const body = (await response.json()) as { statements?: unknown[]; message?: unknown };
    if (response.status !== 201) {
      process.stderr.write(`bench: POST /documents ${article.id}: ${response.status} ${JSON.stringify(body.message ?? body)}\n`);
      return null;
    }
    return body.statements?.length ?? 0;
  }

  async getJson<T>(path: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timeout);
  }
}
