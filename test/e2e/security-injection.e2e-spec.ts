/**
 * Injection attempts in every parameter of every endpoint. The endpoints and their parameters are read from the
 * service's own OpenAPI document, so a new endpoint or parameter is covered without editing this spec. Each answer
 * must be 200 (empty, or holding the injected string only as data), 400 or 404, never 5xx, and the graph must be
 * unchanged (node and relationship counts). Injection strings posted as fields are stored literally and delete nothing.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { Neo4jService } from '../../src/graph/neo4j.service';
import { generatedArticle, GENERATED_PEOPLE, graphCounts, GraphCounts } from './reliability-support';

const INJECTIONS = [
  "' OR 1=1 //",
  '" OR ""="',
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  '`}) DETACH DELETE n //',
  '`Person` {id: "x"}) DETACH DELETE n //',
  'x` OR 1=1 WITH 1 AS `y',
  '$param',
  '$q} RETURN 1 //',
  '${limit}',
  "\\u0027 OR \\u00271\\u0027=\\u00271",
  "\u0027 OR \u00271\u0027=\u00271",
  "\uff07 OR 1=1 //",
  '\\" OR 1=1 //',
  '1; MATCH (n) DETACH DELETE n',
  '1 UNION MATCH (n) DETACH DELETE n RETURN 1',
  'CALL dbms.shutdown()',
  "CALL apoc.util.sleep(60000)",
  "'); CALL db.labels() YIELD label RETURN label //",
  '*:*',
  'text:*',
  '*',
  '(((',
  'a~100 AND b^9',
  '\u0000',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{"$gt": ""}',
  '\u202e' + 'DELETE',
  'x'.repeat(5_000),
];

/** True when every statement found holds, as a whole word, one of the words of `query` (Lucene syntax taken as plain text). */
function everyHitHoldsAWordOf(hits: { text: string }[], query: string): boolean {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return hits.every((hit) => {
    const hitWords = new Set(hit.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    return words.some((word) => hitWords.has(word));
  });
}

/** True when some string in the answer holds `injection` literally: a stored name that equals or contains it was found. */
function holdsAsData(body: unknown, injection: string): boolean {
  const needle = injection.trim().toLowerCase();
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  return strings(body).some((value) => value.toLowerCase().includes(needle));
}

/** Deletes what the POST part of this spec stores (articles titled with an injection, people and outlets named so), from this or an earlier run. */
async function removeInjectedData(neo4j: Neo4jService): Promise<void> {
  await neo4j.write(
    'MATCH (a:Article) WHERE a.title IN $injections OPTIONAL MATCH (a)<-[:IN_ARTICLE]-(s:Statement) DETACH DELETE a, s',
    { injections: INJECTIONS },
  );
  await neo4j.write(
    'MATCH (n:Person|Organization) WHERE n.name IN $injections OR any(alias IN coalesce(n.aliases, []) WHERE alias IN $injections) DETACH DELETE n',
    { injections: INJECTIONS },
  );
}

interface Operation {
  path: string;
  params: { name: string; in: 'query' | 'path'; required: boolean }[];
}

/** Values for the parameters not under test: an existing person, so that a query runs past the person lookup. */
const filler = (name: string) => (name === 'id' || name === 'person' ? GENERATED_PEOPLE[0] : undefined);

describe('injection attempts in every parameter', () => {
  let app: NestExpressApplication;
  let operations: Operation[];
  let before: GraphCounts;
  const runTag = `injection-${Date.now().toString(36)}`;

  beforeAll(async () => {
    Object.assign(process.env, { WRITE_RATE_LIMIT: '0' });
    delete process.env.API_TOKEN;
    const { createTestApp } = await import('../support/app');
    app = await createTestApp();
    await removeInjectedData(app.get(Neo4jService));
    for (const k of [0, 1, 2]) {
      await request(app.getHttpServer()).post('/documents').send({ text: `${generatedArticle(k)}\nFiled under ${runTag}.\n` }).expect(201);
    }
    const openApi = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: Operation['params'] }>>;
    };
    operations = Object.entries(openApi.paths).flatMap(([path, methods]) =>
      methods.get ? [{ path, params: (methods.get.parameters ?? []).map(({ name, in: where, required }) => ({ name, in: where, required: !!required })) }] : [],
    );
    before = await graphCounts(app);
  });

  afterAll(async () => {
    await removeInjectedData(app.get(Neo4jService));
    await app.close();
  });

  it('knows every read endpoint and parameter from the OpenAPI document', () => {
    const names = operations.flatMap((operation) => operation.params.map((param) => `${operation.path} ${param.name}`));
    expect(names).toEqual(
      expect.arrayContaining([
        '/people q', '/people limit', '/people offset', '/people/{id} id', '/people/{id}/timeline id',
        '/statements speaker', '/statements act', '/statements about', '/statements outlet', '/statements q', '/statements limit',
        '/contradictions person', '/graph/export person', '/graph/export depth', '/graph/export format',
      ]),
    );
  });

  it('answers 200-empty, 400 or 404, never 5xx, and changes nothing', async () => {
    const unexpected: string[] = [];
    for (const operation of operations) {
      for (const target of operation.params) {
        for (const injection of INJECTIONS) {
          let path = operation.path;
          const query: Record<string, string> = {};
          for (const param of operation.params) {
            const value = param === target ? injection : param.required ? filler(param.name) : undefined;
            if (value === undefined) continue;
            if (param.in === 'path') path = path.replace(`{${param.name}}`, encodeURIComponent(value));
            else query[param.name] = value;
          }
          const response = await request(app.getHttpServer()).get(path).query(query);
          const where = `GET ${operation.path} ${target.name}=${JSON.stringify(injection.slice(0, 60))}`;
          const fullText = operation.path === '/statements' && target.name === 'q';
          const empty = Array.isArray(response.body) && response.body.length === 0;
          // Full-text search reads the injection as plain words, which may match statements that hold one of them.
          const acceptable =
            response.status === 400 ||
            response.status === 404 ||
            (response.status === 200 &&
              (empty || (fullText ? everyHitHoldsAWordOf(response.body, injection) : holdsAsData(response.body, injection))));
          if (!acceptable) unexpected.push(`${where} -> ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(await graphCounts(app)).toEqual(before);
    await request(app.getHttpServer()).get('/health').expect(200);
  }, 600_000);

  it('takes Lucene syntax in the full-text query as plain characters (no match-all)', async () => {
    for (const q of ['*:*', '*', '?*', '**', '\\*', '[* TO *]', '(*)']) {
      const response = await request(app.getHttpServer()).get('/statements').query({ q }).expect(200);
      expect({ q, hits: response.body }).toEqual({ q, hits: [] });
    }
    for (const q of ['text:*', 'id:* OR text:*', 'a~100 AND b^9']) {
      const response = await request(app.getHttpServer()).get('/statements').query({ q }).expect(200);
      expect({ q, plainWords: everyHitHoldsAWordOf(response.body, q) }).toEqual({ q, plainWords: true });
    }
  });

  it('answers 400 to arrays, objects and unknown parameters, and to a bad percent-encoding in the path', async () => {
    await request(app.getHttpServer()).get('/people?q=a&q=b').expect(400);
    await request(app.getHttpServer()).get('/people?q[$ne]=x').expect(400);
    await request(app.getHttpServer()).get('/statements?act[]=SAID').expect(400);
    await request(app.getHttpServer()).get('/statements?orderBy=s.text').expect(400);
    await request(app.getHttpServer()).get('/graph/export?person=x&label=Person').expect(400);
    await request(app.getHttpServer()).get('/people/%E0%A4%A').expect(400);
    expect(await graphCounts(app)).toEqual(before);
  });

  it('stores injection strings posted as document fields literally, deleting nothing', async () => {
    for (const [k, injection] of INJECTIONS.filter((value) => value.length < 200 && !value.includes('\u0000')).entries()) {
      const counts = await graphCounts(app);
      const text = `${generatedArticle(50 + k)}\nFiled under ${runTag}-${k}.\n`;
      const response = await request(app.getHttpServer())
        .post('/documents')
        .send({ text, title: injection, outlet: injection, authors: [injection] });
      expect({ injection, status: response.status }).toEqual({ injection, status: 201 });
      expect(response.body.ingest).toMatchObject({ status: 'created', nodesDeleted: 0, relationshipsDeleted: 0 });
      const after = await graphCounts(app);
      expect(after).toEqual({
        nodes: counts.nodes + response.body.ingest.nodesCreated,
        relationships: counts.relationships + response.body.ingest.relationshipsCreated,
      });
      const [stored] = await app.get(Neo4jService).read('MATCH (a:Article {id: $id}) RETURN a.title AS title', { id: response.body.id });
      expect(stored).toEqual({ title: injection });
    }
  }, 600_000);

  it('exports people named with injection strings as a Cypher script that, replayed, changes nothing', async () => {
    const neo4j = app.get(Neo4jService);
    for (const injection of ["' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', '`}) DETACH DELETE n //', '$param', "\\u0027 OR \\u00271\\u0027=\\u00271"]) {
      const response = await request(app.getHttpServer()).get('/graph/export').query({ person: injection, depth: 1, format: 'cypher' }).expect(200);
      const statements = response.text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
      expect(statements.length).toBeGreaterThan(1);
      const counts = await graphCounts(app);
      for (const statement of statements) await neo4j.write(statement);
      expect({ injection, counts: await graphCounts(app) }).toEqual({ injection, counts });
      const [person] = await neo4j.read('MATCH (p:Person) WHERE p.name = $name OR $name IN p.aliases RETURN count(p) AS people', { name: injection });
      expect(person).toEqual({ people: 1 });
    }
  }, 600_000);
});
