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

/** The statements of a multi-statement file: split at a `;` that ends a line, `//` comment lines dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
