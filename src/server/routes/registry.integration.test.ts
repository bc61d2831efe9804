// 信息数据库 open data through HTTP (Art. 8, 9; F6 items 1, 3, 6 and "bad input"; ADR 0017): every filter, partial
// Chinese names, wildcard characters found literally, the neutral order, no scores, the cap on page sizes, 400 with
// the field named in Chinese for bad queries and never a 500, ETag/304, a write seen by the next read, and the CSV.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryEntry, RegistryEntryDetail, RegistryPage } from '../../contracts/registry';
import type { RegistryEntryRow } from '../../db/repositories/registry-write.repository';
import { addRegistryHistory, createRegistryEntry } from '../../db/testing/registry-entry-builders';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
const entries: Record<string, RegistryEntryRow> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  entries.design = await createRegistryEntry(db, {
    name: '广州南沙设计创新服务平台',
    operatorName: '广州设计创新运营有限公司',
    cityCode: '440100',
    countyCode: '440115',
    batchYear: 2024,
    serviceItems: ['创业指导', '数字化转型'],
    certificateNumber: '粤中小示范平台〔2024〕001号',
    certifiedOn: '2024-12-20',
    publicPhone: '020-12345678',
    website: 'https://design.example.cn',
    formerNames: [{ name: '广州旧名服务中心', until: '2025-03-01' }],
  });
  entries.base = await createRegistryEntry(db, {
    name: '深圳科技成果转化示范基地',
    carrier: 'base',
    platformKind: null,
    cityCode: '440300',
    countyCode: '440305',
    isNational: true,
    batchYear: 2023,
    serviceItems: [],
  });
  entries.wild = await createRegistryEntry(db, { name: '南沙100%_服务\\平台', cityCode: '440300', countyCode: '440304', status: 'creating', statusDetail: '评估验收中', batchYear: 2025 });
  entries.rectifying = await createRegistryEntry(db, { name: '广州整改中平台', cityCode: '440100', countyCode: '440103', status: 'rectifying', batchYear: 2022 });
  entries.revoked = await createRegistryEntry(db, { name: '已撤销示范平台', cityCode: '440100', countyCode: '440104', status: 'revoked', statusDetail: '已撤销认定命名' });
  entries.exited = await createRegistryEntry(db, { name: '佛山退出平台', cityCode: '440600', countyCode: '440604', status: 'exited' });
  entries.miit = await createRegistryEntry(db, {
    source: 'miit',
    name: '东莞国家级示范平台',
    cityCode: '441900',
    countyCode: '441900003',
    isProvincial: false,
    isNational: true,
    batchYear: null,
  });
  // Same city, county and name: the id decides, so a page boundary never moves.
  entries.twinA = await createRegistryEntry(db, { name: '同名平台', cityCode: '440100', countyCode: '440106' });
  entries.twinB = await createRegistryEntry(db, { name: '同名平台', cityCode: '440100', countyCode: '440106' });
  await addRegistryHistory(db, entries.design.id, { occurredOn: '2024-12-20', kind: 'certified', label: '认定为示范平台' });
  await addRegistryHistory(db, entries.design.id, { occurredOn: '2022-01-05', kind: 'creation_started', label: '列为创建对象，进入创建期' });
});
afterAll(async () => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
async function listOf(query: string): Promise<RegistryPage> {
  const response = await get(`/api/v1/registry${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<RegistryPage>();
}
const namesOf = async (query: string) => (await listOf(query)).items.map((e) => e.name);
const idsOf = (...keys: string[]) => keys.map((k) => entries[k]?.id);

describe('GET /api/v1/registry', () => {
  it('lists the current entries (创建中, 已认定, 整改中) in the neutral order: city, county, name by code point, id', async () => {
    const page = await listOf('');
    const twins = [entries.twinA?.id ?? '', entries.twinB?.id ?? ''].sort();
    expect(page.items.map((e) => e.id)).toEqual([...idsOf('rectifying'), ...twins, ...idsOf('design', 'wild', 'base', 'miit')]);
    expect(page).toMatchObject({ total: 7, page: 1, pageSize: 20, orderNote: '按行政区划代码和名称排列，不代表排名' });
  });

  it('maps an entry to its public fields only: labels, division names, levels, no score and no person', async () => {
    const page = await listOf('?q=设计创新');
    const entry = page.items[0] as RegistryEntry;
    expect(entry).toEqual({
      id: entries.design?.id,
      name: '广州南沙设计创新服务平台',
      operatorName: '广州设计创新运营有限公司',
      carrier: 'platform',
      carrierLabel: '示范平台',
      platformKind: 'comprehensive',
      platformKindLabel: '综合服务平台',
      cityCode: '440100',
      cityName: '广州市',
      countyCode: '440115',
      countyName: '南沙区',
      levels: ['provincial'],
      isNational: false,
      isProvincial: true,
      batchYear: 2024,
      status: 'certified',
      statusLabel: '已认定',
      statusDetail: null,
      certificateNumber: '粤中小示范平台〔2024〕001号',
      certifiedOn: '2024-12-20',
      serviceItems: ['创业指导', '数字化转型'],
      publicPhone: '020-12345678',
      website: 'https://design.example.cn',
      source: 'legacy',
    });
    const body = (await get('/api/v1/registry?status=all')).body;
    expect(body).not.toMatch(/score|rank|contact|searchText|search_text|creditCode/i);
  });

  it.each([
    ['level=national', ['深圳科技成果转化示范基地', '东莞国家级示范平台']],
    ['level=provincial', ['广州整改中平台', '同名平台', '同名平台', '广州南沙设计创新服务平台', '南沙100%_服务\\平台', '深圳科技成果转化示范基地']],
    ['carrier=base', ['深圳科技成果转化示范基地']],
    ['carrier=platform&city=440300', ['南沙100%_服务\\平台']],
    ['city=441900', ['东莞国家级示范平台']],
    ['serviceItem=数字化转型', ['广州南沙设计创新服务平台']],
    ['status=creating', ['南沙100%_服务\\平台']],
    ['status=rectifying', ['广州整改中平台']],
    ['status=revoked', ['已撤销示范平台']],
    ['status=exited', ['佛山退出平台']],
    ['year=2023', ['深圳科技成果转化示范基地']],
    ['year=2022&status=all', ['广州整改中平台']],
    ['status=all&city=440600', ['佛山退出平台']],
  ])('filters %s', async (query, expected) => {
    expect(await namesOf(`?${new URLSearchParams(query).toString()}`)).toEqual(expected);
  });

  it('status=all lists every entry, revoked and exited included', async () => {
    expect((await listOf('?status=all')).total).toBe(9);
  });

  it.each([
    ['2 characters', '南沙', ['广州南沙设计创新服务平台', '南沙100%_服务\\平台']],
    ['4 characters', '设计创新', ['广州南沙设计创新服务平台']],
    ['the operator', '运营有限公司', ['广州南沙设计创新服务平台']],
    ['a former name', '旧名', ['广州南沙设计创新服务平台']],
    ['a certificate number', '〔2024〕001', ['广州南沙设计创新服务平台']],
    ['full-width characters (NFKC)', '１００％', ['南沙100%_服务\\平台']],
    ['% literally', '%', ['南沙100%_服务\\平台']],
    ['_ literally', '_', ['南沙100%_服务\\平台']],
    ['\\ literally', '\\', ['南沙100%_服务\\平台']],
    ['spaces around it', '  南沙设计  ', ['广州南沙设计创新服务平台']],
    ['nothing', '', ['广州整改中平台', '同名平台', '同名平台', '广州南沙设计创新服务平台', '南沙100%_服务\\平台', '深圳科技成果转化示范基地', '东莞国家级示范平台']],
    ['an emoji', '😀', []],
  ])('finds part of a name: %s', async (_what, q, expected) => {
    expect(await namesOf(`?q=${encodeURIComponent(q)}`)).toEqual(expected);
  });

  it('pages, and caps a page size above 100 instead of refusing it', async () => {
    const second = await listOf('?status=all&page=2&pageSize=2');
    const all = await listOf('?status=all');
    expect(second.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));
    expect(await listOf('?pageSize=10000')).toMatchObject({ pageSize: 100, total: 7 });
    expect(await listOf('?pageSize=101')).toMatchObject({ pageSize: 100 });
    expect(await listOf('?pageSize=100')).toMatchObject({ pageSize: 100 });
    expect(await listOf(`?pageSize=${'9'.repeat(25)}`)).toMatchObject({ pageSize: 100 });
  });

  it.each([
    ['page=0', 'page', '页码（page）最小为1'],
    ['page=-1', 'page', '页码（page）应为正整数'],
    ['page=0x10', 'page', '页码（page）应为正整数'],
    ['page=1e3', 'page', '页码（page）应为正整数'],
    ['page=100001', 'page', '页码（page）过大'],
    ['page=abc', 'page', '页码（page）'],
    ['page=1.5', 'page', '页码（page）应为正整数'],
    ['pageSize=-5', 'pageSize', '每页条数（pageSize）应为正整数'],
    ['pageSize=0', 'pageSize', '每页条数（pageSize）最小为1'],
    ['city=999999', 'city', '地市（city）'],
    ['city=440106', 'city', '地市（city）'],
    ['status=deleted', 'status', '状态（status）'],
    ['level=city', 'level', '级别（level）'],
    ['carrier=park', 'carrier', '载体类型（carrier）'],
    ['serviceItem=炒股', 'serviceItem', '服务内容（serviceItem）'],
    ['year=abc', 'year', '批次年份（year）'],
    ['year=1999', 'year', '批次年份（year）'],
    ['score=1', 'score', '不接受的字段：score'],
    [`q=${'南'.repeat(51)}`, 'q', '搜索词（q）不能超过50个字'],
    ['q=a%00b', 'q', '不允许的控制字符'],
    ['q=a&q=b', 'q', '搜索词（q）'],
    ['city=440100&city=440300', 'city', '地市（city）'],
  ])('refuses ?%s with 400 naming the field in Chinese', async (query, path, message) => {
    const response = await get(`/api/v1/registry?${query}`);
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json<{ code: string; issues: { path: string; message: string }[] }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.issues.find((i) => i.path === path)?.message).toContain(message);
  });

  it('takes 50 characters of search', async () => {
    expect((await get(`/api/v1/registry?q=${encodeURIComponent('南'.repeat(50))}`)).statusCode).toBe(200);
  });

  it.each([
    ['a lone surrogate', 'q=%ED%A0%80'],
    ['invalid UTF-8', 'q=%FF%FE'],
    ['a broken escape', 'q=%E4%B8'],
    ['a bare percent', 'q=%'],
    ['an empty key', '=1'],
    ['a key without value', 'q'],
  ])('answers %s with 200 or 400, never 500', async (_what, query) => {
    const response = await get(`/api/v1/registry?${query}`);
    expect([200, 400]).toContain(response.statusCode);
  });

  it('answers any search bytes with 200 or 400, never 500 (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 80 }), async (bytes) => {
        const q = [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
        const response = await get(`/api/v1/registry?q=${q}`);
        return response.statusCode === 200 || response.statusCode === 400;
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 60 }), async (text) => {
        const q = [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
        const response = await get(`/api/v1/registry?q=${q}`);
        return response.statusCode < 500;
      }),
      { numRuns: 60 },
    );
  });

  it('is sessionless: a cookie is neither read nor set', async () => {
    const response = await get('/api/v1/registry', { cookie: 'shifan_sid=not-a-session' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answers If-None-Match with 304, and a write changes the ETag and shows at once', async () => {
    const first = await get('/api/v1/registry?city=440500');
    expect(first.json<RegistryPage>().total).toBe(0);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"v\d+-[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const again = await get('/api/v1/registry?city=440500', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/api/v1/registry?city=440500', { 'if-none-match': `"x", W/${etag}` })).statusCode).toBe(304);

    const added = await createRegistryEntry(t.database.db, { name: '汕头新列入平台', cityCode: '440500', countyCode: '440507' });
    const after = await get('/api/v1/registry?city=440500', { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json<RegistryPage>().items.map((e) => e.id)).toEqual([added.id]);
  });

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
  ])('sends the stored compressed copy for Accept-Encoding %s', async (accept, encoding) => {
    const plain = await get('/api/v1/registry?status=all&pageSize=100');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const response = await get('/api/v1/registry?status=all&pageSize=100', { 'accept-encoding': accept });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers.vary).toContain('accept-encoding');
    expect(response.headers.etag).toBe(plain.headers.etag);
    const bytes = response.rawPayload;
    const decoded = encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes;
    expect(JSON.parse(decoded.toString('utf8'))).toEqual(plain.json());
  });

  it('never stores a refused query as a 200', async () => {
    expect((await get('/api/v1/registry?page=0')).statusCode).toBe(400);
    expect((await get('/api/v1/registry?page=0')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/registry/:id', () => {
  it('gives the entry with its former names and its history, oldest first', async () => {
    const response = await get(`/api/v1/registry/${entries.design?.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json<RegistryEntryDetail>();
    expect(detail.formerNames).toEqual([{ name: '广州旧名服务中心', until: '2025-03-01' }]);
    expect(detail.history).toEqual([
      { occurredOn: '2022-01-05', kind: 'creation_started', label: '列为创建对象，进入创建期', publicReason: null },
      { occurredOn: '2024-12-20', kind: 'certified', label: '认定为示范平台', publicReason: null },
    ]);
    expect(response.headers.etag).toBeDefined();
  });

  it('keeps the page of a revoked entry', async () => {
    const response = await get(`/api/v1/registry/${entries.revoked?.id}`);
    expect(response.json<RegistryEntryDetail>()).toMatchObject({ status: 'revoked', statusLabel: '已撤销', statusDetail: '已撤销认定命名', history: [] });
  });

  it('answers an unknown id with 404 and a malformed one with 400, in Chinese', async () => {
    const missing = await get('/api/v1/registry/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', message: '未找到该示范平台（基地）' });
    const malformed = await get('/api/v1/registry/abc');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ issues: { path: string; message: string }[] }>().issues).toEqual([{ path: 'id', message: '条目编号格式有误' }]);
    expect((await get(`/api/v1/registry/${entries.design?.id}?x=1`)).statusCode).toBe(400);
  });
});

