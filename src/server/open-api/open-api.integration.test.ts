// /api/docs (F6 item 6) through HTTP: the OpenAPI document lists every public sessionless route the app registers,
// with parameters generated from the routes' own zod schemas, and real answers match the documented response schemas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zErrorEnvelope, zRegistryEntryDetailResponse, zRegistryPageResponse } from '../../contracts/public-api-responses';
import { createRegistryEntry } from '../../db/testing/registry-entry-builders';
import { createTestApp, type TestApp } from '../testing/test-app';
import type { OpenApiDocument } from './build-document';

let t: TestApp;
let document: OpenApiDocument;
beforeAll(async () => {
  t = await createTestApp();
  const response = await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
  expect(response.statusCode, response.body).toBe(200);
  document = response.json<OpenApiDocument>();
});
afterAll(async () => t.close());

const documented = () => Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));

describe('GET /api/docs/openapi.json', () => {
  it('documents exactly the public sessionless routes the app registers', () => {
    const sessionless = t.routes.filter((r) => r.isSessionless).map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(sessionless.length).toBeGreaterThan(20);
    expect(documented().sort()).toEqual([...new Set(sessionless)].sort());
  });

  it('is OpenAPI 3.1 with the registry query generated from its zod schema', () => {
    expect(document.openapi).toBe('3.1.0');
    const list = document.paths['/api/v1/registry']?.get;
    const byName = Object.fromEntries((list?.parameters ?? []).map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['carrier', 'city', 'level', 'page', 'pageSize', 'q', 'serviceItem', 'status', 'year']);
    expect(byName.level).toMatchObject({ in: 'query', required: false, schema: { enum: ['national', 'provincial'] }, description: expect.stringContaining('国家级') });
    expect(byName.status?.schema).toMatchObject({ default: 'current' });
    expect(byName.city?.schema.enum).toContain('440100');
    // The cap is not a refusal: the input side has no maximum.
    // Query values are digits as written (a sign, a decimal point or 0x is refused), so the schema is a digit pattern.
    expect(byName.pageSize?.schema).toMatchObject({ type: 'string', pattern: '^\\d{1,30}$' });
    expect(byName.pageSize?.schema.maximum).toBeUndefined();
    expect(list?.responses['304']).toBeDefined();
    expect(document.paths['/api/v1/registry/{id}']?.get?.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true, schema: expect.objectContaining({ format: 'uuid' }) }),
    ]);
    expect(document.paths['/api/v1/creation-data/{dataset}']?.post?.security).toEqual([{ apiKey: [] }]);
    expect(JSON.stringify(document)).not.toContain('$schema');
  });

  it('describes real answers: a registry page, an entry and an error parse with the documented schemas', async () => {
    const entry = await createRegistryEntry(t.database.db, { name: '文档示例平台' });
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/registry' });
    expect(zRegistryPageResponse.parse(page.json()).items.map((e) => e.id)).toContain(entry.id);
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/registry/${entry.id}` });
    expect(zRegistryEntryDetailResponse.parse(detail.json()).name).toBe('文档示例平台');
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/registry?city=1' });
    expect(zErrorEnvelope.parse(refused.json()).code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /api/docs', () => {
  it('is one escaped Chinese page without script, listing every operation with a curl example', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.body).not.toMatch(/<script/i);
    expect(response.body).toContain('开放数据接口');
    for (const operation of documented()) expect(response.body).toContain(operation.split(' ')[1]);
    expect(response.body).toContain('curl &#39;http://localhost:3000/api/v1/registry?city=440100&amp;level=provincial&amp;page=1&amp;pageSize=20&#39;');
  });

  it('refuses query parameters with 400', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/docs?x=1' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json?x=1' })).statusCode).toBe(400);
  });
});
