import { loadCypher, splitStatements } from '../../../src/graph/cypher-files';

describe('splitStatements', () => {
  it('splits at a semicolon that ends a line and drops comment lines', () => {
    const text = '// header\nMATCH (n)\nRETURN n;\n\nRETURN "a;b" AS s;  \nRETURN 2';
    expect(splitStatements(text)).toEqual(['MATCH (n)\nRETURN n', 'RETURN "a;b" AS s', 'RETURN 2']);
  });
});

describe('cypher/schema.cypher', () => {
  const statements = splitStatements(loadCypher('schema'));

  it('holds only named, idempotent schema statements', () => {
    expect(statements.length).toBeGreaterThanOrEqual(7);
    for (const statement of statements) expect(statement).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS /);
  });

  it('is read once and then served from the cache', () => {
    expect(loadCypher('schema')).toBe(loadCypher('schema'));
  });

  it('names a missing file in its error', () => {
    expect(() => loadCypher('no-such-query')).toThrow(/cypher\/no-such-query\.cypher/);
  });
});
