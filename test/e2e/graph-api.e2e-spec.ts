import { NestExpressApplication } from '@nestjs/platform-express';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { contentHash, toArticleGraph } from '../../src/graph/article-graph';
import { ArticleRepository } from '../../src/graph/article.repository';
import { SubgraphRepository } from '../../src/graph/subgraph.repository';
import { clearGraph, createTestApp } from '../support/app';
import { article, runCypherScript, statement } from './graph-helpers';

/** The HTTP queries and exports on hand-made extractions, so they hold whatever the extraction finds in real text. */

const NASTY = `O'Brien said "no" \\ back\\slash\nnew line\r\ttab \u0007 bell \u2028 <&> \`tick\` 😀 é`;

const docs = [
  article('api-1', {
    publishedAt: '2018-01-01',
    title: 'First',
    outlet: 'Daily Planet',
    people: [
      { id: 'a', name: 'Ann Example', aliases: ['Ann'] },
      { id: 'c', name: 'Carol Accuser', aliases: [] },
    ],
    statements: [
      statement({ start: 0, end: 35, speaker: 'Carol Accuser', act: 'ACCUSED', about: ['Ann Example'], via: ['Daily Planet'], text: 'Ann Example harassed her for years' }),
      statement({ start: 40, end: 60, speaker: 'Ann Example', act: 'SAID', text: 'I will speak later' }),
    ],
  }),
  article('api-2', {
    publishedAt: '2018-03-01',
    title: 'Second',
    people: [{ id: 'a', name: 'Ann Example', aliases: ['Example'] }],
    statements: [
      statement({ start: 10, end: 43, speaker: 'Ann Example', act: 'DENIED', via: ['Instagram'], text: 'I completely deny the allegations' }),
      statement({ start: 50, end: 80, speaker: 'Bea Example', act: 'DEFENDED', about: ['Ann Example'], text: 'She is honest and kind to all' }),
    ],
  }),
  article('api-0', {
    publishedAt: '2017-06-01',
    title: NASTY,
    people: [{ id: 'a', name: 'Ann Example', aliases: [NASTY] }],
    statements: [statement({ start: 5, end: 9, speaker: 'Ann Example', act: 'CLAIMED', text: NASTY, sentence: NASTY })],
  }),
];