describe('GET /api/v1/registry.csv', () => {
  it('downloads the filtered list: BOM, Chinese header, CRLF, the dated file name, neutral order', async () => {
    const response = await get('/api/v1/registry.csv?city=440100');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('广东省中小企业公共服务示范平台（基地）信息数据库-20261128.csv')}`,
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^条目编号,名称,运营主体,载体类型,/);
    expect(lines.slice(1, -1).map((l) => l.split(',')[1])).toEqual(['广州整改中平台', '同名平台', '同名平台', '广州南沙设计创新服务平台']);
    expect(lines.at(-1)).toBe('');
    expect(response.headers.etag).toBeDefined();
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and neutralises formulas', async () => {
    await createRegistryEntry(t.database.db, { name: '=HYPERLINK("http://x","点我")', operatorName: '湛江"海洋",服务\n中心', cityCode: '440800', countyCode: '440802' });
    const text = (await get('/api/v1/registry.csv?city=440800')).rawPayload.toString('utf8');
    expect(text).toContain(`,"'=HYPERLINK(""http://x"",""点我"")","湛江""海洋"",服务\n中心",`);
  });

  it('refuses paging keys and bad filters with 400', async () => {
    expect((await get('/api/v1/registry.csv?page=2')).statusCode).toBe(400);
    expect((await get('/api/v1/registry.csv?city=1')).statusCode).toBe(400);
  });
});
