import { NestExpressApplication } from '@nestjs/platform-express';
import { ExtractedDocument, Statement } from '../../src/extraction/model';
import { Neo4jService } from '../../src/graph/neo4j.service';

/** Shared by the graph e2e specs. */

export async function graphCounts(app: NestExpressApplication): Promise<{ nodes: number; relationships: number }> {
  const [row] = await app
    .get(Neo4jService)
    .read<{ nodes: number; relationships: number }>('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS relationships');
  return row;
}

/** Runs a script from GET /graph/export?format=cypher the way cypher-shell would: one statement per line. */
export async function runCypherScript(app: NestExpressApplication, script: string): Promise<number> {
  const statements = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
  await app.get(Neo4jService).writeTx(async (tx) => {
    for (const statement of statements) await tx.run(statement);
  });
  return statements.length;
}

export function statement(overrides: Partial<Statement> & Pick<Statement, 'start' | 'end'>): Statement {
  return {
    id: `st-${overrides.start}`,
    speaker: null,
    act: 'SAID',
    text: 'something was said',
    direct: true,
    speakerMention: null,
    cue: null,
    via: [],
    about: [],
    sentence: 'Someone said something was said.',
    group: `st-${overrides.start}`,
    source: null,
    ...overrides,
  };
}

export function article(id: string, overrides: Partial<ExtractedDocument> = {}): ExtractedDocument {
  return {
    id,
    title: `Article ${id}`,
    url: `https://news.example/${id}`,
    outlet: null,
    authors: [],
    publishedAt: null,
    people: [],
    organizations: [],
    statements: [],
    ...overrides,
  };
}
