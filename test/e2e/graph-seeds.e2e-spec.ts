import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { IngestionService } from '../../src/modules/documents/ingestion.service';
import { clearGraph, createTestApp } from '../support/app';
import { graphCounts, runCypherScript } from './graph-helpers';

/** The three seed articles, through the real extraction, into the real Neo4j: what issue 4 asks of the graph. */

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seedFiles = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
const seedIds = seedFiles.map((name) => basename(name, '.txt'));

interface StatementBody {
  id: string;
  speaker: string | null;
  act: string;
  text: string;
  via: string[];
  document: { id: string; title: string | null; url: string | null };
}

describe('the seed articles in the graph', () => {
  let app: NestExpressApplication;
  let neo4j: Neo4jService;
  const get = (path: string) => request(app.getHttpServer()).get(path);
  const ingestSeeds = async () => {
    const ingestion = app.get(IngestionService);
    const outcomes = [];
    for (const name of seedFiles) {
      outcomes.push((await ingestion.ingestText(readFileSync(join(SEEDS, name), 'utf8'), { id: basename(name, '.txt') })).outcome);
    }
    return outcomes;
  };

  beforeAll(async () => {
    app = await createTestApp();
    neo4j = app.get(Neo4jService);
    await clearGraph(app);
    await ingestSeeds();
  });

  afterAll(async () => {
    await app.close();
  });

  it('has one Russell Simmons node, with his aliases, and statements from all three articles', async () => {
    const people = await neo4j.read<{ id: string; aliases: string[]; articles: string[] }>(
      `MATCH (p:Person) WHERE toLower(p.name) = 'russell simmons'
       RETURN p.id AS id, p.aliases AS aliases,
              COLLECT { MATCH (p)-->(:Statement)-[:IN_ARTICLE]->(a:Article) RETURN DISTINCT a.id ORDER BY a.id } AS articles`,
    );
    expect(people).toHaveLength(1);
    expect(people[0].articles).toEqual(seedIds);
    expect(people[0].aliases.length).toBeGreaterThan(0);

    const found = (await get('/people?q=russell').expect(200)).body;
    expect(found.filter((p: { name: string }) => p.name === 'Russell Simmons')).toHaveLength(1);
  });

  it('keeps Kimora Lee Simmons a different node from Russell Simmons', async () => {
    const rows = await neo4j.read<{ id: string }>(
      "MATCH (p:Person) WHERE p.name IN ['Kimora Lee Simmons', 'Russell Simmons'] RETURN p.id AS id ORDER BY id",
    );
    expect(rows.map((row) => row.id)).toEqual(['kimora-lee-simmons', 'russell-simmons']);
  });

  it('reports his denials by the Los Angeles Times and by E! News', async () => {
    const denials: StatementBody[] = (await get('/statements?speaker=Russell%20Simmons&act=DENIED').expect(200)).body;
    const outlets = new Set(denials.flatMap((statement) => statement.via));
    expect(outlets).toContain('Los Angeles Times');
    expect(outlets).toContain('E! News');
    for (const outlet of ['Los Angeles Times', 'E! News']) {
      const viaOutlet: StatementBody[] = (
        await get(`/statements?speaker=Russell%20Simmons&act=DENIED&outlet=${encodeURIComponent(outlet)}`).expect(200)
      ).body;
      expect(viaOutlet.length).toBeGreaterThan(0);
    }
  });

  it("has Kimora Lee Simmons' statements via Instagram", async () => {
    const statements: StatementBody[] = (await get('/statements?speaker=Kimora%20Lee%20Simmons&outlet=Instagram').expect(200)).body;
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((statement) => statement.speaker === 'Kimora Lee Simmons' && statement.via.includes('Instagram'))).toBe(true);
  });

  it("has Jenny Lumet's accusation reported by The Hollywood Reporter", async () => {
    const accusations: StatementBody[] = (await get('/statements?speaker=Jenny%20Lumet&act=ACCUSED').expect(200)).body;
    expect(accusations.length).toBeGreaterThan(0);
    expect(accusations.some((statement) => statement.via.some((outlet) => /Hollywood Reporter/.test(outlet)))).toBe(true);
  });

  it('finds his statements by full-text search', async () => {
    const hits: StatementBody[] = (await get('/statements?q=unequivocally%20deny').expect(200)).body;
    expect(hits[0].text).toMatch(/unequivocally deny/);
    expect(hits[0].speaker).toBe('Russell Simmons');
  });

  it('shows his page, timeline and the accusations his denials answer', async () => {
    const page = (await get('/people/russell-simmons').expect(200)).body;
    expect(page.statementsByAct.DENIED.length).toBeGreaterThan(0);
    expect(page.reportedBy.map((r: { outlet: string }) => r.outlet)).toEqual(expect.arrayContaining(['Los Angeles Times', 'E! News']));
    expect(page.saidAboutThem.some((s: StatementBody) => s.speaker === 'Kimora Lee Simmons')).toBe(true);

    const timeline = (await get('/people/Russell%20Simmons/timeline?limit=100').expect(200)).body;
    const dates = timeline.statements.map((s: { document: { publishedAt: string | null } }) => s.document.publishedAt).filter(Boolean);
    expect(dates).toEqual([...dates].sort());

    const contradictions = (await get('/contradictions?person=Russell%20Simmons').expect(200)).body;
    expect(contradictions.length).toBeGreaterThan(0);
    for (const pair of contradictions) {
      expect(pair.denial.speaker).toBe('Russell Simmons');
      expect(['ACCUSED', 'CLAIMED']).toContain(pair.accusation.act);
    }
  });

  it('answers the ready Neo4j Browser queries in cypher/browser/', async () => {
    const folder = join(__dirname, '..', '..', 'cypher', 'browser');
    const params = { name: 'Russell Simmons', articleId: seedIds[2] };
    const files = readdirSync(folder).filter((name) => name.endsWith('.cypher'));
    expect(files.sort()).toEqual(['accusations-and-denials.cypher', 'article-graph.cypher', 'said-about-person.cypher', 'who-denied-what.cypher']);
    for (const file of files) {
      const rows = await neo4j.read(readFileSync(join(folder, file), 'utf8'), params);
      expect({ file, answered: rows.length > 0 }).toEqual({ file, answered: true });
    }
  });

  it('adds no node or edge on a second ingest', async () => {
    const before = await graphCounts(app);
    const outcomes = await ingestSeeds();
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await graphCounts(app)).toEqual(before);
  });

  it('exports the subgraph around him in every format; the GraphML parses and the Cypher script recreates it', async () => {
    const path = '/graph/export?person=Russell%20Simmons&depth=2';
    const json = (await get(`${path}&format=json`).expect(200)).body;
    expect(json.nodes.length).toBeGreaterThan(10);

    const graphml = (await get(`${path}&format=graphml`).expect(200)).text;
    expect(XMLValidator.validate(graphml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(graphml);
    const declared = parsed.graphml.key.map((key: Record<string, string>) => `${key.for}:${key['attr.name']}`);
    expect(declared).toEqual(expect.arrayContaining(['node:labels', 'node:name', 'node:text', 'edge:type']));
    expect(parsed.graphml.graph.node).toHaveLength(json.nodes.length);

    const cytoscape = (await get(`${path}&format=cytoscape`).expect(200)).body;
    expect(cytoscape.elements.nodes).toHaveLength(json.nodes.length);
    expect(cytoscape.elements.edges).toHaveLength(json.relationships.length);

    const script = (await get(`${path}&format=cypher`).expect(200)).text;
    await clearGraph(app);
    await runCypherScript(app, script);
    expect(await graphCounts(app)).toEqual({ nodes: json.nodes.length, relationships: json.relationships.length });
    expect((await get(`${path}&format=json`).expect(200)).body).toEqual(json);

    await clearGraph(app);
    await ingestSeeds();
  });
});
