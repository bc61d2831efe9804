// Bad input never gets a 500: every route answers malformed bodies and parameters with a 4xx and the error
// envelope, in Chinese, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationsRepository } from '../../db/repositories/organisations.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  cookie = (await t.signIn('province')).cookie;
});
afterAll(async () => t.close());

const POST_ROUTES = ['/api/registrations', '/api/auth/login', '/api/auth/password', '/api/auth/logout'];

const BODIES: [string, string, string][] = [
  ['not JSON', 'application/json', '{bad json'],
  ['an array', 'application/json', '[1,2,3]'],
  ['null', 'application/json', 'null'],
  ['a number', 'application/json', '42'],
  ['a string', 'application/json', '"hello"'],
  ['a prototype-pollution attempt', 'application/json', '{"__proto__":{"isAdmin":true}}'],
  ['a constructor-pollution attempt', 'application/json', '{"constructor":{"prototype":{"x":1}}}'],
  ['deep nesting', 'application/json', '{"a":'.repeat(500) + '1' + '}'.repeat(500)],
  ['a NUL character', 'application/json', '{"username":"a\\u0000b","password":"x"}'],
  ['wrong types everywhere', 'application/json', '{"username":{"$ne":null},"password":[1],"organisation":7,"contact":true,"account":"x"}'],
  ['form encoding', 'application/x-www-form-urlencoded', 'username=a&password=b'],
  ['plain text', 'text/plain', 'username=a'],
];

describe('malformed input', () => {
  for (const url of POST_ROUTES) {
    it.each(BODIES)(`${url} with %s → 4xx envelope`, async (_name, contentType, body) => {
      const response = await t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, 'content-type': contentType, cookie }, payload: body });
      // logout takes no body and may simply end the session; everything else must refuse.
      if (url === '/api/auth/logout' && response.statusCode === 204) return;
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, response.body).toBeLessThan(500);
      const envelope = response.json();
      expect(envelope).toMatchObject({ code: expect.any(String), message: expect.stringMatching(/[\u4e00-\u9fff]/), issues: expect.any(Array) });
      expect(response.body).not.toMatch(/at .*\.ts:\d+|SELECT|INSERT|stack/i);
    });
  }

  it('a body over 1 MB is refused with 413', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: JSON.stringify({ username: 'x'.repeat(1_100_000), password: 'y' }) });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    '/api/organisations?q=%00',
    '/api/organisations?page=1&page=2',
    '/api/organisations?q=' + 'x'.repeat(51),
    '/api/organisations?pageSize=-1',
    '/api/organisations?pageSize=1e3',
    '/api/organisations/%00',
    '/api/organisations/00000000-0000-0000-0000-000000000000%27%20or%201=1',
    '/api/todos?x=1',
    '/api/auth/me?debug=true',
  ])('GET %s → 4xx envelope', async (url) => {
    const response = await t.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, response.body).toBeLessThan(500);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'issues', 'message']);
  });

  it('an unknown organisation id is a 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations/00000000-0000-4000-8000-000000000000', headers: { cookie } });
    expect(response.statusCode).toBe(404);
  });

  it.each(['GET /api/nope', 'POST /api/nope', 'DELETE /api/organisations', 'PUT /api/auth/login'])('%s → 404 envelope', async (line) => {
    const [method, url] = line.split(' ') as ['GET', string];
    const response = await t.app.inject({ method, url, headers: JSON_HEADERS, ...(method === 'GET' ? {} : { payload: '{}' }) });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('left nothing behind', async () => {
    expect(await usersRepository.findByUsername(t.database.db, 'a')).toBeUndefined();
    const { total } = await organisationsRepository.list(t.database.db, { kind: 'all' }, { page: 1, pageSize: 1 });
    expect(total).toBe(0);
  });
});
