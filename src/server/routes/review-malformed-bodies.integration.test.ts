// Every review route (地市初审, 省级审核) answers a malformed body with a 4xx envelope in Chinese, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let province: SignedIn;
let gz: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  province = await t.signIn('province');
  gz = await t.signIn('city', { cityCode: '440100' });
});
afterAll(async () => t.close());

describe('malformed bodies on every review route → 4xx envelope, never 500', () => {
  const ID = '00000000-0000-4000-8000-000000000000';
  const ROUTES: [string, 'city' | 'province'][] = [
    [`/api/applications/${ID}/city-decision`, 'city'],
    ['/api/city-review/recommendations/preview', 'city'],
    ['/api/city-review/recommendations', 'city'],
    [`/api/applications/${ID}/formal-check`, 'province'],
    [`/api/applications/${ID}/province-decision`, 'province'],
    [`/api/calls/${ID}/shortlist/preview`, 'province'],
    [`/api/calls/${ID}/shortlist`, 'province'],
  ];
  const BODIES: [string, string, string][] = [
    ['not JSON', 'application/json', '{bad json'],
    ['an array', 'application/json', '[1,2,3]'],
    ['null', 'application/json', 'null'],
    ['a NUL character', 'application/json', '{"reason":"a\\u0000b","lockVersion":1,"decision":"return"}'],
    ['wrong types everywhere', 'application/json', '{"lockVersion":{"$ne":null},"decision":[1],"items":7,"applicationIds":"x","isPassed":"yes"}'],
    ['form encoding', 'application/x-www-form-urlencoded', 'decision=recommend'],
  ];
  for (const [url, role] of ROUTES) {
    it.each(BODIES)(`${url} with %s`, async (_name, contentType, body) => {
      const who = role === 'city' ? gz : province;
      const response = await t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, 'content-type': contentType, cookie: who.cookie }, payload: body });
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, response.body).toBeLessThan(500);
      expect(response.json().message).toMatch(/[\u4e00-\u9fa5]/);
    });
  }
});
