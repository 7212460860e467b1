/**
 * Throughput of the extraction against compromise's bare `nlp(text)` over the same texts.
 *   npx ts-node --transpile-only scripts/bench-extract.ts [folder=/work/shared/corpora/bbc]
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import nlp from 'compromise';
import { extractArticle } from '../src/extraction';

function textFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

function time(label: string, texts: string[], run: (text: string, index: number) => void): number {
  const started = process.hrtime.bigint();
  texts.forEach(run);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`${label}: ${seconds.toFixed(2)} s (${(texts.length / seconds).toFixed(1)} docs/s)\n`);
  return seconds;
}

const folder = process.argv[2] ?? '/work/shared/corpora/bbc';
const texts = textFiles(folder).map((path) => readFileSync(path, 'utf8'));
process.stderr.write(`${texts.length} texts, ${texts.reduce((sum, text) => sum + text.length, 0)} characters\n`);
texts.slice(0, 50).forEach((text, index) => {
  nlp(text);
  extractArticle(text, { id: String(index) });
});
const bare = time('compromise nlp(text)', texts, (text) => nlp(text));
const extraction = time('extractArticle', texts, (text, index) => extractArticle(text, { id: String(index) }));
process.stdout.write(`ratio extractArticle / nlp: ${(extraction / bare).toFixed(2)}\n`);