describe('claim queries and exports over HTTP (hand-made extractions, real Neo4j)', () => {
  let app: NestExpressApplication;
  const get = (path: string) => request(app.getHttpServer()).get(path);

  const ingestAll = async () => {
    for (const doc of docs) await app.get(ArticleRepository).ingest(toArticleGraph(doc, contentHash(doc.id)));
  };

  beforeAll(async () => {
    app = await createTestApp();
    await clearGraph(app);
    await ingestAll();
  });

  afterAll(async () => {
    await app.close();
  });

  describe('GET /people', () => {
    it('finds people by part of a name or alias, most quoted first, with the contract fields', async () => {
      const { body } = await get('/people?q=example').expect(200);
      expect(body.map((p: { name: string }) => p.name)).toEqual(['Ann Example', 'Bea Example']);
      expect(body[0]).toMatchObject({ id: 'ann-example', statementCount: 3, articleCount: 3 });
      expect(body[0].aliases).toEqual(expect.arrayContaining(['Ann', 'Example']));
    });

    it('pages with limit and offset, and refuses out-of-bounds values', async () => {
      const all = (await get('/people').expect(200)).body;
      const second = (await get('/people?limit=1&offset=1').expect(200)).body;
      expect(second).toEqual([all[1]]);
      await get('/people?limit=0').expect(400);
      await get('/people?limit=101').expect(400);
      await get('/people?offset=10001').expect(400);
      await get('/people?limit=abc').expect(400);
      await get('/people?nope=1').expect(400);
    });
  });

  describe('GET /statements', () => {
    it('filters by speaker (name or alias), act, about and outlet, with via and document', async () => {
      const denials = (await get('/statements?speaker=ann%20example&act=denied').expect(200)).body;
      expect(denials).toEqual([
        expect.objectContaining({
          id: 'api-2:10-43',
          speaker: 'Ann Example',
          act: 'DENIED',
          text: 'I completely deny the allegations',
          via: ['Instagram'],
          document: expect.objectContaining({ id: 'api-2', title: 'Second', url: 'https://news.example/api-2' }),
        }),
      ]);
      expect((await get('/statements?speaker=Ann').expect(200)).body).toHaveLength(3);
      const about = (await get('/statements?about=Ann%20Example').expect(200)).body;
      expect(about.map((s: { speaker: string }) => s.speaker).sort()).toEqual(['Bea Example', 'Carol Accuser']);
      const viaOutlet = (await get('/statements?outlet=Daily%20Planet').expect(200)).body;
      expect(viaOutlet.map((s: { id: string }) => s.id)).toEqual(['api-1:0-35']);
      expect((await get('/statements?speaker=Nobody').expect(200)).body).toEqual([]);
    });

    it('searches the statement text with the full-text index, taking any input as plain words', async () => {
      const hits = (await get('/statements?q=deny%20allegations').expect(200)).body;
      expect(hits[0].id).toBe('api-2:10-43');
      expect(hits[0].score).toBeGreaterThan(0);
      for (const q of ['"unbalanced', 'a:b OR (c', '*', 'AND', '\\']) {
        await get(`/statements?q=${encodeURIComponent(q)}`).expect(200);
      }
      for (const q of ['*', '*:*', '[* TO *]', 'AND', '(*)']) {
        expect((await get(`/statements?q=${encodeURIComponent(q)}`).expect(200)).body).toEqual([]);
      }
    });

    it('refuses an unknown act and unknown parameters', async () => {
      await get('/statements?act=SHOUTED').expect(400);
      await get('/statements?speaker=').expect(400);
      await get('/statements?where=1').expect(400);
    });
  });

  describe('a person', () => {
    it('GET /people/:id groups their statements by act, with where each was reported and what others said', async () => {
      const { body } = await get('/people/Ann%20Example').expect(200);
      expect(body.id).toBe('ann-example');
      expect(Object.keys(body.statementsByAct).sort()).toEqual(['CLAIMED', 'DENIED', 'SAID']);
      expect(body.statementsByAct.DENIED[0].via).toEqual(['Instagram']);
      expect(body.reportedBy).toEqual([{ outlet: 'Instagram', statementCount: 1 }]);
      expect(body.saidAboutThem.map((s: { speaker: string; act: string }) => [s.speaker, s.act]).sort()).toEqual([
        ['Bea Example', 'DEFENDED'],
        ['Carol Accuser', 'ACCUSED'],
      ]);
      await get('/people/nobody-at-all').expect(404);
    });

    it('GET /people/:id/timeline lists their statements by article date', async () => {
      const { body } = await get('/people/ann-example/timeline').expect(200);
      expect(body.person.name).toBe('Ann Example');
      expect(body.statements.map((s: { document: { publishedAt: string } }) => s.document.publishedAt)).toEqual([
        '2017-06-01',
        '2018-01-01',
        '2018-03-01',
      ]);
    });

    it('GET /contradictions pairs the denial with the accusation it answers, with sources', async () => {
      const { body } = await get('/contradictions?person=Ann%20Example').expect(200);
      expect(body).toEqual([
        {
          denial: expect.objectContaining({ id: 'api-2:10-43', speaker: 'Ann Example', via: ['Instagram'] }),
          accusation: expect.objectContaining({
            id: 'api-1:0-35',
            speaker: 'Carol Accuser',
            via: ['Daily Planet'],
            document: expect.objectContaining({ id: 'api-1', outlet: 'Daily Planet' }),
          }),
        },
      ]);
      expect((await get('/contradictions').expect(200)).body).toHaveLength(1);
      await get('/contradictions?person=Nobody%20Known').expect(404);
    });
  });

  describe('GET /graph/export', () => {
    it('validates person, depth and format', async () => {
      await get('/graph/export?person=Ann%20Example&depth=0').expect(400);
      await get('/graph/export?person=Ann%20Example&depth=4').expect(400);
      await get('/graph/export?person=Ann%20Example&format=pdf').expect(400);
      await get('/graph/export?depth=1').expect(400);
      await get('/graph/export?person=Nobody%20Known').expect(404);
    });

    it('json: nodes and relationships around the person, capped with a truncated flag', async () => {
      const response = await get('/graph/export?person=ann-example&depth=1&format=json').expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const { nodes, relationships, truncated } = response.body;
      expect(truncated).toBe(false);
      const ids = nodes.map((n: { id: string }) => n.id);
      expect(ids).toEqual(expect.arrayContaining(['ann-example', 'api-2:10-43', 'api-1:0-35', 'api-1']));
      expect(ids).not.toContain('daily-planet');
      expect(relationships).toEqual(
        expect.arrayContaining([{ id: 'ann-example-DENIED->api-2:10-43', type: 'DENIED', start: 'ann-example', end: 'api-2:10-43', properties: {} }]),
      );
      const deeper = (await get('/graph/export?person=ann-example&depth=2').expect(200)).body;
      expect(deeper.nodes.map((n: { id: string }) => n.id)).toContain('daily-planet');
    });

    it('keeps the nearest nodes and says truncated when the node cap cuts the neighbourhood short', async () => {
      const full = await app.get(SubgraphRepository).aroundPerson('ann-example', 3, 500);
      const capped = await app.get(SubgraphRepository).aroundPerson('ann-example', 3, 4);
      expect(full.truncated).toBe(false);
      expect(capped.truncated).toBe(true);
      expect(capped.nodes).toHaveLength(4);
      const ids = new Set(capped.nodes.map((node) => node.id));
      expect(ids.has('ann-example')).toBe(true);
      expect(capped.relationships.every((r) => ids.has(r.start) && ids.has(r.end))).toBe(true);
      expect(full.nodes.length).toBeGreaterThan(4);
    });

    it('graphml: well-formed XML with a typed key declared for every property, labels and type', async () => {
      const response = await get('/graph/export?person=ann-example&depth=2&format=graphml').expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/graphml\+xml/);
      const xml = response.text;
      expect(XMLValidator.validate(xml)).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
      const keys: Record<string, string>[] = parsed.graphml.key;
      const json = (await get('/graph/export?person=ann-example&depth=2&format=json').expect(200)).body;
      const nodeProperties = new Set(json.nodes.flatMap((n: { properties: object }) => Object.keys(n.properties)));
      const declared = new Set(keys.filter((k) => k.for === 'node').map((k) => k['attr.name']));
      for (const name of nodeProperties) expect(declared).toContain(name);
      expect(declared).toContain('labels');
      expect(keys.filter((k) => k.for === 'edge').map((k) => k['attr.name'])).toContain('type');
      expect(parsed.graphml.graph.node).toHaveLength(json.nodes.length);
      expect(parsed.graphml.graph.edge).toHaveLength(json.relationships.length);
    });

    it('cytoscape: elements with data.id, label, source and target', async () => {
      const response = await get('/graph/export?person=ann-example&depth=1&format=cytoscape').expect(200);
      const { elements } = response.body;
      const ids = new Set(elements.nodes.map((n: { data: { id: string } }) => n.data.id));
      expect(ids.has('ann-example')).toBe(true);
      for (const edge of elements.edges) {
        expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
        expect(typeof edge.data.label).toBe('string');
      }
    });

    it('cypher: the script, run into an empty database, recreates the same nodes and edges (nasty strings included)', async () => {
      const original = (await get('/graph/export?person=ann-example&depth=3&format=json').expect(200)).body;
      const response = await get('/graph/export?person=ann-example&depth=3&format=cypher').expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/x-cypher-query/);
      expect(original.nodes.some((n: { properties: { text?: string } }) => n.properties.text === NASTY)).toBe(true);

      await clearGraph(app);
      const statements = await runCypherScript(app, response.text);
      expect(statements).toBe(original.nodes.length + original.relationships.length);
      const recreated = (await get('/graph/export?person=ann-example&depth=3&format=json').expect(200)).body;
      expect(recreated).toEqual(original);

      await clearGraph(app);
      await ingestAll();
    });
  });
});
