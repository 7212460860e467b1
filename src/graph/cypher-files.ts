import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/project-root';

const loaded = new Map<string, string>();

/** The text of cypher/<name>.cypher, read from disk once and cached; call it at start-up (e.g. in a constructor). */
export function loadCypher(name: string): string {
  let text = loaded.get(name);
  if (text === undefined) {
    const file = join(projectRoot(), 'cypher', `${name}.cypher`);
    try {
      text = readFileSync(file, 'utf8').trim();
    } catch (error) {
      throw new Error(`cannot read Cypher file ${file}: ${(error as Error).message}`);
    }
    loaded.set(name, text);
  }
  return text;
}

/** One statement of a multi-statement file, with the tags of the `// @tag` comment lines written inside or just before it. */
export interface TaggedStatement {
  cypher: string;
  tags: string[];
}

/** The statements of a multi-statement file: split at a `;` that ends a line, `//` comment lines dropped. */
export function splitStatements(text: string): string[] {
  return splitTaggedStatements(text).map((statement) => statement.cypher);
}

/** splitStatements, keeping each statement's `// @tag` lines as its tags. */
export function splitTaggedStatements(text: string): TaggedStatement[] {
  const statements: TaggedStatement[] = [];
  let lines: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    const cypher = lines.join('\n').trim();
    if (cypher.length > 0) statements.push({ cypher, tags });
    lines = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('//')) {
      const tag = /^\/\/\s*@([\w-]+)\s*$/.exec(trimmed);
      if (tag) tags.push(tag[1]);
      continue;
    }
    const end = /;[ \t]*\r?$/.exec(line);
    lines.push(end ? line.slice(0, end.index) : line);
    if (end) flush();
  }
  flush();
  return statements;
}
