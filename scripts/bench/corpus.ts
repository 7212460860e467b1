/** The benchmark's corpus: every readable .txt below a folder, in a fixed pseudo-random order. */
import { listArticleFiles, readArticleFile } from '../lib/article-files';

export interface BenchArticle {
  id: string;
  path: string;
  text: string;
  /** UTF-8 size of the text. */
  bytes: number;
}

export interface Corpus {
  folder: string;
  articles: BenchArticle[];
  bytes: number;
}

/** Deterministic shuffle (mulberry32): prefixes then mix the corpus's sections (BBC files are sorted by topic). */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function loadCorpus(folder: string, limit?: number): Corpus {
  const { files, skipped } = listArticleFiles([folder]);
  for (const bad of skipped) process.stderr.write(`bench: skipped ${bad.path}: ${bad.reason}\n`);
  const articles: BenchArticle[] = [];
  for (const file of files) {
    const read = readArticleFile(file.path);
    if (read.error !== null) {
      process.stderr.write(`bench: skipped ${file.path}: ${read.error}\n`);
      continue;
    }
    articles.push({ id: file.id, path: file.path, text: read.text, bytes: Buffer.byteLength(read.text, 'utf8') });
  }
  const ordered = shuffled(articles, 20251124).slice(0, limit ?? articles.length);
  if (ordered.length === 0) throw new Error(`no readable .txt articles in ${folder}`);
  return { folder, articles: ordered, bytes: ordered.reduce((sum, article) => sum + article.bytes, 0) };
}

/** How many articles make up each growth step's prefix (10/25/50/100 %), at least one each and increasing. */
export function growthPrefixes(count: number, fractions: readonly number[]): number[] {
  const ends: number[] = [];
  for (const fraction of fractions) {
    const end = Math.min(count, Math.max(1, Math.round(count * fraction)));
    if (end > (ends[ends.length - 1] ?? 0)) ends.push(end);
  }
  return ends;
}
