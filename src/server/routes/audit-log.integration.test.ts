// 操作日志 and 登录日志 through HTTP (F7 item 1; 等保2.0 三级 8.1.4.3, 8.1.5.4): filters, pages, Chinese 400s, only the
// 安全审计员 may read, the .xlsx exports are real workbooks and every export is itself audited.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let auditadmin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  auditadmin = await t.signIn('auditadmin');
});
afterAll(async () => t.close());

async function get(url: string, cookie = auditadmin.cookie) {
  return t.app.inject({ method: 'GET', url, headers: { cookie } });
}

/** An audit record as a use case would write it; each test uses its own object id so it sees only its rows. */
async function record(fields: { action: string; objectId: string; at?: string; actor?: SignedIn; role?: string; ip?: string; objectType?: string }) {
  await auditLogRepository.append(t.database.db, {
    occurredAt: new Date(fields.at ?? '2026-11-28T01:00:00Z'),
    requestId: randomUUID(),
    actorUserId: fields.actor?.userId ?? null,
    actorRole: fields.role ?? null,
    action: fields.action,
    objectType: fields.objectType ?? 'application',
    objectId: fields.objectId,
    before: { state: 'draft' },
    after: { state: 'submitted', 说明: '测试' },
    ip: fields.ip ?? '10.1.2.3',
  });
}

interface Item {
  id: number;
  action: string;
  actionLabel: string;
  objectId: string;
  actor: { username: string | null; roleLabel: string | null };
}

describe('操作日志', () => {
  it('filters by action (exact and prefix), object, user, role, IP and date; labels in Chinese', async () => {
    const province = await t.signIn('province');
    const id = randomUUID();
    await record({ action: 'application.submit', objectId: id, actor: province, role: 'province', ip: '192.168.7.9' });
    await record({ action: 'application.material_added', objectId: id, actor: province, role: 'province' });
    await record({ action: 'call.published', objectId: id, objectType: 'annual_call' });
    await record({ action: 'application.withdraw', objectId: id, at: '2026-10-01T01:00:00Z' });

    const all = (await get(`/api/audit/operations?objectType=application&objectId=${id}`)).json();
    expect(all.items.map((i: Item) => i.action)).toEqual(['application.material_added', 'application.submit']);
    expect(all.items[1]).toMatchObject({ actionLabel: '提交申报', objectTypeLabel: '申报', ip: '192.168.7.9', actor: { username: province.username, roleLabel: '省工业和信息化厅' } });
    expect(all.items[1].after).toEqual({ state: 'submitted', 说明: '测试' });
    expect([all.from, all.to]).toEqual(['2026-10-30', '2026-11-28']);

    const cases: [string, string[]][] = [
      ['action=application.submit', ['application.submit']],
      ['action=application.*', ['application.material_added', 'application.submit']],
      ['action=call.', ['call.published']],
      [`user=${province.username.slice(2, 8).toUpperCase()}`, ['application.material_added', 'application.submit']],
      ['role=province', ['application.material_added', 'application.submit']],
      ['ip=192.168.', ['application.submit']],
      ['from=2026-09-01&to=2026-10-31', ['application.withdraw']],
      // Newest record first (id desc): the withdraw row was written last, though it is dated earlier.
      ['from=2026-09-01', ['application.withdraw', 'call.published', 'application.material_added', 'application.submit']],
    ];
    for (const [query, expected] of cases) {
      const body = (await get(`/api/audit/operations?objectId=${id}&${query}`)).json();
      expect([query, body.items.map((i: Item) => i.action)]).toEqual([query, expected]);
    }
  });

  it('a day is an Asia/Shanghai day: 16:00Z of the day before belongs to it, 15:59:59Z does not', async () => {
    const id = randomUUID();
    await record({ action: 'call.draft_created', objectId: id, at: '2026-11-26T15:59:59Z' });
    await record({ action: 'call.draft_updated', objectId: id, at: '2026-11-26T16:00:00Z' });
    await record({ action: 'call.published', objectId: id, at: '2026-11-27T15:59:59Z' });
    await record({ action: 'call.published', objectId: id, at: '2026-11-27T16:00:00Z' });
    const body = (await get(`/api/audit/operations?objectId=${id}&from=2026-11-27&to=2026-11-27`)).json();
    expect(body.items.map((i: Item) => i.action)).toEqual(['call.published', 'call.draft_updated']);
  });

  it('pages newest first with a total; pages do not overlap', async () => {
    const id = randomUUID();
    for (let n = 0; n < 5; n++) await record({ action: 'file.stored', objectId: id, objectType: 'file' });
    const first = (await get(`/api/audit/operations?objectId=${id}&pageSize=2&page=1`)).json();
    const third = (await get(`/api/audit/operations?objectId=${id}&pageSize=2&page=3`)).json();
    expect([first.total, first.items.length, third.items.length, first.page, first.pageSize]).toEqual([5, 2, 1, 1, 2]);
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    expect(first.items[1].id).toBeGreaterThan(third.items[0].id);
  });

  it('holds no login records (they are the login log)', async () => {
    const body = (await get('/api/audit/operations?action=auth.&pageSize=100')).json();
    expect(body.total).toBe(0);
  });
});

