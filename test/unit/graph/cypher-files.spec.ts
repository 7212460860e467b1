import { loadCypher, splitStatements, splitTaggedStatements } from '../../../src/graph/cypher-files';
import { ACTS } from '../../../src/extraction/model';

describe('splitStatements', () => {
  it('splits at a semicolon that ends a line and drops comment lines', () => {
    const text = '// header\nMATCH (n)\nRETURN n;\n\nRETURN "a;b" AS s;  \nRETURN 2';
    expect(splitStatements(text)).toEqual(['MATCH (n)\nRETURN n', 'RETURN "a;b" AS s', 'RETURN 2']);
  });
});

describe('splitTaggedStatements', () => {
  it('gives each statement the // @tag lines written before or inside it, and only those', () => {
    const text = '// @first\n// a plain comment\nRETURN 1;\nRETURN 2;\n// @re-ingest\nMATCH (n)\n// @late\nDELETE n;';
    expect(splitTaggedStatements(text)).toEqual([
      { cypher: 'RETURN 1', tags: ['first'] },
      { cypher: 'RETURN 2', tags: [] },
      { cypher: 'MATCH (n)\nDELETE n', tags: ['re-ingest', 'late'] },
    ]);
  });
});

describe('cypher/ingest-articles.cypher', () => {
  it('tags as re-ingest only the statements that remove what an earlier ingest wrote', () => {
    const statements = splitTaggedStatements(loadCypher('ingest-articles'));
    const reIngest = statements.filter((statement) => statement.tags.includes('re-ingest'));
    expect(reIngest.length).toBeGreaterThanOrEqual(5);
    for (const { cypher } of reIngest) expect(cypher).toMatch(/\bDELETE\b/);
    for (const { cypher } of reIngest) expect(cypher).not.toMatch(/\b(MERGE|CREATE|SET)\b/);
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

describe('cypher/ingest-articles.cypher', () => {
  it('writes a speaker relationship of every act, for people and for organizations, and of nothing else', () => {
    const steps = splitTaggedStatements(loadCypher('ingest-articles')).map((step) => step.cypher);
    for (const [list, variable] of [['personSpeakers', 'p'], ['organizationSpeakers', 'o']]) {
      const step = steps.find((cypher) => cypher.startsWith(`UNWIND $${list} AS row`)) ?? '';
      const branches = [...step.matchAll(/WHEN '(\w+)' THEN \[1\] ELSE \[\] END \| MERGE \((\w)\)-\[:(\w+)\]->\(s\)\)/g)];
      expect(branches.map((branch) => branch[1]).sort()).toEqual([...ACTS].sort());
      for (const [, act, from, type] of branches) expect([from, type]).toEqual([variable, act]);
    }
  });
});
