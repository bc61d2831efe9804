import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

let t: TestApp;
let province: string;
let city: string;
beforeAll(async () => {
  t = await createTestApp();
  province = (await t.signIn('province')).cookie;
  city = (await t.signIn('city', { cityCode: '440100' })).cookie;
});
afterAll(async () => t.close());

const WEIGHTS = { 'plan.content': 20, 'plan.innovation': 20, 'plan.demonstration': 20, 'plan.path': 15, 'plan.expectedResults': 15, 'plan.support': 10 };
const call = (year: number, overrides: object = {}) => ({
  year,
  title: `关于开展${year}年度广东省中小企业公共服务示范平台（基地）创建工作的通知`,
  text: '各地级以上市中小企业主管部门：\n现将有关事项通知如下。',
  creationQuota: 30,
  cityCaps: { '440100': 5, '440300': 4 },
  opensOn: `${year}-03-01`,
  closesOn: `${year}-04-30`,
  cityReviewDeadline: `${year}-05-31`,
  standardVersion: 'guangdong-2025-v1',
  criterionWeights: WEIGHTS,
  maxScore: 10,
  ...overrides,
});

type Method = 'GET' | 'POST';
const send = (method: Method, url: string, payload?: object, cookie: string | undefined = province) =>
  t.app.inject({ method, url, headers: { ...(payload ? JSON_HEADERS : {}), ...(cookie ? { cookie } : {}) }, ...(payload ? { payload } : {}) });

async function publishedCall(year: number, overrides: object = {}): Promise<string> {
  const created = await send('POST', '/api/calls', call(year, overrides));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  expect((await send('POST', `/api/calls/${id}/publish`, {})).statusCode).toBe(200);
  return id;
}