describe('登录日志', () => {
  it('shows a wrong password and an unknown user as failures with the reason, and a login as success', async () => {
    const city = await t.signIn('city');
    await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username: city.username, password: 'Wrong#Password1' } });
    const ghost = `ghost${randomUUID().slice(0, 8)}`;
    await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username: ghost, password: 'Wrong#Password1' } });

    const mine = (await get(`/api/audit/logins?user=${city.username}`)).json();
    expect(mine.items.map((i: { actionLabel: string; isSuccess: boolean; reason: string | null; username: string }) => [i.actionLabel, i.isSuccess, i.reason, i.username])).toEqual([
      ['登录失败', false, '密码错误', city.username],
      ['登录成功', true, null, city.username],
    ]);
    expect(mine.items[1]).toMatchObject({ roleLabel: '地市中小企业主管部门', displayName: '测试用户（city）' });

    const failures = (await get(`/api/audit/logins?user=${city.username}&result=failure`)).json();
    expect(failures.items.map((i: { action: string }) => i.action)).toEqual(['auth.login_failed']);
    const successes = (await get(`/api/audit/logins?user=${city.username}&result=success`)).json();
    expect(successes.items.map((i: { action: string }) => i.action)).toEqual(['auth.login']);

    const unknown = (await get(`/api/audit/logins?user=${ghost}`)).json();
    expect(unknown.items.map((i: { username: string; reason: string }) => [i.username, i.reason])).toEqual([[ghost, '用户名不存在']]);
  });

  it('labels a login record no one labelled yet by its code', async () => {
    const id = randomUUID();
    await record({ action: 'auth.something_new', objectId: id, objectType: 'user', ip: '172.31.9.9' });
    const body = (await get('/api/audit/logins?ip=172.31.9.9')).json();
    expect(body.items.map((i: { actionLabel: string; isSuccess: boolean }) => [i.actionLabel, i.isSuccess])).toEqual([['auth.something_new', true]]);
  });
});

describe('bad filters → 400 naming the field in Chinese', () => {
  it.each([
    ['/api/audit/operations?from=2026-02-30', 'from', '开始日期格式应为YYYY-MM-DD的有效日期'],
    ['/api/audit/operations?to=yesterday', 'to', '结束日期格式应为YYYY-MM-DD的有效日期'],
    ['/api/audit/operations?from=2025-11-27&to=2026-11-28', 'from', '日期范围不能超过366天，请缩小开始日期与结束日期的间隔'],
    ['/api/audit/operations?from=2026-11-28&to=2026-11-01', 'to', '结束日期不能早于开始日期'],
    ['/api/audit/operations?colour=red', 'colour', '不接受的字段：colour'],
    ['/api/audit/operations?result=failure', 'result', '不接受的字段：result'],
    ['/api/audit/operations?page=0', 'page', '页码最小为1'],
    ['/api/audit/operations?pageSize=101', 'pageSize', '每页条数最大为100'],
    ['/api/audit/operations?page=abc', 'page', '页码应为数字'],
    ['/api/audit/operations?role=boss', 'role', '角色筛选有误'],
    ['/api/audit/operations?action=drop%20table', 'action', '操作类型格式有误'],
    ['/api/audit/logins?result=maybe', 'result', '结果筛选应为成功或失败'],
    ['/api/audit/logins?ip=1.2.3.4%27', 'ip', 'IP地址只能包含数字、字母a-f、点和冒号'],
    ['/api/audit/logins.xlsx?from=2024-01-01&to=2026-11-28', 'from', '日期范围不能超过366天，请缩小开始日期与结束日期的间隔'],
  ])('%s', async (url, path, message) => {
    const response = await get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toContainEqual({ path, message });
  });

  it('366 days counted inclusively is allowed', async () => {
    expect((await get('/api/audit/operations?from=2025-11-28&to=2026-11-28')).statusCode).toBe(200);
  });
});

