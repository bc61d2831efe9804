// 地市初审 (Art. 7(1)) through HTTP, the batch half: preview and all-or-nothing recommendation, the city's queue,
// the .xlsx export and malformed input.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityReviewKit } from '../testing/city-review-fixture';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let gz: SignedIn;
let province: SignedIn;
type Kit = ReturnType<typeof cityReviewKit>;

beforeAll(async () => {
  t = await createTestApp();
  gz = await t.signIn('city', { cityCode: '440100' });
  province = await t.signIn('province');
  ({ newCall, newApplication, post, decide, stateOf } = cityReviewKit(t, province, 2060));
});
afterAll(async () => t.close());

let newCall: Kit['newCall'];
let newApplication: Kit['newApplication'];
let post: Kit['post'];
let decide: Kit['decide'];
let stateOf: Kit['stateOf'];

describe('batch recommendation', () => {
  it('preview: per row ok or refused (wrong state, other city, unknown) and nothing written', async () => {
    const call = await newCall({ '440100': 5 });
    const ok = await newApplication(call.id);
    const returned = await newApplication(call.id, '440100', 'returned_for_revision');
    const shenzhen = await newApplication(call.id, '440300');
    const response = await post(gz.cookie, '/api/city-review/recommendations/preview', { callId: call.id, applicationIds: [ok.id, returned.id, shenzhen.id] });
    const body = response.json();
    expect(body.rows.map((r: { isOk: boolean; problem: string | null }) => [r.isOk, r.problem])).toEqual([
      [true, null],
      [false, '当前状态为“退回修改”，不能推荐'],
      [false, '未找到该申报，或不属于本市'],
    ]);
    expect(body.rows[2].name).toBe('');
    expect(body.cap).toMatchObject({ used: 0, adding: 1, remaining: 5 });
    expect(body.canCommit).toBe(false);
    expect(await stateOf(ok.id)).toBe('submitted');
  });

  it('commits all in one transaction', async () => {
    const call = await newCall({ '440100': 2 });
    const [a, b] = [await newApplication(call.id), await newApplication(call.id)];
    const response = await post(gz.cookie, '/api/city-review/recommendations', { callId: call.id, items: [a, b].map((x) => ({ id: x.id, lockVersion: x.lockVersion })) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().items.map((i: { state: string }) => i.state)).toEqual(['recommended', 'recommended']);
  });

  it('a stale lockVersion anywhere → 409 naming that application; none recommended', async () => {
    const call = await newCall();
    const [a, b] = [await newApplication(call.id), await newApplication(call.id)];
    const response = await post(gz.cookie, '/api/city-review/recommendations', { callId: call.id, items: [{ id: a.id, lockVersion: a.lockVersion }, { id: b.id, lockVersion: b.lockVersion + 7 }] });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'STATE_CHANGED' });
    expect(response.json().message).toContain(b.name);
    expect([await stateOf(a.id), await stateOf(b.id)]).toEqual(['submitted', 'submitted']);
  });

  it('an application of another call → 400 on its item', async () => {
    const [call, other] = [await newCall(), await newCall()];
    const stray = await newApplication(other.id);
    const response = await post(gz.cookie, '/api/city-review/recommendations', { callId: call.id, items: [{ id: stray.id, lockVersion: 1 }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('items.0.id');
  });

  it('another city’s application in the batch → 404', async () => {
    const call = await newCall();
    const shenzhen = await newApplication(call.id, '440300');
    const response = await post(gz.cookie, '/api/city-review/recommendations', { callId: call.id, items: [{ id: shenzhen.id, lockVersion: 1 }] });
    expect(response.statusCode).toBe(404);
  });
});

describe('queue and export', () => {
  it('lists only the city’s submitted applications (no drafts), neutral order, with the decision', async () => {
    const call = await newCall({ '440100': 3 });
    const a = await newApplication(call.id);
    await newApplication(call.id, '440100', 'draft');
    await newApplication(call.id, '440300');
    await decide(gz, a.id, { lockVersion: 1, decision: 'return', reason: '补充材料' });
    const response = await t.app.inject({ method: 'GET', url: `/api/city-review/queue?callId=${call.id}`, headers: { cookie: gz.cookie } });
    const body = response.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ id: a.id, state: 'returned_for_revision', countyName: '天河区', cityDecision: { label: '退回修改', reason: '补充材料' } });
    expect(body.cap).toMatchObject({ limit: 3, used: 0, remaining: 3 });
    const filtered = await t.app.inject({ method: 'GET', url: `/api/city-review/queue?callId=${call.id}&state=submitted`, headers: { cookie: gz.cookie } });
    expect(filtered.json().items).toHaveLength(0);
  });

  it('exports a real .xlsx with Chinese headers, the rows and a UTF-8 file name', async () => {
    const call = await newCall();
    const a = await newApplication(call.id);
    const b = await newApplication(call.id);
    await newApplication(call.id, '440300');
    await decide(gz, a.id, { lockVersion: 1, decision: 'reject', reason: '不符合申报条件' });
    const response = await t.app.inject({ method: 'GET', url: `/api/city-review/export.xlsx?callId=${call.id}`, headers: { cookie: gz.cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`广州市${call.year}年度初审推荐情况.xlsx`)}`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, '申报编号', '平台（基地）名称', '运营主体', '所在区县', '载体类型', '状态', '提交时间', '初审决定', '理由']);
    expect(sheet?.rowCount).toBe(3);
    const names = [sheet?.getRow(2).getCell(2).value, sheet?.getRow(3).getCell(2).value];
    expect(names.sort()).toEqual([a.name, b.name].sort());
    const rejected = [2, 3].map((n) => sheet?.getRow(n)).find((row) => row?.getCell(2).value === a.name);
    expect([rejected?.getCell(8).value, rejected?.getCell(9).value]).toEqual(['初审不予推荐', '不符合申报条件']);
  });

  it('the province cannot use the city’s queue or export (403)', async () => {
    const call = await newCall();
    const response = await t.app.inject({ method: 'GET', url: `/api/city-review/export.xlsx?callId=${call.id}`, headers: { cookie: province.cookie } });
    expect(response.statusCode).toBe(403);
  });
});

describe('malformed input → 400 with Chinese field messages', () => {
  it.each([
    ['bad id in the path', '/api/applications/not-a-uuid/city-decision', { lockVersion: 1, decision: 'recommend' }, 'id'],
    ['unknown decision', '/api/applications/00000000-0000-4000-8000-000000000000/city-decision', { lockVersion: 1, decision: 'approve' }, 'decision'],
    ['lockVersion as text', '/api/applications/00000000-0000-4000-8000-000000000000/city-decision', { lockVersion: '1', decision: 'recommend' }, 'lockVersion'],
    ['unknown field', '/api/applications/00000000-0000-4000-8000-000000000000/city-decision', { lockVersion: 1, decision: 'recommend', fee: 1 }, 'fee'],
    ['empty batch', '/api/city-review/recommendations', { callId: '00000000-0000-4000-8000-000000000000', items: [] }, 'items'],
    ['duplicate ids', '/api/city-review/recommendations/preview', { callId: '00000000-0000-4000-8000-000000000000', applicationIds: ['00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000000'] }, 'applicationIds'],
    ['bad call id', '/api/city-review/recommendations/preview', { callId: 'x', applicationIds: ['00000000-0000-4000-8000-000000000000'] }, 'callId'],
  ])('%s', async (_label, url, payload, path) => {
    const response = await post(gz.cookie, url, payload);
    expect(response.statusCode).toBe(400);
    const issue = response.json().issues.find((i: { path: string }) => i.path === path);
    expect(issue?.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('a queue without callId → 400', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/city-review/queue', headers: { cookie: gz.cookie } });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues[0].path).toBe('callId');
  });
});
