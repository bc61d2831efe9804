// HTTP hardening through the real app (F7 item 4; 等保2.0 三级 8.1.4.4 入侵防范; ASVS V13 API, V14 headers): the CSRF
// header on state-changing routes (docs/decisions/0005), the security headers on every kind of response, and error
// bodies that never carry a stack trace or SQL — for database errors, bad JSON, oversized JSON and wrong types.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../db/testing/builders';
import { createApp } from '../app';
import { installErrorHandling } from '../http/error-handler';
import { CONTENT_SECURITY_POLICY, HSTS, installSecurityHeaders } from '../http/security-headers';
import { applicationApi, multipart, PDF_BYTES } from '../testing/application-requests';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let api: ReturnType<typeof applicationApi>;
let applicant: SignedIn;
let callId: string;
beforeAll(async () => {
  t = await createTestApp();
  api = applicationApi(t);
  applicant = await api.applicant();
  callId = (await api.publishCall(2027)).id;
});
afterAll(async () => t.close());

const LEAKS = [/\bat .+\(/, /\bSELECT\b/i, /\bINSERT\b/i, /relation/i, /duplicate key/i, /constraint/i, /node_modules/, /\.ts:\d+/];
function expectCleanEnvelope(body: string): void {
  const parsed = JSON.parse(body) as Record<string, unknown>;
  expect(Object.keys(parsed).sort()).toEqual(['code', 'issues', 'message']);
  expect(parsed.message).toMatch(/[\u4e00-\u9fff]/);
  for (const leak of LEAKS) expect(body).not.toMatch(leak);
}

describe('CSRF: a state-changing request with the session cookie but without X-Requested-With: shifan', () => {
  it('is refused (403 CSRF_REJECTED) on a sample of routes, and nothing is written', async () => {
    const { id, lockVersion } = await api.draft(applicant.cookie, callId);
    const upload = multipart({ kind: 'licence' }, { name: '营业执照.pdf', bytes: PDF_BYTES });
    const attempts = [
      t.app.inject({ method: 'POST', url: '/api/applications', headers: { 'content-type': 'application/json', cookie: applicant.cookie }, payload: { callId } }),
      t.app.inject({ method: 'POST', url: `/api/applications/${id}`, headers: { 'content-type': 'application/json', cookie: applicant.cookie }, payload: { lockVersion, content: { name: '改过的名称' } } }),
      t.app.inject({ method: 'POST', url: `/api/applications/${id}/materials`, headers: { 'content-type': upload.headers['content-type'], cookie: applicant.cookie }, payload: upload.payload }),
      t.app.inject({ method: 'POST', url: `/api/applications/${id}/withdraw`, headers: { 'content-type': 'application/json', cookie: applicant.cookie }, payload: { lockVersion } }),
      t.app.inject({ method: 'POST', url: '/api/auth/password', headers: { 'content-type': 'application/json', cookie: applicant.cookie }, payload: { currentPassword: 'x', newPassword: 'Another#Password2026' } }),
      t.app.inject({ method: 'POST', url: '/api/applications', headers: { 'content-type': 'application/json', cookie: applicant.cookie, 'x-requested-with': 'XMLHttpRequest' }, payload: { callId } }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ code: 'CSRF_REJECTED', message: '请求来源校验失败，请刷新页面后重试', issues: [] });
    }
    const list = (await api.send('GET', '/api/applications', applicant.cookie)).json() as { items?: unknown[] } | unknown[];
    expect(Array.isArray(list) ? list.length : (list.items ?? []).length).toBe(1);
    const detail = (await api.send('GET', `/api/applications/${id}`, applicant.cookie)).json();
    expect(detail).toMatchObject({ lockVersion, state: 'draft', content: {}, materials: [] });
  });
});

describe('security headers on every response', () => {
  let webApp: Awaited<ReturnType<typeof createApp>>;
  beforeAll(async () => {
    const webDir = mkdtempSync(path.join(tmpdir(), 'shifan-web-'));
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head></html>');
    writeFileSync(path.join(webDir, 'assets', 'app.js'), 'export {};');
    webApp = await createApp({ deps: t.deps, databaseKind: t.database.kind, webDir, isSecureCookie: true });
  });
  afterAll(async () => webApp.close());

  it.each([
    ['an API answer', 'GET', '/api/health', 200],
    ['an error (not signed in)', 'GET', '/api/applications', 401],
    ['an API 404', 'GET', '/api/no-such-route', 404],
    ['a CSRF refusal', 'POST', '/api/auth/logout', 403],
    ['the single-page app', 'GET', '/registry', 200],
    ['index.html', 'GET', '/', 200],
    ['a static asset', 'GET', '/assets/app.js', 200],
    ['a missing asset', 'GET', '/assets/old.js', 404],
  ])('%s (%s %s → %s)', async (_, method, url, status) => {
    const response = await webApp.inject({ method: method as 'GET' | 'POST', url });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'strict-transport-security': HSTS,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': expect.stringContaining('camera=()'),
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('the CSP forbids inline script, objects and framing, and allows antd’s inline styles', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('plain HTTP gets no HSTS (a browser ignores it there)', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('no stack trace or SQL in any response', () => {
  it('a database error (a unique constraint broken inside a handler) → 500 with only the Chinese envelope', async () => {
    const failing = Fastify();
    installErrorHandling(failing);
    installSecurityHeaders(failing, { isSecure: false });
    failing.post('/boom', async () => {
      await createUser(t.database.db, { role: 'province', username: 'dup-h6', passwordHash: 'x' });
      return createUser(t.database.db, { role: 'province', username: 'dup-h6', passwordHash: 'x' });
    });
    failing.get('/select', async () => {
      throw Object.assign(new Error('relation "secret_table" does not exist: SELECT * FROM secret_table'), { code: '42P01' });
    });
    for (const [method, url] of [['POST', '/boom'], ['GET', '/select']] as const) {
      const response = await failing.inject({ method, url });
      expect(response.statusCode).toBe(500);
      expectCleanEnvelope(response.body);
      expect(response.json()).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/^系统内部错误，请稍后重试（请求编号 .+）$/) });
    }
    await failing.close();
  });

  it.each([
    ['malformed JSON', 400, 'MALFORMED_REQUEST', '请求体不是有效的JSON', 'application/json', '{"callId": '],
    ['JSON over the 1 MB body limit', 413, 'PAYLOAD_TOO_LARGE', '请求内容过大', 'application/json', JSON.stringify({ callId: 'x'.repeat(1024 * 1024) })],
    ['a form post', 415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型，请以 application/json 提交', 'application/x-www-form-urlencoded', 'callId=x'],
    ['XML', 415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型，请以 application/json 提交', 'application/xml', '<callId>x</callId>'],
  ])('%s → %s %s in Chinese', async (_, status, code, message, type, payload) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/applications', headers: { ...JSON_HEADERS, 'content-type': type, cookie: applicant.cookie }, payload });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ code, message, issues: [] });
    expectCleanEnvelope(response.body);
  });
});
