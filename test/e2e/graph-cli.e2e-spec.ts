import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { XMLValidator } from 'fast-xml-parser';
import { clearGraph, createTestApp } from '../support/app';
import { graphCounts } from './graph-helpers';

/** npm run ingest / npm run export as a user runs them, on the test Neo4j (NEO4J_URI from the global setup). */

const ROOT = join(__dirname, '..', '..');

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [require.resolve('ts-node/dist/bin'), '--transpile-only', join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: process.env,
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the graph command-line tools', () => {
  let app: NestExpressApplication;
  let folder: string;

  beforeAll(async () => {
    app = await createTestApp();
    await clearGraph(app);
    folder = mkdtempSync(join(tmpdir(), 'claimgraph-ingest-'));
    copyFileSync(join(ROOT, 'seeds', '002_ca187d1cd9f803a8.txt'), join(folder, 'kimora.txt'));
    writeFileSync(join(folder, 'empty.txt'), '   \n');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await app.close();
  });

  it('ingest: stores the good files, reports and skips the bad ones, exits 1; a second run changes nothing', async () => {
    const first = run('ingest.ts', [folder]);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/empty\.txt: empty/);
    expect(first.stderr).toMatch(/binary\.txt: binary/);
    expect(JSON.parse(first.stdout)).toMatchObject({ files: 3, created: 1, failed: 2 });
    const counts = await graphCounts(app);
    expect(counts.nodes).toBeGreaterThan(5);

    const second = run('ingest.ts', [join(folder, 'kimora.txt')]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ unchanged: 1, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphCounts(app)).toEqual(counts);
  });

  it('ingest without arguments prints the usage and exits 2', () => {
    const result = run('ingest.ts', []);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  });

  it('export: writes GraphML to a file, and refuses a bad depth', () => {
    const out = join(folder, 'russell.graphml');
    const result = run('export.ts', ['--person', 'Russell Simmons', '--depth', '2', '--format', 'graphml', '--out', out]);
    expect(result.code).toBe(0);
    expect(XMLValidator.validate(readFileSync(out, 'utf8'))).toBe(true);
    const bad = run('export.ts', ['--person', 'Russell Simmons', '--depth', '9']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/depth/);
  });
});
