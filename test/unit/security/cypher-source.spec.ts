/**
 * No Cypher is built from input: every query the service runs is a constant (a string literal or a file in cypher/),
 * and values reach it only as $parameters. This scans the source for Cypher assembled at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const CYPHER_CLAUSE = /\b(MATCH|MERGE|CREATE|DELETE|DETACH|UNWIND|RETURN|CALL|SET|REMOVE|LOAD CSV|FOREACH)\b/;
/** The export format that writes a Cypher script for the user to run; it escapes every name and value (unit-tested in test/unit/graph). */
const SCRIPT_GENERATOR = 'src/graph/export/cypher-script.ts';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Template literals with an interpolation, and string concatenations, whose text reads like Cypher. */
function builtCypher(source: string): string[] {
  const templates = source.match(/`(?:[^`\\]|\\.)*\$\{(?:[^`\\]|\\.)*`/g) ?? [];
  const concatenations = source.match(/(['"])(?:(?!\1)[^\\\n]|\\.)*\1\s*\+\s*[A-Za-z_$]/g) ?? [];
  return [...templates, ...concatenations].filter((text) => CYPHER_CLAUSE.test(text) && /\(\w*(:\w+)?[\s{)]|\$\w|\]->|<-\[/.test(text));
}

describe('Cypher in the source', () => {
  const files = sourceFiles(join(ROOT, 'src')).map((path) => relative(ROOT, path));

  it('is never assembled from run-time values outside the export script generator', () => {
    const found = files
      .filter((file) => file !== SCRIPT_GENERATOR)
      .flatMap((file) => builtCypher(readFileSync(join(ROOT, file), 'utf8')).map((text) => `${file}: ${text.slice(0, 120)}`));
    expect(found).toEqual([]);
  });

  it('finds Cypher built in a template (the scan itself works)', () => {
    expect(builtCypher('const q = `MATCH (p:Person {name: \'${name}\'}) RETURN p`;')).toHaveLength(1);
    expect(builtCypher("const q = 'MATCH (p:Person) WHERE p.name = \"' + name + '\" RETURN p';")).toHaveLength(1);
    expect(builtCypher("const q = 'MATCH (p:Person {name: $name}) RETURN p';")).toHaveLength(0);
    expect(builtCypher(readFileSync(join(ROOT, SCRIPT_GENERATOR), 'utf8')).length).toBeGreaterThan(0);
  });

  it('keeps the files in cypher/ free of interpolation', () => {
    const folder = join(ROOT, 'cypher');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.cypher'))) {
      expect({ name, interpolation: /\$\{|`\s*\+|\+\s*`/.test(readFileSync(join(folder, name), 'utf8')) }).toEqual({ name, interpolation: false });
    }
  });
});
