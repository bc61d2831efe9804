// The upload brake on a bare app (F7 item 4; ASVS V13.1.4 / V12.1): multipart requests only, per signed-in user or
// per address, 429 RATE_LIMITED with Retry-After and a Chinese message saying when to try again.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { installErrorHandling } from './error-handler';
import { installUploadRateLimit } from './upload-rate-limit';

const MULTIPART = { 'content-type': 'multipart/form-data; boundary=x' };
const EMPTY_PART = '--x--\r\n';
let app: FastifyInstance;
afterEach(async () => app.close());

async function appWithLimit(limit: number, userIdOf: (request: { headers: Record<string, unknown> }) => string | null = () => null) {
  const now = new Date('2026-11-28T02:00:00Z');
  app = Fastify();
  installErrorHandling(app);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const userId = userIdOf(request);
    request.session = userId ? ({ user: { id: userId } } as unknown as typeof request.session) : null;
  });
  installUploadRateLimit(app, { limit, windowMs: 10 * 60 * 1000, now: () => now });
  app.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null));
  app.post('/upload', async () => ({ ok: true }));
  await app.ready();
  return app;
}

const post = (headers: Record<string, string>, payload = EMPTY_PART, remoteAddress = '10.0.0.1') => app.inject({ method: 'POST', url: '/upload', headers, payload, remoteAddress });

describe('installUploadRateLimit', () => {
  it('lets `limit` uploads through from one address, then answers 429 with Retry-After and a Chinese message', async () => {
    await appWithLimit(2);
    expect((await post(MULTIPART)).statusCode).toBe(200);
    expect((await post(MULTIPART)).statusCode).toBe(200);
    const refused = await post(MULTIPART);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('600');
    expect(refused.json()).toEqual({ code: 'RATE_LIMITED', message: '上传过于频繁：每10分钟最多上传2次文件，请10分钟后再试', issues: [], details: { retryAfterSeconds: 600 } });
    expect((await post(MULTIPART, EMPTY_PART, '10.0.0.2')).statusCode).toBe(200);
  });

  it('counts only multipart requests (a JSON post is not an upload)', async () => {
    await appWithLimit(1);
    for (let i = 0; i < 3; i += 1) expect((await post({ 'content-type': 'application/json' }, '{}')).statusCode).toBe(200);
    expect((await post({ 'content-type': 'Multipart/Form-Data; boundary=x' })).statusCode).toBe(200);
    expect((await post(MULTIPART)).statusCode).toBe(429);
  });

  it('keys a signed-in user by the account, whatever address it comes from', async () => {
    await appWithLimit(1, (request) => (typeof request.headers['x-user'] === 'string' ? request.headers['x-user'] : null));
    expect((await post({ ...MULTIPART, 'x-user': 'u1' }, EMPTY_PART, '10.0.0.1')).statusCode).toBe(200);
    expect((await post({ ...MULTIPART, 'x-user': 'u1' }, EMPTY_PART, '10.0.0.9')).statusCode).toBe(429);
    expect((await post({ ...MULTIPART, 'x-user': 'u2' }, EMPTY_PART, '10.0.0.1')).statusCode).toBe(200);
  });
});
