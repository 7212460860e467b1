import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ExtractedDocument } from '../../src/extraction/model';
import { contentHash, toArticleGraph } from '../../src/graph/article-graph';
import { ArticleRepository, IngestOutcome, MAX_ARTICLES_PER_TRANSACTION } from '../../src/graph/article.repository';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { clearGraph, createTestApp } from '../support/app';
import { article, graphCounts, statement } from './graph-helpers';

/** Ingestion rules on hand-made extractions, so they hold whatever the extraction finds in real text. */

const accusation = article('t-a', {
  publishedAt: '2018-01-01',
  outlet: 'Daily Planet',
  authors: ['Lois Lane'],
  people: [
    { id: 'ann', name: 'Ann Example', aliases: ['Ann'] },
    { id: 'carol', name: 'Carol Accuser', aliases: ['Carol'] },
  ],
  organizations: [{ id: 'dp', name: 'Daily Planet', type: 'outlet' }],
  statements: [
    statement({ start: 0, end: 35, speaker: 'Carol Accuser', act: 'ACCUSED', about: ['Ann Example'], via: ['Daily Planet'], text: 'Ann Example harassed her for years' }),
    statement({ start: 40, end: 72, speaker: 'Ann', act: 'APOLOGIZED', about: ['Carol Accuser'], text: 'I am sorry for the pain I caused' }),
  ],
});

const denial = article('t-b', {
  publishedAt: '2018-02-01',
  people: [
    { id: 'ann', name: 'Ann Example', aliases: ['Example'] },
    { id: 'bea', name: 'Bea Example', aliases: ['Bea'] },
  ],
  organizations: [{ id: 'ig', name: 'Instagram', type: 'platform' }],
  statements: [
    statement({ start: 10, end: 43, speaker: 'Ann Example', act: 'DENIED', via: ['Instagram'], text: 'I completely deny the allegations' }),
    statement({ start: 50, end: 81, speaker: 'Bea Example', act: 'DEFENDED', about: ['Ann Example'], text: 'She is a kind and honest person' }),
  ],
});

const bareSurname = article('t-c', { statements: [statement({ start: 0, end: 10, speaker: 'Example', text: 'no comment' })] });

// The denial is stored before the accusation it answers.
const earlyDenial = article('t-d', {
  publishedAt: '2017-12-01',
  people: [{ id: 'dan', name: 'Dan Denier', aliases: [] }],
  statements: [statement({ start: 0, end: 20, speaker: 'Dan Denier', act: 'DENIED', text: 'That never happened' })],
});
const lateAccusation = article('t-e', {
  people: [
    { id: 'eve', name: 'Eve Accuser', aliases: [] },
    { id: 'dan', name: 'Dan Denier', aliases: ['Dan'] },
  ],
  statements: [statement({ start: 5, end: 30, speaker: 'Eve Accuser', act: 'ACCUSED', about: ['Dan'], text: 'Dan Denier assaulted me' })],
});

const all = [accusation, denial, bareSurname, earlyDenial, lateAccusation];

