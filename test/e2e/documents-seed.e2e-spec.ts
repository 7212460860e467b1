import { NestExpressApplication } from '@nestjs/platform-express';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jService } from '../../src/graph/neo4j.service';

/** SEED_ON_EMPTY: a first start on an empty graph ingests seeds/; a start on a graph with articles does not. */

const seedCount = readdirSync(join(__dirname, '..', '..', 'seeds')).filter((name) => name.endsWith('.txt')).length;

describe('seeding on first start', () => {
  const previous = process.env.SEED_ON_EMPTY;
  let createTestApp: () => Promise<NestExpressApplication>;
  let clearGraph: (app: NestExpressApplication) => Promise<void>;

  beforeAll(async () => {
    process.env.SEED_ON_EMPTY = 'true';
    ({ createTestApp, clearGraph } = await import('../support/app'));
  });

  afterAll(() => {
    process.env.SEED_ON_EMPTY = previous;
  });

  const articleIds = async (app: NestExpressApplication) =>
    (await app.get(Neo4jService).read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).map((row) => row.id);

  it('ingests seeds/*.txt when the graph has no article, and leaves a graph with articles alone', async () => {
    const first = await createTestApp();
    await clearGraph(first);
    await first.get(Neo4jService).write("CREATE (:Article {id: 'someone-elses'})");
    await first.close();

    const withArticle = await createTestApp();
    expect(await articleIds(withArticle)).toEqual(['someone-elses']);
    await clearGraph(withArticle);
    await withArticle.close();

    const empty = await createTestApp();
    try {
      const ids = await articleIds(empty);
      expect(ids).toHaveLength(seedCount);
      expect(ids).toContain('000_813fe984a3512521');
    } finally {
      await empty.close();
    }
  });
});
