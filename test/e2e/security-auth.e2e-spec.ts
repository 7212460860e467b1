/**
 * With API_TOKEN set, writes need `Authorization: Bearer <token>` (401 otherwise) and reads stay open; writes are
 * rate-limited (WRITE_RATE_LIMIT per minute, 429 beyond), reads are not; helmet's security headers are on every answer.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { generatedArticle, graphCounts } from './reliability-support';

const TOKEN = 'test-token-5f2c9a1e-only-for-this-spec';
const WRITE_LIMIT = 4;
const article = `${generatedArticle(11)}\nFiled under auth-${Date.now().toString(36)}.\n`;

describe('API token and write rate limit', () => {
  let app: NestExpressApplication;
  const post = (authorization?: string) => {
    const test = request(app.getHttpServer()).post('/documents');
    if (authorization !== undefined) test.set('Authorization', authorization);
    return test.send({ text: article });
  };

  beforeAll(async () => {
    Object.assign(process.env, { API_TOKEN: TOKEN, WRITE_RATE_LIMIT: String(WRITE_LIMIT) });
    const { createTestApp } = await import('../support/app');
    app = await createTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('puts helmet security headers on every answer and does not say it is Express', async () => {
    for (const path of ['/health', '/people', '/no-such-path']) {
      const response = await request(app.getHttpServer()).get(path);
      expect(response.headers).toMatchObject({
        'content-security-policy': expect.stringContaining("default-src 'self'"),
        'strict-transport-security': expect.stringContaining('max-age='),
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'x-dns-prefetch-control': 'off',
      });
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('refuses writes without the right token (401, WWW-Authenticate) and writes nothing; reads need no token', async () => {
    const before = await graphCounts(app);
    const missing = await post().expect(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="claimgraph"');
    expect(missing.body.message).toMatch(/needs an API token: send Authorization: Bearer <API_TOKEN>/);
    expect((await post(`Bearer ${TOKEN}x`).expect(401)).body.message).toBe('the API token is wrong');
    await post(`Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}`).expect(401);
    expect(await graphCounts(app)).toEqual(before);

    await request(app.getHttpServer()).get('/people').expect(200);
    await request(app.getHttpServer()).get('/statements').expect(200);
  });

  it(`accepts a write with the token, answers 429 past ${WRITE_LIMIT} writes a minute, and keeps reads open`, async () => {
    // The three refused writes above counted: guessing the token is rate-limited too.
    const accepted = await post(`Bearer ${TOKEN}`).expect(201);
    expect(accepted.body.statements.length).toBeGreaterThan(0);
    expect(accepted.headers['x-ratelimit-limit-writes']).toBe(String(WRITE_LIMIT));
    expect(accepted.headers['x-ratelimit-remaining-writes']).toBe('0');

    const limited = await post(`Bearer ${TOKEN}`).expect(429);
    expect(limited.body.message).toMatch(new RegExp(`at most ${WRITE_LIMIT} per minute per client \\(WRITE_RATE_LIMIT\\)`));
    expect(Number(limited.headers['retry-after-writes'])).toBeGreaterThan(0);

    const reads = await Promise.all(Array.from({ length: 30 }, () => request(app.getHttpServer()).get('/health')));
    expect(reads.map((response) => response.status)).toEqual(Array(30).fill(200));
  });
});
