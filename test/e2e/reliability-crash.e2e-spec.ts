/**
 * The ingest CLI killed with SIGKILL half-way through a folder leaves only whole articles (each all or nothing, several
 * to a transaction), and run again it finishes with every article stored once, complete, and no duplicate Person. The folder
 * also holds bad files: the CLI reports each, skips it, goes on, and exits non-zero at the end.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { extractArticle } from '../../src/extraction';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { generatedArticle, GENERATED_PEOPLE } from './reliability-support';

/** Enough that the first run is still writing when it is killed: articles share transactions, so they go fast. */
const ARTICLES = 200;
/** The first run is killed once this many articles are in: well into the folder, with room left before its end. */
const KILL_AFTER = 15;
const runTag = `crash${Date.now().toString(36)}`;
const articleId = (k: number) => `${runTag}-${String(k).padStart(2, '0')}`;
const BAD_FILES: Record<string, string | Buffer> = {
  [`${runTag}-bad-empty.txt`]: '   \n',
  [`${runTag}-bad-binary.txt`]: Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01, 0x00, 0xff]),
  [`${runTag}-bad-latin1.txt`]: Buffer.from('The mayor said the caf\xe9 was closed on Tuesday.', 'latin1'),
  [`${runTag}-bad-page.txt`]: `<!DOCTYPE html><html><body><p>${generatedArticle(1)}</p></body></html>`,
};

const INGEST_STATEMENT_RUNNING =
  "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' AND (currentQuery CONTAINS 'UNWIND $' OR currentQuery CONTAINS 'MERGE (') RETURN currentQuery";

interface Run {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm run ingest -- <folder>` without npm in between, so that the PID killed is the ingest itself. */
function runIngest(folder: string): Run {
  const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'scripts/ingest.ts', folder], {
    cwd: join(__dirname, '..', '..'),
    env: { ...process.env, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = {
    child,
    stdout: [],
    stderr: [],
    exit: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout!.on('data', (chunk: Buffer) => run.stdout.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => run.stderr.push(chunk.toString()));
  return run;
}

describe('the ingest CLI killed with SIGKILL half-way and run again', () => {
  let app: NestExpressApplication;
  let neo4j: Neo4jService;
  let folder: string;
  const texts = Array.from({ length: ARTICLES }, (_, k) => `${generatedArticle(300 + k)}\nFiled under ${runTag}.\n`);
  const expectedStatements = new Map(texts.map((text, k) => [articleId(k), extractArticle(text, { id: articleId(k) }).statements.length]));

  beforeAll(async () => {
    const { createTestApp } = await import('../support/app');
    app = await createTestApp();
    neo4j = app.get(Neo4jService);
    folder = mkdtempSync(join(tmpdir(), 'claimgraph-crash-'));
    texts.forEach((text, k) => writeFileSync(join(folder, `${articleId(k)}.txt`), text));
    for (const [name, content] of Object.entries(BAD_FILES)) writeFileSync(join(folder, name), content);
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await app.close();
  });

  /** This run's articles in the graph, each with its number of statements. */
  async function storedArticles(): Promise<Map<string, number>> {
    const rows = await neo4j.read<{ id: string; statements: number }>(
      'MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN a.id AS id, COUNT { (a)<-[:IN_ARTICLE]-(:Statement) } AS statements',
      { prefix: `${runTag}-` },
    );
    return new Map(rows.map((row) => [row.id, row.statements]));
  }

  function expectComplete(stored: Map<string, number>): void {
    const incomplete = [...stored].filter(([id, statements]) => statements !== expectedStatements.get(id));
    expect(incomplete).toEqual([]);
  }

  it('keeps only whole articles after the kill, and completes without duplicates on the second run', async () => {
    const first = runIngest(folder);
    let storedAtKill = 0;
    for (const deadline = Date.now() + 300_000; Date.now() < deadline; ) {
      storedAtKill = (await storedArticles()).size;
      if (storedAtKill >= KILL_AFTER) break;
      const exited = await Promise.race([first.exit.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 100))]);
      if (exited) throw new Error(`the first run ended before it could be killed:\n${first.stderr.join('')}`);
    }
    // Best effort: kill while one of the ingest's write statements runs, so that a transaction is cut in the middle.
    let midTransaction = false;
    let exitedEarly = false;
    void first.exit.then(() => (exitedEarly = true));
    for (const deadline = Date.now() + 10_000; !midTransaction && !exitedEarly && Date.now() < deadline; ) {
      midTransaction = (await neo4j.read(INGEST_STATEMENT_RUNNING)).length > 0;
    }
    if (exitedEarly) throw new Error(`the first run ended before it could be killed:\n${first.stderr.join('')}`);
    first.child.kill('SIGKILL');
    expect(await first.exit).toEqual({ code: null, signal: 'SIGKILL' });

    const afterKill = await storedArticles();
    expect(afterKill.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(afterKill.size).toBeLessThan(ARTICLES);
    expectComplete(afterKill);
    process.stderr.write(
      `reliability-crash: SIGKILL after ${afterKill.size} of ${ARTICLES} articles` +
        `${midTransaction ? ', while an ingest statement ran' : ''}; all stored articles whole\n`,
    );

    const second = runIngest(folder);
    const ended = await second.exit;
    const stderr = second.stderr.join('');
    expect({ ended, stderr }).toMatchObject({ ended: { code: 1, signal: null } });
    for (const name of Object.keys(BAD_FILES)) expect(stderr).toContain(`skipped ${join(folder, name)}`);
    const summary = JSON.parse(second.stdout.join('').trim().split('\n').pop()!);
    expect(summary).toMatchObject({ files: ARTICLES + Object.keys(BAD_FILES).length, failed: Object.keys(BAD_FILES).length });
    expect(summary.created + summary.unchanged + summary.updated).toBe(ARTICLES);
    expect(summary.created).toBeLessThanOrEqual(ARTICLES - afterKill.size + 1);

    const final = await storedArticles();
    expect([...final.keys()].sort()).toEqual([...expectedStatements.keys()].sort());
    expectComplete(final);
    const duplicates = await neo4j.read(
      'MATCH (p:Person) WHERE p.name IN $names WITH p.name AS name, count(*) AS nodes WHERE nodes > 1 RETURN name, nodes',
      { names: GENERATED_PEOPLE },
    );
    expect(duplicates).toEqual([]);
  }, 600_000);
});
