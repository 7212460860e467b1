/**
 * Bad input on POST /documents: every case gets a clear 4xx that says what is wrong, and nothing is written.
 * The body limit is set low here (MAX_DOCUMENT_BYTES=20000) to show that the setting is honoured.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { generatedArticle, graphCounts, GraphCounts } from './reliability-support';

const MAX_BYTES = 20_000;
const runTag = `input-${Date.now().toString(36)}`;
const validText = `${generatedArticle(3)}\nFiled under ${runTag}.\n`;

const germanText =
  'Die Regierung hat am Dienstag einen neuen Plan für die Wirtschaft vorgestellt. Der Minister sagte, dass die ' +
  'Maßnahmen schnell umgesetzt werden sollen, weil die Lage sehr ernst sei. Kritiker meinen jedoch, dass die ' +
  'Pläne zu spät kommen und nicht weit genug gehen. Die Opposition fordert deshalb eine Debatte im Parlament ' +
  'noch in dieser Woche, bevor das Gesetz beschlossen wird. Viele Bürger sind unzufrieden mit der Politik.';
const chineseText = '政府周二公布了一项新的经济计划。部长表示，这些措施应该迅速实施，因为形势非常严峻。'.repeat(12);
const htmlPage =
  '<!DOCTYPE html><html><head><title>News</title></head><body><div class="story"><p>' +
  'The mayor said the budget was balanced.</p></div></body></html>';

interface BadCase {
  name: string;
  send: (test: request.Test) => request.Test;
  status: number;
  message: RegExp;
}

const json = (body: unknown) => (test: request.Test) => test.send(body as object);
// serialize() passes the bytes through as they are (superagent would JSON-encode a Buffer).
const raw = (body: string | Buffer) => (test: request.Test) =>
  test.set('Content-Type', 'application/json').serialize((bytes: unknown) => bytes as string).send(body as string);

const CASES: BadCase[] = [
  { name: 'empty text', send: json({ text: '' }), status: 400, message: /text should not be empty/ },
  { name: 'whitespace-only text', send: json({ text: ' \n\t \u00a0 \n' }), status: 422, message: /empty \(no text, or only whitespace\)/ },
  { name: 'no text at all', send: json({ title: 'A title' }), status: 400, message: /text must be a string/ },
  {
    name: 'a body over MAX_DOCUMENT_BYTES',
    send: json({ text: `${validText} ${'more words '.repeat(2_000)}` }),
    status: 413,
    message: new RegExp(`larger than MAX_DOCUMENT_BYTES \\(${MAX_BYTES} bytes\\)`),
  },
  {
    name: 'invalid UTF-8 bytes',
    send: raw(Buffer.concat([Buffer.from('{"text":"The mayor said '), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' it was fine."}')])),
    status: 422,
    message: /not valid UTF-8/,
  },
  { name: 'binary text (NUL characters)', send: json({ text: `GIF89a\u0000\u0001\u0002${'\u0000'.repeat(50)}` }), status: 422, message: /binary/ },
  { name: 'an HTML page', send: json({ text: htmlPage }), status: 422, message: /HTML page/ },
  { name: 'German text', send: json({ text: germanText }), status: 422, message: /not English/ },
  { name: 'Chinese text', send: json({ text: chineseText }), status: 422, message: /not English/ },
  { name: 'text as a number', send: json({ text: 42 }), status: 400, message: /text must be a string/ },
  { name: 'text as an array', send: json({ text: [validText] }), status: 400, message: /text must be a string/ },
  { name: 'text as an object', send: json({ text: { $ne: null } }), status: 400, message: /text must be a string/ },
  { name: 'authors as a string', send: json({ text: validText, authors: 'Jane Doe' }), status: 400, message: /authors must be an array/ },
  { name: 'publishedAt as a number', send: json({ text: validText, publishedAt: 20180126 }), status: 400, message: /publishedAt/ },
  { name: 'publishedAt not a date', send: json({ text: validText, publishedAt: '26/01/2018' }), status: 400, message: /publishedAt/ },
  { name: 'url not a URL', send: json({ text: validText, url: 'javascript:alert(1)' }), status: 400, message: /url must be a URL/ },
  { name: 'id with a Cypher fragment', send: json({ text: validText, id: "x'}) DETACH DELETE n //" }), status: 400, message: /id must be/ },
  { name: 'an unknown field', send: json({ text: validText, label: 'Person' }), status: 400, message: /property label should not exist/ },
  { name: 'malformed JSON', send: raw('{"text": "The mayor said'), status: 400, message: /JSON/ },
  { name: 'a JSON string instead of an object', send: raw('"just a string"'), status: 400, message: /not valid JSON/ },
  { name: 'a JSON null', send: raw('null'), status: 400, message: /not valid JSON/ },
  { name: 'a JSON array instead of an object', send: raw(JSON.stringify([{ text: validText }])), status: 400, message: /text must be a string/ },
  { name: 'plain text instead of JSON', send: (test) => test.set('Content-Type', 'text/plain').send(validText), status: 400, message: /text must be a string/ },
];

describe('POST /documents with bad input', () => {
  let app: NestExpressApplication;
  let before: GraphCounts;

  beforeAll(async () => {
    Object.assign(process.env, { MAX_DOCUMENT_BYTES: String(MAX_BYTES), WRITE_RATE_LIMIT: '0', API_TOKEN: '' });
    // Imported only now, so that AppModule's configuration sees the settings above.
    const { createTestApp } = await import('../support/app');
    app = await createTestApp();
    before = await graphCounts(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it.each(CASES.map((badCase) => [badCase.name, badCase] as const))('%s: a clear 4xx and nothing written', async (_name, badCase) => {
    const response = await badCase.send(request(app.getHttpServer()).post('/documents'));
    expect({ status: response.status, message: [response.body.message].flat().join('; ') }).toEqual({
      status: badCase.status,
      message: expect.stringMatching(badCase.message),
    });
    expect(await graphCounts(app)).toEqual(before);
  });

  it('drops a __proto__ field without polluting any prototype', async () => {
    const body = JSON.stringify({ text: validText, title: 'Prototype test' }).replace(/}$/, ',"__proto__":{"polluted":true}}');
    await raw(body)(request(app.getHttpServer()).post('/documents')).expect(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('still accepts a good article afterwards, under the same limits', async () => {
    const response = await request(app.getHttpServer()).post('/documents').send({ text: validText }).expect(201);
    expect(response.body.statements.length).toBeGreaterThan(0);
  });
});
