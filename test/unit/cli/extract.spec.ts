import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ExtractionResult } from '../../../src/extraction';

const root = join(__dirname, '../../..');
const tsNode = require.resolve('ts-node/dist/bin.js');

function extract(...paths: string[]) {
  const run = spawnSync(process.execPath, [tsNode, '--transpile-only', join(root, 'scripts/extract.ts'), ...paths], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function expectOffsetsSliceTheFiles(result: ExtractionResult, textOf: (id: string) => string): void {
  for (const document of result.documents) {
    const text = textOf(document.id);
    for (const statement of document.statements) {
      expect(text.slice(statement.start, statement.end)).toBe(statement.text);
      for (const span of [statement.speakerMention, statement.cue]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  }
}

describe('npm run extract', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    mkdirSync(join(folder, 'nested'));
    copyFileSync(join(root, 'seeds/000_813fe984a3512521.txt'), join(folder, 'nested/good.txt'));
    writeFileSync(join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 society said it was "closed".', 'latin1'));
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    writeFileSync(join(folder, 'empty.txt'), '  \n\n ');
    writeFileSync(join(folder, 'ignored.md'), 'Not a .txt file, so not read.');
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prints one JSON document for the seeds whose offsets slice the files exactly', () => {
    const run = extract('seeds');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ExtractionResult;
    expect(result.documents.map((document) => document.id)).toEqual([
      '000_813fe984a3512521',
      '001_5d88aa63a0095c45',
      '002_ca187d1cd9f803a8',
    ]);
    expect(result.documents[0]).toMatchObject({ outlet: 'Deadline', authors: ['Jeremy Gerard'] });
    expectOffsetsSliceTheFiles(result, (id) => readFileSync(join(root, 'seeds', `${id}.txt`), 'utf8'));
    expect(run.stderr).toMatch(/3 documents/);
  }, 60_000);

  it('skips bad files with their reason on stderr, keeps the good ones, and exits non-zero', () => {
    const run = extract(folder, join(folder, 'missing.txt'));
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as ExtractionResult;
    expect(result.documents.map((document) => document.id)).toEqual(['good']);
    expectOffsetsSliceTheFiles(result, () => readFileSync(join(folder, 'nested/good.txt'), 'utf8'));
    expect(run.stderr).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(run.stderr).toMatch(/binary\.txt: binary/);
    expect(run.stderr).toMatch(/empty\.txt: empty/);
    expect(run.stderr).toMatch(/missing\.txt: cannot read \(ENOENT\)/);
    expect(run.stderr).not.toMatch(/ignored\.md/);
  }, 60_000);

  it('refuses to run without a path', () => {
    const run = extract();
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/usage/);
  }, 60_000);
});