describe('drafting, copying and publishing', () => {
  it('copies the latest published call into next year with a diff, edits and publishes it', async () => {
    await publishedCall(2030);
    const copied = await send('POST', '/api/calls/copy-latest', {});
    expect(copied.statusCode, copied.body).toBe(201);
    const draft = copied.json();
    expect(draft).toMatchObject({ year: 2031, status: 'draft', opensOn: '2031-03-01', closesOn: '2031-04-30', cityReviewDeadline: '2031-05-31' });
    expect(draft.title).toContain('2031年度');
    expect(draft.diff.previousYear).toBe(2030);
    expect(draft.diff.changes.map((c: { field: string }) => c.field)).toEqual(['year', 'title', 'opensOn', 'closesOn', 'cityReviewDeadline']);

    const updated = await send('POST', `/api/calls/${draft.id}`, { ...call(2031), creationQuota: 35, cityCaps: { '440100': 6, '440300': 4 } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json().diff.changes).toEqual(
      expect.arrayContaining([
        { field: 'creationQuota', label: '年度创建数量', before: 30, after: 35 },
        { field: 'cityCaps.440100', label: '推荐名额（广州市）', before: 5, after: 6 },
      ]),
    );

    const published = await send('POST', `/api/calls/${draft.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    const audit = await auditLogRepository.findByObject(t.database.db, 'annual_call', draft.id);
    expect(audit.map((a) => a.action)).toEqual(['call.draft_created', 'call.draft_updated', 'call.published']);
  });

  it('refuses a second published call for a year with 409, and edits of a published call', async () => {
    const first = await publishedCall(2032);
    const second = (await send('POST', '/api/calls', call(2032))).json().id as string;
    const refused = await send('POST', `/api/calls/${second}/publish`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'CALL_YEAR_PUBLISHED', message: '2032年度已有已发布的年度创建工作通知，每年只能发布一份' });
    expect((await send('GET', `/api/calls/${second}`)).json().status).toBe('draft');

    const edit = await send('POST', `/api/calls/${first}`, call(2032, { creationQuota: 1 }));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('CALL_NOT_DRAFT');
    expect((await send('POST', `/api/calls/${first}/publish`, {})).json().code).toBe('CALL_NOT_DRAFT');
  });
});

describe('bad input → 400 field by field', () => {
  it.each([
    [{ creationQuota: 0 }, 'creationQuota', '年度创建数量应为正整数'],
    [{ cityCaps: { '440105': 2 } }, 'cityCaps.440105', '推荐名额中的地市代码440105不是广东省的地级市'],
    [{ closesOn: '2034-02-01' }, 'closesOn', '申报截止日期不能早于申报开始日期'],
    [{ cityReviewDeadline: '2034-02-30' }, 'cityReviewDeadline', '初审截止日期格式应为YYYY-MM-DD的有效日期'],
    [{ standardVersion: 'v0' }, 'standardVersion', '标准版本“v0”不存在'],
    [{ criterionWeights: { ...WEIGHTS, 'plan.support': 11 } }, 'criterionWeights', '各评审要点权重之和应为100，当前为101'],
    [{ fee: 100 }, 'fee', '不接受的字段：fee'],
  ])('%j', async (overrides, path, message) => {
    const response = await send('POST', '/api/calls', call(2034, overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'VALIDATION_FAILED', message: '请求内容有误，请按提示修改', issues: [{ path, message }] });
  });
});

describe('an empty or wrongly typed body', () => {
  it('names every missing field, and never reaches the domain rules with a wrong type', async () => {
    const empty = await send('POST', '/api/calls', {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues.map((i: { path: string }) => i.path)).toEqual([
      'year', 'title', 'text', 'creationQuota', 'cityCaps', 'opensOn', 'closesOn', 'cityReviewDeadline', 'standardVersion', 'criterionWeights', 'maxScore',
    ]);
    const wrong = await send('POST', '/api/calls', call(2034, { cityCaps: { '440100': 'five' }, creationQuota: '30' }));
    expect(wrong.json().issues).toEqual([
      { path: 'creationQuota', message: '年度创建数量应为正整数' },
      { path: 'cityCaps.440100', message: '推荐名额应为正整数' },
    ]);
  });
});

describe('who sees what', () => {
  it('a city officer may not write (403) and never sees a draft (404)', async () => {
    const draft = (await send('POST', '/api/calls', call(2035))).json().id as string;
    expect((await send('POST', '/api/calls', call(2035), city)).statusCode).toBe(403);
    expect((await send('POST', `/api/calls/${draft}`, call(2035), city)).statusCode).toBe(403);
    expect((await send('POST', `/api/calls/${draft}/publish`, {}, city)).statusCode).toBe(403);
    expect((await send('GET', `/api/calls/${draft}`, undefined, city)).statusCode).toBe(404);
    const items = (await send('GET', '/api/calls', undefined, city)).json().items as { id: string; status: string }[];
    expect(items.every((i) => i.status === 'published')).toBe(true);
    expect((await send('GET', '/api/calls')).json().items.some((i: { id: string }) => i.id === draft)).toBe(true);
  });

  it('the public API shows published calls with neutral fields only, never a draft', async () => {
    await publishedCall(2036, { cityCaps: { '440300': 3, '440100': 2 } });
    await send('POST', '/api/calls', call(2037));
    const list = await send('GET', '/api/v1/calls', undefined, undefined);
    expect(list.statusCode).toBe(200);
    const years = list.json().items.map((i: { year: number }) => i.year);
    expect(years).toContain(2036);
    expect(years).not.toContain(2037);
    expect((await send('GET', '/api/v1/calls/2037', undefined, undefined)).statusCode).toBe(404);
    const detail = (await send('GET', '/api/v1/calls/2036', undefined, undefined)).json();
    expect(Object.keys(detail).sort()).toEqual(
      ['cityCaps', 'cityReviewDeadline', 'closesOn', 'creationQuota', 'criterionWeights', 'maxScore', 'opensOn', 'publishedOn', 'standardVersion', 'text', 'title', 'year'].sort(),
    );
    expect(detail.publishedOn).toBe('2026-11-28');
    expect(detail.cityCaps).toEqual([
      { cityCode: '440100', cityName: '广州市', cap: 2 },
      { cityCode: '440300', cityName: '深圳市', cap: 3 },
    ]);
    expect(detail.criterionWeights[0]).toEqual({ code: 'plan.content', name: '创建内容', weight: 20 });
    expect((await send('GET', '/api/v1/calls/20x6', undefined, undefined)).json().issues).toEqual([{ path: 'year', message: '年度应为四位年份' }]);
  });
});
