// Every route that exists × every role: the expected status of each pair is written down here, and the test
// fails when a route is added without a row, so no route escapes the access policy's review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../db/testing/builders';
import { ROLES } from '../../domain/shared/roles';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

const PRINCIPALS = ['anonymous', ...ROLES, 'city.other'] as const;
type Principal = (typeof PRINCIPALS)[number];

interface RouteCase {
  method: string;
  url: string;
  /** The concrete request; {gz} is a 广州 organisation's id, {call} a draft annual call's. */
  path: string;
  payload?: object;
  expected: Record<Principal, number>;
}

const everyone = (status: number, anonymous = status): Record<Principal, number> =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, p === 'anonymous' ? anonymous : status])) as Record<Principal, number>;
const ADMINS = { sysadmin: 403, secadmin: 403, auditadmin: 403 };
const CALL_READERS = { ...everyone(200, 401), ...ADMINS };
const CALL_READERS_404 = { ...everyone(404, 401), ...ADMINS };
const callContent = (year: number) => ({
  year,
  title: `${year}年度创建工作通知`,
  text: '通知正文',
  creationQuota: 10,
  cityCaps: {},
  opensOn: `${year}-03-01`,
  closesOn: `${year}-04-30`,
  cityReviewDeadline: `${year}-05-31`,
  standardVersion: 'guangdong-2025-v1',
  criterionWeights: { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 },
  maxScore: 10,
});

// city = 广州 officer, city.other = 深圳 officer; applicant = a 广州 organisation that is not {gz}.
const CASES: RouteCase[] = [
  { method: 'GET', url: '/api/health', path: '/api/health', expected: everyone(200) },
  { method: 'GET', url: '/api/divisions', path: '/api/divisions', expected: everyone(200) },
  { method: 'POST', url: '/api/registrations', path: '/api/registrations', payload: {}, expected: everyone(400) },
  { method: 'POST', url: '/api/auth/login', path: '/api/auth/login', payload: {}, expected: everyone(400) },
  { method: 'POST', url: '/api/auth/logout', path: '/api/auth/logout', payload: {}, expected: everyone(204) },
  { method: 'GET', url: '/api/auth/me', path: '/api/auth/me', expected: everyone(200, 401) },
  {
    method: 'POST',
    url: '/api/auth/password',
    path: '/api/auth/password',
    payload: { currentPassword: 'Not#TheRight1', newPassword: 'Another#Pass2026' },
    expected: everyone(400, 401),
  },
  { method: 'GET', url: '/api/todos', path: '/api/todos', expected: everyone(200, 401) },
  {
    method: 'GET',
    url: '/api/organisations',
    path: '/api/organisations',
    expected: { anonymous: 401, applicant: 200, city: 200, 'city.other': 200, province: 200, expert: 403, auditor: 200, sysadmin: 403, secadmin: 403, auditadmin: 403 },
  },
  {
    method: 'GET',
    url: '/api/organisations/:id',
    path: '/api/organisations/{gz}',
    expected: { anonymous: 401, applicant: 404, city: 200, 'city.other': 404, province: 200, expert: 403, auditor: 200, sysadmin: 403, secadmin: 403, auditadmin: 403 },
  },
  { method: 'GET', url: '/api/v1/standards', path: '/api/v1/standards', expected: everyone(200) },
  { method: 'POST', url: '/api/v1/self-assessment', path: '/api/v1/self-assessment', payload: {}, expected: everyone(400) },
  { method: 'GET', url: '/api/v1/calendar/publicity-window', path: '/api/v1/calendar/publicity-window?start=2026-09-28', expected: everyone(200) },
  { method: 'GET', url: '/api/calendar/years', path: '/api/calendar/years', expected: { ...everyone(403, 401), province: 200 } },
  { method: 'GET', url: '/api/calendar/years/:year', path: '/api/calendar/years/2026', expected: { ...everyone(403, 401), province: 200 } },
  {
    method: 'POST',
    url: '/api/calendar/years',
    path: '/api/calendar/years',
    payload: { year: 2040, holidays: ['2040-01-02'], workdays: [], note: '路由权限测试' },
    expected: { ...everyone(403, 401), province: 201 },
  },
  // Annual calls: 2050 is published in beforeAll and {call} is a 2051 draft; only the province sees drafts.
  { method: 'GET', url: '/api/v1/calls', path: '/api/v1/calls', expected: everyone(200) },
  { method: 'GET', url: '/api/v1/calls/:year', path: '/api/v1/calls/2050', expected: everyone(200) },
  { method: 'GET', url: '/api/calls', path: '/api/calls', expected: { ...CALL_READERS, province: 200 } },
  { method: 'GET', url: '/api/calls/:id', path: '/api/calls/{call}', expected: { ...CALL_READERS_404, province: 200 } },
  { method: 'POST', url: '/api/calls', path: '/api/calls', payload: callContent(2052), expected: { ...everyone(403, 401), province: 201 } },
  { method: 'POST', url: '/api/calls/copy-latest', path: '/api/calls/copy-latest', payload: {}, expected: { ...everyone(403, 401), province: 201 } },
  { method: 'POST', url: '/api/calls/:id', path: '/api/calls/{call}', payload: callContent(2051), expected: { ...everyone(403, 401), province: 200 } },
  { method: 'POST', url: '/api/calls/:id/publish', path: '/api/calls/{call}/publish', payload: {}, expected: { ...everyone(403, 401), province: 200 } },
  // Notifications (F3 item 6): everyone signed in has their own; someone else's or an unknown id is 404.
  { method: 'GET', url: '/api/notifications', path: '/api/notifications', expected: everyone(200, 401) },
  {
    method: 'POST',
    url: '/api/notifications/:id/read',
    path: '/api/notifications/00000000-0000-4000-8000-000000000000/read',
    payload: {},
    expected: everyone(404, 401),
  },
];

