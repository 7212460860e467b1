/**
 * npm run ingest -- <files or folders>...
 * Extracts each plain-text article (folders: every .txt below them) and writes it into Neo4j, each article all or
 * nothing (up to MAX_ARTICLES_PER_TRANSACTION share a transaction), with the same service as POST /documents.
 * Progress on stderr; a JSON summary on stdout. Bad files are reported and skipped; the exit code is 1 when any file
 * was bad, 2 for a usage error.
 */
import { availableParallelism } from 'node:os';
import { Neo4jError } from 'neo4j-driver';
import { InvalidExtractionError } from '../src/graph/article-graph';
import { IngestionModule } from '../src/modules/documents/ingestion.module';
import { IngestionService, RejectedArticleError } from '../src/modules/documents/ingestion.service';
import { listArticleFiles, readArticleFile } from './lib/article-files';
import { CliError, createGraphContext } from './lib/graph-cli';
import { progressOnStderr } from './lib/progress';

const USAGE = 'usage: npm run ingest -- <file.txt or folder>...';

interface Summary {
  files: number;
  created: number;
  updated: number;
  unchanged: number;
  duplicate: number;
  failed: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  seconds: number;
}

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0 || paths.some((path) => path === '--help' || path === '-h')) {
    process.stderr.write(`${USAGE}\n`);
    return paths.length === 0 ? 2 : 0;
  }
  const { files, skipped, warnings } = listArticleFiles(paths);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  for (const bad of skipped) process.stderr.write(`skipped ${bad.path}: ${bad.reason}\n`);

  const began = Date.now();
  // A bulk load serves no requests, so extraction may take every core; the service keeps one free (its default).
  // BBC corpus, 2 vCPUs, warm Neo4j: 42 s with 2 workers, 61 s with 1 (BENCHMARKS.md, "Fifth session").
  process.env.EXTRACTION_WORKERS ??= String(availableParallelism());
  const context = await createGraphContext(IngestionModule);
  const summary: Summary = {
    files: files.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicate: 0,
    failed: skipped.length,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    seconds: 0,
  };
  try {
    const ingestion = context.get(IngestionService);
    const progress = progressOnStderr('ingest', files.length);
    const ingestFile = async (file: (typeof files)[number]) => {
      const read = readArticleFile(file.path);
      if (read.error !== null) {
        process.stderr.write(`skipped ${file.path}: ${read.error}\n`);
        summary.failed += 1;
        return;
      }
      try {
        const { outcome } = await ingestion.ingestText(read.text, { id: file.id });
        summary[outcome.status] += 1;
        summary.nodesCreated += outcome.nodesCreated;
        summary.nodesDeleted += outcome.nodesDeleted;
        summary.relationshipsCreated += outcome.relationshipsCreated;
        summary.relationshipsDeleted += outcome.relationshipsDeleted;
        if (outcome.status === 'duplicate') process.stderr.write(`${file.path}: same text as article ${outcome.articleId}, not stored again\n`);
      } catch (error) {
        if (!(error instanceof RejectedArticleError || error instanceof InvalidExtractionError)) throw error;
        process.stderr.write(`skipped ${file.path}: ${error.message}\n`);
        summary.failed += 1;
      }
    };
    const inFlight = ingestion.bulkConcurrency;
    let next = 0;
    let fatal: { error: unknown } | undefined;
    const lane = async () => {
      while (next < files.length && fatal === undefined) {
        try {
          await ingestFile(files[next++]);
        } catch (error) {
          fatal ??= { error }; // the other lanes finish the article they hold, then stop
        }
        progress.tick();
      }
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, lane));
    if (fatal !== undefined) throw fatal.error;
    progress.stop();
  } finally {
    await context.close();
  }
  summary.seconds = Math.round((Date.now() - began) / 100) / 10;
  process.stderr.write(
    `ingested ${files.length + skipped.length - summary.failed} of ${files.length + skipped.length} files in ${summary.seconds} s: ` +
      `${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.duplicate} duplicate, ` +
      `${summary.failed} bad; +${summary.nodesCreated} nodes, +${summary.relationshipsCreated} relationships\n`,
  );
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return summary.failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof CliError || error instanceof Neo4jError ? error.message : ((error as Error).stack ?? String(error))}\n`);
    process.exit(1);
  },
);
