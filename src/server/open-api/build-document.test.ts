import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, openApiPath } from './build-document';
import { PUBLIC_OPERATIONS } from './public-api';
import { escapeHtml, renderDocsPage } from './render-docs-page';

describe('openApiPath', () => {
  it.each([
    ['/api/v1/registry', '/api/v1/registry'],
    ['/api/v1/registry/:id', '/api/v1/registry/{id}'],
    ['/api/v1/notices/:id/document.docx', '/api/v1/notices/{id}/document.docx'],
    ['/api/x/:a/:b', '/api/x/{a}/{b}'],
  ])('%s → %s', (url, path) => expect(openApiPath(url)).toBe(path));
});

describe('buildOpenApiDocument', () => {
  const op = {
    method: 'GET' as const,
    url: '/api/v1/things/:id',
    tag: '测试',
    summary: '一件东西',
    params: z.strictObject({ id: z.uuid() }),
    query: z.strictObject({ page: z.coerce.number().int().min(1).default(1), q: z.string().max(5) }),
    fields: { q: '搜索词' },
    response: { contentType: 'application/json', description: '东西' },
    errors: { 404: '不存在' },
    example: '/api/v1/things/1',
  };

  it('turns path and query schemas into parameters, required as the schema says', () => {
    const operation = buildOpenApiDocument([op]).paths['/api/v1/things/{id}']?.get;
    expect(operation?.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: expect.objectContaining({ type: 'string', format: 'uuid' }) },
      { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
      { name: 'q', in: 'query', required: true, description: '搜索词', schema: { type: 'string', maxLength: 5 } },
    ]);
    expect(Object.keys(operation?.responses ?? {})).toEqual(['200', '400', '404']);
    expect(operation?.operationId).toBe('getApiV1ThingsId');
  });

  it('gives every catalogued operation a unique id and a Chinese summary', () => {
    const document = buildOpenApiDocument(PUBLIC_OPERATIONS);
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(PUBLIC_OPERATIONS.length);
    for (const o of PUBLIC_OPERATIONS) expect(o.summary).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the server only when the public address is known', () => {
    expect(buildOpenApiDocument(PUBLIC_OPERATIONS).servers).toBeUndefined();
    expect(buildOpenApiDocument(PUBLIC_OPERATIONS, { serverUrl: 'https://shifan.example.gov.cn' }).servers).toEqual([{ url: 'https://shifan.example.gov.cn' }]);
  });
});

describe('renderDocsPage', () => {
  it('escapes what it prints', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = renderDocsPage(buildOpenApiDocument([{ ...PUBLIC_OPERATIONS[0]!, summary: '<img src=x onerror=alert(1)>' }]), PUBLIC_OPERATIONS, 'https://a.example');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
