/**
 * Extraction throughput against its floor: compromise's bare `nlp(text)` over the same texts in the same process.
 * The two run in alternating rounds, so that a noisy machine slows both alike; the medians are compared.
 */
import nlp from 'compromise';
import { extractArticle, ExtractedDocument } from '../../src/extraction';
import { BenchArticle } from './corpus';

export interface ExtractionResult {
  articles: number;
  megabytes: number;
  rounds: number;
  /** Passes over the corpus per timed round (more than one for tiny corpora, so each round lasts long enough to time). */
  passesPerRound: number;
  bareSeconds: number[];
  extractSeconds: number[];
  /** Median seconds for one pass over the corpus. */
  bareMedian: number;
  extractMedian: number;
  statements: number;
  documents: ExtractedDocument[];
}

const MIN_ROUND_SECONDS = 1;
/** Enough for the JIT; the timed rounds then cover the whole corpus. */
const WARM_UP_ARTICLES = 100;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function seconds(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

export function benchExtraction(articles: BenchArticle[], rounds: number): ExtractionResult {
  const bytes = articles.reduce((sum, article) => sum + article.bytes, 0);
  const extractAll = () => articles.map((article) => extractArticle(article.text, { id: article.id }));
  const parseAll = () => articles.forEach((article) => nlp(article.text));

  const warmUpArticles = articles.slice(0, WARM_UP_ARTICLES);
  process.stderr.write(`bench: extraction warm-up over ${warmUpArticles.length} articles\n`);
  let documents: ExtractedDocument[] = [];
  const warmUp = seconds(() => {
    warmUpArticles.forEach((article) => nlp(article.text));
    warmUpArticles.forEach((article) => extractArticle(article.text, { id: article.id }));
  });
  const estimatedPass = (warmUp * articles.length) / warmUpArticles.length;
  const passesPerRound = Math.max(1, Math.ceil(MIN_ROUND_SECONDS / Math.max(estimatedPass, 1e-3)));

  const bareSeconds: number[] = [];
  const extractSeconds: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    bareSeconds.push(seconds(() => { for (let pass = 0; pass < passesPerRound; pass++) parseAll(); }) / passesPerRound);
    extractSeconds.push(seconds(() => { for (let pass = 0; pass < passesPerRound; pass++) documents = extractAll(); }) / passesPerRound);
    process.stderr.write(
      `bench: extraction round ${round}/${rounds}: nlp(text) ${bareSeconds[round - 1].toFixed(2)} s, ` +
        `extractArticle ${extractSeconds[round - 1].toFixed(2)} s per pass\n`,
    );
  }
  return {
    articles: articles.length,
    megabytes: bytes / 1e6,
    rounds,
    passesPerRound,
    bareSeconds,
    extractSeconds,
    bareMedian: median(bareSeconds),
    extractMedian: median(extractSeconds),
    statements: documents.reduce((sum, document) => sum + document.statements.length, 0),
    documents,
  };
}