let t: TestApp;
let guangzhouId: string;
let callId: string;
beforeAll(async () => {
  t = await createTestApp();
  guangzhouId = (await createOrganisation(t.database.db, { cityCode: '440100' })).id;
  const headers = { ...JSON_HEADERS, cookie: (await t.signIn('province')).cookie };
  const published = (await t.app.inject({ method: 'POST', url: '/api/calls', headers, payload: callContent(2050) })).json().id;
  await t.app.inject({ method: 'POST', url: `/api/calls/${published}/publish`, headers, payload: {} });
  callId = (await t.app.inject({ method: 'POST', url: '/api/calls', headers, payload: callContent(2051) })).json().id;
});
afterAll(async () => t.close());

async function cookieFor(principal: Principal): Promise<string | undefined> {
  if (principal === 'anonymous') return undefined;
  if (principal === 'city.other') return (await t.signIn('city', { cityCode: '440300' })).cookie;
  return (await t.signIn(principal, principal === 'city' ? { cityCode: '440100' } : {})).cookie;
}

describe('route × role matrix', () => {
  it('has a row for every registered route', () => {
    const declared = CASES.map((c) => `${c.method} ${c.url}`).sort();
    const registered = t.routes.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(declared);
  });

  for (const route of CASES) {
    it.each(PRINCIPALS)(`${route.method} ${route.path} as %s`, async (principal) => {
      const cookie = await cookieFor(principal);
      const response = await t.app.inject({
        method: route.method as 'GET' | 'POST',
        url: route.path.replace('{gz}', guangzhouId).replace('{call}', callId),
        headers: { ...(route.payload ? JSON_HEADERS : {}), ...(cookie ? { cookie } : {}) },
        ...(route.payload ? { payload: route.payload } : {}),
      });
      expect(response.statusCode, response.body).toBe(route.expected[principal]);
      if (response.statusCode >= 400) expect(Object.keys(response.json()).sort()).toEqual(['code', 'issues', 'message']);
    });
  }
});

