/**
 * npm run --silent extract -- <file-or-folder>...
 * Extracts people, organizations and statements from plain-text articles (folders are walked for .txt)
 * and prints one JSON document, { documents: [...] } (CONTRACTS.md §1), on stdout. Progress, skipped
 * files and warnings go to stderr; the exit code is 1 when any file was skipped, 2 on a usage error.
 */
import { extractArticle, ExtractedDocument } from '../src/extraction';
import { listArticleFiles, readArticleFile } from './lib/article-files';
import { progressOnStderr } from './lib/progress';

const USAGE = 'usage: npm run --silent extract -- <file-or-folder>...';

function main(): number {
  const paths = process.argv.slice(2);
  if (paths.length === 0 || paths.some((path) => path === '--help' || path === '-h')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const unknown = paths.find((path) => path.startsWith('--'));
  if (unknown) {
    process.stderr.write(`extract: unknown option ${unknown}\n${USAGE}\n`);
    return 2;
  }
  const { files, skipped, warnings } = listArticleFiles(paths);
  for (const warning of warnings) process.stderr.write(`extract: ${warning}\n`);
  const documents: ExtractedDocument[] = [];
  const progress = progressOnStderr('extract', files.length);
  for (const file of files) {
    const read = readArticleFile(file.path);
    if (read.error !== null) {
      skipped.push({ path: file.path, reason: read.error });
    } else {
      try {
        documents.push(extractArticle(read.text, { id: file.id }));
      } catch (error) {
        skipped.push({ path: file.path, reason: `extraction failed: ${(error as Error).message}` });
      }
    }
    progress.tick();
  }
  progress.stop();
  for (const { path, reason } of skipped) process.stderr.write(`extract: skipped ${path}: ${reason}\n`);
  const statements = documents.reduce((total, document) => total + document.statements.length, 0);
  process.stderr.write(
    `extract: ${documents.length} documents, ${statements} statements` +
      (skipped.length > 0 ? `; ${skipped.length} skipped` : '') +
      '\n',
  );
  process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
  return skipped.length > 0 ? 1 : 0;
}

// exitCode, not exit(): stdout may still be flushing into a pipe.
process.exitCode = main();