describe('only the 安全审计员 reads the log', () => {
  it.each(['applicant', 'city', 'province', 'expert', 'auditor', 'sysadmin', 'secadmin'] as const)('%s gets 403 on every audit route', async (role) => {
    const other = await t.signIn(role);
    for (const url of ['/api/audit/operations', '/api/audit/operations.xlsx', '/api/audit/logins', '/api/audit/logins.xlsx']) {
      expect([url, (await get(url, other.cookie)).statusCode]).toEqual([url, 403]);
    }
  });

  it('anonymous gets 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/audit/logins' })).statusCode).toBe(401);
  });
});

async function workbookOf(payload: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('导出Excel', () => {
  it('exports the filtered operations as a real .xlsx with Chinese headers and Shanghai times, and audits the export', async () => {
    const id = randomUUID();
    await record({ action: 'application.submit', objectId: id, at: '2026-11-27T16:30:00Z', actor: auditadmin, role: 'auditadmin' });
    await record({ action: 'call.published', objectId: id, objectType: 'annual_call' });
    const response = await get(`/api/audit/operations.xlsx?objectId=${id}&action=application.`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('操作日志_2026-10-30至2026-11-28.xlsx')}`);
    const sheet = await workbookOf(response.rawPayload);
    expect(sheet.getRow(1).values).toEqual([undefined, '时间', '用户名', '姓名', '角色', '操作', '操作代码', '对象类型', '对象编号', 'IP地址', '请求编号', '变更前', '变更后']);
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(4).value, row.getCell(5).value, row.getCell(8).value]).toEqual([
      '2026-11-28 00:30:00',
      auditadmin.username,
      '安全审计员',
      '提交申报',
      id,
    ]);
    expect(JSON.parse(String(row.getCell(12).value))).toEqual({ state: 'submitted', 说明: '测试' });

    const exports = (await get('/api/audit/operations?action=audit.export')).json();
    expect(exports.items[0]).toMatchObject({ actionLabel: '导出审计日志', objectType: 'audit_log', actor: { username: auditadmin.username } });
    expect(exports.items[0].after).toEqual({ log: 'operations', rows: 1, filters: { from: '2026-10-30', to: '2026-11-28', objectId: id, action: { kind: 'prefix', prefix: 'application.' } } });
  });

  it('exports the login log with result and reason, and audits that export too', async () => {
    const expert = await t.signIn('expert');
    await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username: expert.username, password: 'Wrong#Password1' } });
    const response = await get(`/api/audit/logins.xlsx?user=${expert.username}`);
    expect(response.statusCode).toBe(200);
    const sheet = await workbookOf(response.rawPayload);
    expect(sheet.getRow(1).values).toEqual([undefined, '时间', '用户名', '姓名', '角色', '事件', '结果', '失败原因', 'IP地址']);
    expect([2, 3].map((n) => [sheet.getRow(n).getCell(2).value, sheet.getRow(n).getCell(6).value, sheet.getRow(n).getCell(7).value])).toEqual([
      [expert.username, '失败', '密码错误'],
      [expert.username, '成功', ''],
    ]);
    const exports = (await get('/api/audit/operations?action=audit.export&pageSize=100')).json();
    expect(exports.items.map((i: { after: { log: string } }) => i.after.log)).toContain('logins');
  });

  it('a refused export (bad filter) leaves no audit record', async () => {
    const before = (await get('/api/audit/operations?action=audit.export&pageSize=100')).json().total;
    expect((await get('/api/audit/operations.xlsx?from=2020-01-01')).statusCode).toBe(400);
    expect((await get('/api/audit/operations?action=audit.export&pageSize=100')).json().total).toBe(before);
  });
});
