/**
 * Finding and reading plain-text article files for the command-line tools (extract, ingest).
 * Validation itself is src/extraction/article-input.ts, shared with the HTTP API.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { basename, extname, join, relative, sep } from 'path';
import { decodeArticleBytes } from '../../src/extraction/article-input';

export interface ArticleFile {
  path: string;
  /** The file name without its extension; the path below the walked folder when two files share a name. */
  id: string;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ArticleFileList {
  files: ArticleFile[];
  skipped: SkippedFile[];
  /** Notes for stderr, such as ids made unique. */
  warnings: string[];
}

/** Files as given, and folders walked recursively for `.txt` files (sorted by name), in argument order. */
export function listArticleFiles(paths: string[]): ArticleFileList {
  const found: Array<{ path: string; root: string | null }> = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      skipped.push({ path, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    if (!isDirectory) found.push({ path, root: null });
    else for (const file of walkTextFiles(path, skipped)) found.push({ path: file, root: path });
  }
  const seen = new Set<string>();
  const unique = found.filter(({ path }) => !seen.has(path) && seen.add(path));
  const { files, warnings } = assignIds(unique);
  return { files, skipped, warnings };
}

function walkTextFiles(folder: string, skipped: SkippedFile[]): string[] {
  let entries: Array<{ name: string; isDirectory: () => boolean; isFile: () => boolean }>;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    skipped.push({ path: folder, reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walkTextFiles(path, skipped);
      return entry.isFile() && entry.name.endsWith('.txt') ? [path] : [];
    });
}

function fileId(path: string): string {
  return basename(path, extname(path));
}

/** Ids are file names; files that share one (bbc/sport/001.txt, bbc/tech/001.txt) get their relative path. */
function assignIds(found: Array<{ path: string; root: string | null }>): { files: ArticleFile[]; warnings: string[] } {
  const counts = new Map<string, number>();
  for (const { path } of found) counts.set(fileId(path), (counts.get(fileId(path)) ?? 0) + 1);
  const warnings: string[] = [];
  const files = found.map(({ path, root }) => {
    const name = fileId(path);
    if ((counts.get(name) ?? 0) < 2) return { path, id: name };
    const below = relative(root ?? '.', path);
    const id = below.slice(0, below.length - extname(below).length).split(sep).join('/');
    return { path, id };
  });
  const shared = [...counts].filter(([, count]) => count > 1).length;
  if (shared > 0) warnings.push(`${shared} file names occur more than once; those documents are named by their path below the folder given (e.g. ${files.find((file) => file.id.includes('/'))?.id})`);
  return { files, warnings };
}

export type ReadArticle = { text: string; error: null } | { text: null; error: string };

/** Reads one article file: UTF-8 only, not binary, not empty, not an HTML page (see validateArticleText). */
export function readArticleFile(path: string): ReadArticle {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { text: null, error: `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  return decodeArticleBytes(bytes);
}
