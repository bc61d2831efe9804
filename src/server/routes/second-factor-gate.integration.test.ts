// F7 item 3 (等保2.0 三级 8.1.4.1 d), review finding: the route × role matrix runs with the second factor off, so this
// walks EVERY registered route with a back-office session that has proved its password but not its TOTP code. Each
// route that is not public, sessionless or part of the second-factor step must answer 401 SECOND_FACTOR_REQUIRED —
// a new route is covered the day it is registered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

const SOME_ID = '00000000-0000-4000-8000-0000000000c3';
/** Reachable while the code is owed, besides routes that say so in their config (request-context.ts). */
const OPEN_WHILE_PENDING = new Set(['GET /api/auth/me']);

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp(new Date('2026-11-28T02:00:00Z'), { security: { isSecondFactorRequired: true } });
  cookie = (await t.signIn('province')).cookie;
});
afterAll(async () => t.close());

describe('a session that owes its TOTP code', () => {
  it('is a pending province session', async () => {
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().user.secondFactor).toBe('enrol');
  });

  it('reaches no route but the public ones and the second-factor step', async () => {
    const gated = t.routes.filter((r) => r.url.startsWith('/api/') && !r.isPublic && !r.isSessionless && !r.isAllowedBeforeSecondFactor && !OPEN_WHILE_PENDING.has(`${r.method} ${r.url}`));
    expect(gated.length).toBeGreaterThan(150);
    const leaks: string[] = [];
    for (const route of gated) {
      const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
      const response = await t.app.inject({
        method: route.method as 'GET' | 'POST' | 'PUT' | 'DELETE',
        url: route.url.replace(/:[A-Za-z]+/g, SOME_ID),
        headers: { ...(hasBody ? JSON_HEADERS : { 'x-requested-with': 'shifan' }), cookie },
        ...(hasBody ? { payload: {} } : {}),
      });
      if (response.statusCode !== 401 || response.json().code !== 'SECOND_FACTOR_REQUIRED') leaks.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(leaks).toEqual([]);
  });
});