describe('graph ingestion (hand-made extractions, real Neo4j)', () => {
  let app: NestExpressApplication;
  let articles: ArticleRepository;
  let neo4j: Neo4jService;
  const ingest = (doc: ExtractedDocument, hash = contentHash(doc.id)): Promise<IngestOutcome> =>
    articles.ingest(toArticleGraph(doc, hash));

  beforeAll(async () => {
    app = await createTestApp();
    articles = app.get(ArticleRepository);
    neo4j = app.get(Neo4jService);
    await clearGraph(app);
    for (const doc of all) await ingest(doc);
  });

  afterAll(async () => {
    await app.close();
  });

  it('makes one node of one full name across articles, with its aliases gathered', async () => {
    const people = await neo4j.read<{ id: string; aliases: string[]; articles: string[] }>(
      "MATCH (p:Person {name: 'Ann Example'}) RETURN p.id AS id, p.aliases AS aliases, COLLECT { MATCH (p)-[:MENTIONED_IN]->(a) RETURN a.id ORDER BY a.id } AS articles",
    );
    expect(people).toHaveLength(1);
    expect(people[0].id).toBe('ann-example');
    expect([...people[0].aliases].sort()).toEqual(['Ann', 'Example']);
    expect(people[0].articles).toEqual(['t-a', 't-b']);
  });

  it('keeps different full names apart and a bare surname in its own article', async () => {
    const ids = await neo4j.read<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY id');
    expect(ids.map((row) => row.id)).toEqual([
      'ann-example',
      'bea-example',
      'carol-accuser',
      'dan-denier',
      'eve-accuser',
      'lois-lane',
      't-c/example',
    ]);
  });

  it('writes speakers with the act as relationship type, provenance, outlets, authors and publisher', async () => {
    const [row] = await neo4j.read(
      `MATCH (p:Person {id: 'ann-example'})-[r:DENIED]->(s:Statement)-[:IN_ARTICLE]->(a:Article {id: 't-b'})
       MATCH (s)-[:REPORTED_BY]->(o:Outlet)
       RETURN s.text AS text, s.start AS start, s.end AS end, s.sentence AS sentence, s.direct AS direct, o.name AS outlet`,
    );
    expect(row).toEqual({
      text: 'I completely deny the allegations',
      start: 10,
      end: 43,
      sentence: 'Someone said something was said.',
      direct: true,
      outlet: 'Instagram',
    });
    const [published] = await neo4j.read(
      "MATCH (a:Article {id: 't-a'})-[:PUBLISHED_BY]->(o:Outlet), (a)-[:WRITTEN_BY]->(w:Person) RETURN o.name AS outlet, w.name AS author",
    );
    expect(published).toEqual({ outlet: 'Daily Planet', author: 'Lois Lane' });
  });

  it('links a denial to the accusations about its speaker, in either ingest order, and an apology to its addressee', async () => {
    const disputes = await neo4j.read<{ denial: string; accusation: string }>(
      'MATCH (d:Statement)-[:DISPUTES]->(a:Statement) RETURN d.id AS denial, a.id AS accusation ORDER BY denial',
    );
    expect(disputes).toEqual([
      { denial: 't-b:10-43', accusation: 't-a:0-35' },
      { denial: 't-d:0-20', accusation: 't-e:5-30' },
    ]);
    const to = await neo4j.read("MATCH (s:Statement)-[:TO]->(p:Person) RETURN s.id AS statement, p.id AS person");
    expect(to).toEqual([{ statement: 't-a:40-72', person: 'carol-accuser' }]);
  });

  it('changes nothing when the same articles are ingested again', async () => {
    const before = await graphCounts(app);
    for (const doc of all) {
      expect(await ingest(doc)).toEqual({
        articleId: doc.id,
        status: 'unchanged',
        nodesCreated: 0,
        nodesDeleted: 0,
        relationshipsCreated: 0,
        relationshipsDeleted: 0,
      });
    }
    expect(await graphCounts(app)).toEqual(before);
  });

  it('stores a text already stored under another id nowhere new', async () => {
    const before = await graphCounts(app);
    const outcome = await ingest(article('t-copy', { statements: [statement({ start: 1, end: 2 })] }), contentHash('t-a'));
    expect(outcome).toMatchObject({ articleId: 't-a', status: 'duplicate', nodesCreated: 0 });
    expect(await graphCounts(app)).toEqual(before);
  });

  it('on a changed re-ingest, removes what the article no longer says, with derived edges and orphans', async () => {
    const revised = { ...accusation, people: [accusation.people[0]], statements: [statement({ start: 100, end: 110, speaker: 'Ann Example', text: 'new words' })] };
    const outcome = await ingest(revised);
    expect(outcome.status).toBe('updated');
    const gone = await neo4j.read(
      "MATCH (n) WHERE n.id IN ['t-a:0-35', 't-a:40-72', 'carol-accuser'] OR (n:Statement AND n.articleId = 't-a' AND n.id <> 't-a:100-110') RETURN n.id AS id",
    );
    expect(gone).toEqual([]);
    expect(await neo4j.read("MATCH ()-[r:DISPUTES]->(:Statement {id: 't-a:0-35'}) RETURN r")).toEqual([]);
    const [kept] = await neo4j.read(
      "MATCH (:Person {id: 'ann-example'})-[:SAID]->(s:Statement {id: 't-a:100-110'})-[:IN_ARTICLE]->(:Article {id: 't-a'}) RETURN count(s) AS n",
    );
    expect(kept).toEqual({ n: 1 });
    // Back as it was: the same graph as the first ingest.
    await ingest(accusation);
    const [restored] = await neo4j.read("MATCH (d:Statement {id: 't-b:10-43'})-[:DISPUTES]->(a:Statement {id: 't-a:0-35'}) RETURN count(*) AS n");
    expect(restored).toEqual({ n: 1 });
  });

  it('keeps a person and an organization that share a name apart, and re-ingests both without change', async () => {
    const personDoc = article('t-f', { people: [{ id: 'j', name: 'Jordan Lee', aliases: [] }] });
    const companyDoc = article('t-g', { organizations: [{ id: 'j', name: 'Jordan Lee', type: 'company' }] });
    await ingest(personDoc);
    await ingest(companyDoc);
    for (const doc of [personDoc, companyDoc]) expect((await ingest(doc)).status).toBe('unchanged');
    const nodes = await neo4j.read("MATCH (n {id: 'jordan-lee'}) RETURN labels(n) AS labels ORDER BY labels");
    expect(nodes).toEqual([{ labels: ['Organization'] }, { labels: ['Person'] }]);
  });

  it("types an organization 'other' until an article says more, keeps what it says, and re-ingests without change", async () => {
    const vague = article('t-h', { organizations: [{ id: 'z', name: 'Zentek Example', type: 'other' }] });
    const precise = article('t-i', { organizations: [{ id: 'z', name: 'Zentek Example', type: 'company' }] });
    const typeOf = async () => (await neo4j.read<{ type: string }>("MATCH (o:Organization {id: 'zentek-example'}) RETURN o.type AS type"))[0].type;
    await ingest(vague);
    expect(await typeOf()).toBe('other');
    await ingest(precise);
    expect(await typeOf()).toBe('company');
    for (const doc of [vague, precise]) expect((await ingest(doc)).status).toBe('unchanged');
    expect(await typeOf()).toBe('company');
  });

  it('writes nothing of an article whose transaction fails half-way', async () => {
    const before = await graphCounts(app);
    const graph = toArticleGraph(
      article('t-broken', { people: [{ id: 'x', name: 'Half Written', aliases: [] }], statements: [statement({ start: 0, end: 5 })] }),
      contentHash('t-broken'),
    );
    // A map is not a valid property value: step 4 (statements) fails after steps 1-3 ran.
    (graph.statements[0] as unknown as { text: unknown }).text = { not: 'a property value' };
    await expect(articles.ingest(graph)).rejects.toThrow();
    expect(await graphCounts(app)).toEqual(before);
    expect(await neo4j.read("MATCH (n) WHERE n.id IN ['t-broken', 'half-written'] RETURN n")).toEqual([]);
  });

  describe('articles that arrive together (written in shared transactions)', () => {
    const batchArticle = (n: number) =>
      article(`t-batch-${n}`, {
        people: [{ id: 'p', name: `Batch Person${n}`, aliases: [] }],
        statements: [statement({ start: n, end: n + 10, speaker: `Batch Person${n}`, text: `words number ${n}` })],
      });

    it('stores each as it would alone, with its own outcome, and changes nothing the second time', async () => {
      // Numbered from 10,000, clear of the articles of the other tests here.
      const docs = Array.from({ length: 2 * MAX_ARTICLES_PER_TRANSACTION + 3 }, (_, n) => batchArticle(10_000 + n));
      const first = await Promise.all(docs.map((doc) => ingest(doc)));
      expect(first.map((outcome) => [outcome.articleId, outcome.status])).toEqual(docs.map((doc) => [doc.id, 'created']));
      // Article, person and statement each; SAID, IN_ARTICLE and MENTIONED_IN each.
      expect(first.map((outcome) => [outcome.nodesCreated, outcome.relationshipsCreated])).toEqual(docs.map(() => [3, 3]));
      const after = await graphCounts(app);
      const again = await Promise.all(docs.map((doc) => ingest(doc)));
      expect(new Set(again.map((outcome) => outcome.status))).toEqual(new Set(['unchanged']));
      expect(await graphCounts(app)).toEqual(after);
    });

    it('sees the articles before it in the same transaction: a copy is a duplicate, a revision an update', async () => {
      const original = batchArticle(100);
      const revised = { ...original, statements: [statement({ start: 200, end: 210, speaker: 'Batch Person100', text: 'revised words' })] };
      // The first article occupies the writer, so the next three wait and share the next transaction.
      const [, stored, copy, update] = await Promise.all([
        ingest(batchArticle(99)),
        ingest(original, contentHash('t-batch-100-text')),
        ingest({ ...original, id: 't-batch-100-copy' }, contentHash('t-batch-100-text')),
        ingest(revised, contentHash('t-batch-100-revised')),
      ]);
      expect(stored.status).toBe('created');
      expect(copy).toMatchObject({ articleId: original.id, status: 'duplicate', nodesCreated: 0 });
      expect(update).toMatchObject({ articleId: original.id, status: 'updated', nodesDeleted: 1, nodesCreated: 1 });
      expect(await neo4j.read("MATCH (n {id: 't-batch-100-copy'}) RETURN n")).toEqual([]);
      const statements = await neo4j.read("MATCH (s:Statement {articleId: 't-batch-100'}) RETURN s.text AS text");
      expect(statements).toEqual([{ text: 'revised words' }]);
    });

    /** The five hand-made articles again, under other ids and names (`tag`), so that they are all new. */
    const family = (tag: string): ExtractedDocument[] =>
      JSON.parse(
        JSON.stringify(all)
          .replace(/"t-/g, `"${tag}-`)
          .replace(/(Example|Accuser|Denier|Lane|Planet|Instagram)/g, `$1${tag}`),
      ) as ExtractedDocument[];
    /** The relationships and nodes whose ids carry `tag`, with the tag taken out: the same shape gives the same list. */
    const shape = async (tag: string) => {
      const rows = await neo4j.read<{ row: string }>(
        `MATCH (n) WHERE n.id CONTAINS $tag
         RETURN reduce(text = '', label IN labels(n) | text + ':' + label) + ' ' + n.id + ' ' + coalesce(n.name, '') + ' ' +
           reduce(text = '', alias IN coalesce(n.aliases, []) | text + '|' + alias) AS row
         UNION
         MATCH (n)-[r]->(m) WHERE n.id CONTAINS $tag OR m.id CONTAINS $tag
         RETURN n.id + ' ' + type(r) + ' ' + m.id AS row`,
        { tag },
      );
      return rows.map(({ row }) => row.split(tag).join('*')).sort();
    };

    it('creates for new articles written together what each would create alone, one after another', async () => {
      const alone: IngestOutcome[] = [];
      for (const doc of family('lone')) alone.push(await ingest(doc));
      // A share that did not add up would be logged, and the articles written alone: this checks the shares themselves.
      const warn = jest.spyOn(Logger.prototype, 'warn');
      // The first article occupies the writer, so the five wait and share the next transaction.
      const [, ...together] = await Promise.all([ingest(batchArticle(500)), ...family('grp').map((doc) => ingest(doc))]);
      expect(together.map(({ articleId, ...counts }) => [articleId.replace('grp', '*'), counts])).toEqual(
        alone.map(({ articleId, ...counts }) => [articleId.replace('lone', '*'), counts]),
      );
      // With the derived edges: TO in the first, DISPUTES in the second and the fifth (their accusations came before).
      expect(together.map((outcome) => outcome.relationshipsCreated)).toEqual([13, 10, 3, 3, 6]);
      expect(await shape('grp')).toEqual(await shape('lone'));
      expect(warn).not.toHaveBeenCalled();
      warn.mockRestore();
    });

    it('stores a text again once the article that held it, earlier in the same transaction, has a new text', async () => {
      const first = batchArticle(600);
      await ingest(first, contentHash('t-batch-600-old'));
      const revised = { ...first, statements: [statement({ start: 610, end: 620, speaker: 'Batch Person600', text: 'new words' })] };
      const [, update, reuse, copy] = await Promise.all([
        ingest(batchArticle(601)),
        ingest(revised, contentHash('t-batch-600-new')),
        ingest(batchArticle(602), contentHash('t-batch-600-old')),
        ingest(batchArticle(603), contentHash('t-batch-600-new')),
      ]);
      expect([update.status, reuse.status, copy.status]).toEqual(['updated', 'created', 'duplicate']);
      expect(copy.articleId).toBe('t-batch-600');
    });

    it('writes the others when one of them fails, and nothing of the one that failed', async () => {
      const before = await graphCounts(app);
      const docs = Array.from({ length: 5 }, (_, n) => batchArticle(300 + n));
      const graphs = docs.map((doc) => toArticleGraph(doc, contentHash(doc.id)));
      (graphs[2].statements[0] as unknown as { text: unknown }).text = { not: 'a property value' };
      const settled = await Promise.allSettled(graphs.map((graph) => articles.ingest(graph)));
      expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect(await graphCounts(app)).toEqual({ nodes: before.nodes + 4 * 3, relationships: before.relationships + 4 * 3 });
      expect(await neo4j.read("MATCH (n) WHERE n.id IN ['t-batch-302', 'batch-person302'] RETURN n")).toEqual([]);
    });
  });
});
