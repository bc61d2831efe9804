// 失信与撤销 (F5 item 5; Art. 12) through HTTP: the province records a serious-dishonesty listing or verified data
// fraud; from every creation state the creation is cancelled, from every certified state the certification is
// revoked, anything else is refused by the lifecycle; who may see and do what; malformed bodies; the public list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createCreationObject } from '../../db/testing/creation-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { JSON_HEADERS, type SignedIn } from '../testing/test-app';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';

let nextCallYear = 2030;

// Today is 2026-11-28 in Asia/Shanghai.
const NOW = new Date('2026-11-28T02:00:00Z');

let { t, operator, otherOperator, gz, sz, province, auditor, expert } = {} as CreationCast;
beforeAll(async () => {
  ({ t, operator, otherOperator, gz, sz, province, auditor, expert } = await startCreationCast(NOW));
});
afterAll(async () => t.close());

async function newObject(state: LifecycleState = 'creating') {
  nextCallYear += 1;
  return createCreationObject(t.database.db, { organisationId: operator.organisationId ?? '', cityCode: '440100', callYear: nextCallYear, state });
}

const url = (id: string) => `/api/creation-objects/${id}/integrity-findings`;
const list = (who: SignedIn, id: string) => t.app.inject({ method: 'GET', url: url(id), headers: { cookie: who.cookie } });
const record = (who: SignedIn, id: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: url(id), headers: { ...JSON_HEADERS, cookie: who.cookie }, payload: payload as object });
const finding = (lockVersion: number, overrides: Record<string, unknown> = {}) => ({
  lockVersion,
  kind: 'data_fraud',
  source: '省工业和信息化厅核查报告（粤工信核〔2026〕12号）',
  foundOn: '2026-11-20',
  reason: '经核查，该平台2025年度服务记录中有312条为虚构企业，数据弄虚作假。',
  ...overrides,
});
const publicList = (query = '') => t.app.inject({ method: 'GET', url: `/api/v1/revocations${query}` });

describe('recording a finding moves the object to its end state', () => {
  it.each([
    ['creating', 'cancel_creation', 'creation_cancelled', '取消创建资格'],
    ['acceptance_submitted', 'cancel_creation', 'creation_cancelled', '取消创建资格'],
    ['acceptance_review', 'cancel_creation', 'creation_cancelled', '取消创建资格'],
    ['certification_shortlisted', 'cancel_creation', 'creation_cancelled', '取消创建资格'],
    ['certification_publicity', 'cancel_creation', 'creation_cancelled', '取消创建资格'],
    ['certified', 'revoke_certification', 'revoked', '撤销认定命名'],
    ['re_review', 'revoke_certification', 'revoked', '撤销认定命名'],
    ['rectifying', 'revoke_certification', 'revoked', '撤销认定命名'],
  ] as const)('from %s: %s → %s', async (from, event, to, decisionLabel) => {
    const object = await newObject(from);
    const before = await list(province, object.id);
    expect(before.json()).toMatchObject({ canRecord: true, decision: to, state: from, items: [] });

    const response = await record(province, object.id, finding(object.lockVersion, { kind: 'dishonesty_listing', source: '信用中国 严重失信主体名单（2026-11-18 列入）' }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ state: to, finding: { kind: 'dishonesty_listing', kindLabel: '列入严重失信主体名单', fromState: from, decision: to, decisionLabel } });

    const saved = await applicationsRepository.findById(t.database.db, object.id);
    expect(saved?.state).toBe(to);
    const events = await applicationsRepository.listEvents(t.database.db, object.id);
    expect(events.at(-1)).toMatchObject({ event, fromState: from, toState: to, isReasonPublic: true, reason: finding(0).reason });
    const audit = await auditLogRepository.findByObject(t.database.db, 'integrity_finding', response.json().finding.id);
    expect(audit.map((row) => row.action)).toEqual(['integrityFinding.recorded']);

    const after = (await list(operator, object.id)).json();
    expect(after).toMatchObject({ state: to, canRecord: false, decision: null });
    expect(after.items).toHaveLength(1);
    expect(after.items[0]).toMatchObject({ source: '信用中国 严重失信主体名单（2026-11-18 列入）', foundOn: '2026-11-20', reason: finding(0).reason, decisionLabel });
    expect(after.items[0].recordedByName).toEqual(expect.any(String));
  });

  it('tells the operator and its city, with the decision and the reason', async () => {
    const object = await newObject('creating');
    const response = await record(province, object.id, finding(object.lockVersion));
    expect(response.statusCode, response.body).toBe(201);
    for (const who of [operator, gz]) {
      const latest = (await notificationsRepository.listForUser(t.database.db, who.userId)).find((n) => n.link?.includes(object.id));
      expect(latest?.title).toContain('已被取消创建资格');
      expect(latest?.body).toContain('经查实数据、资料弄虚作假');
      expect(latest?.body).toContain(finding(0).reason);
      expect(latest?.link).toBe(`/workspace/creation-objects/${object.id}?tab=integrity`);
    }
    const toOtherCity = (await notificationsRepository.listForUser(t.database.db, sz.userId)).filter((n) => n.link?.includes(object.id));
    expect(toOtherCity).toEqual([]);
  });
});

describe('refusals', () => {
  it.each([
    ['exited', '已退出创建', '取消创建资格'],
    ['creation_cancelled', '已取消创建资格', '取消创建资格'],
    ['revoked', '已撤销认定命名', '撤销认定命名'],
  ] as const)('from %s the lifecycle refuses it in Chinese', async (from, stateLabel, eventLabel) => {
    const object = await newObject(from);
    expect((await list(province, object.id)).json()).toMatchObject({ canRecord: false, decision: null });
    const response = await record(province, object.id, finding(object.lockVersion));
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json()).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: `当前状态为“${stateLabel}”，不能办理“${eventLabel}”。` });
  });

  it('twice with the same version → 409 state changed, and only one finding', async () => {
    const object = await newObject('creating');
    expect((await record(province, object.id, finding(object.lockVersion))).statusCode).toBe(201);
    const again = await record(province, object.id, finding(object.lockVersion));
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json()).toMatchObject({ code: 'STATE_CHANGED', details: { state: 'creation_cancelled' } });
    expect((await list(province, object.id)).json().items).toHaveLength(1);
  });

  it('an application that never became a creation object is not found', async () => {
    nextCallYear += 1;
    const call = await createPublishedCall(t.database.db, province.userId, { year: nextCallYear });
    const application = await createApplication(t.database.db, { callId: call.id, organisationId: operator.organisationId ?? '', cityCode: '440100', state: 'shortlisted' });
    expect((await record(province, application.id, finding(application.lockVersion))).statusCode).toBe(404);
    expect((await list(province, application.id)).statusCode).toBe(404);
  });

  it.each([
    ['operator', () => operator, 403],
    ['its city', () => gz, 403],
    ['auditor', () => auditor, 403],
    ['expert', () => expert, 403],
  ])('%s may not record (%i), and nothing changes', async (_who, who, status) => {
    const object = await newObject('creating');
    const response = await record(who(), object.id, finding(object.lockVersion));
    expect(response.statusCode, response.body).toBe(status);
    expect((await applicationsRepository.findById(t.database.db, object.id))?.state).toBe('creating');
  });

  it.each([
    ['the operator', () => operator, 200],
    ['its city', () => gz, 200],
    ['the province', () => province, 200],
    ['an auditor', () => auditor, 200],
    ['another operator', () => otherOperator, 404],
    ['another city', () => sz, 404],
    ['an expert', () => expert, 403],
  ])('%s reading the findings → %i', async (_who, who, status) => {
    const object = await newObject('creating');
    const response = await list(who(), object.id);
    expect(response.statusCode, response.body).toBe(status);
    if (status === 200) expect(response.json().canRecord).toBe(who() === province);
  });

  it('without a session → 401', async () => {
    const object = await newObject('creating');
    expect((await t.app.inject({ method: 'GET', url: url(object.id) })).statusCode).toBe(401);
  });
});

describe('malformed bodies → 400 naming the field', () => {
  it.each([
    ['lockVersion', 'missing', { lockVersion: undefined }],
    ['kind', 'not one of the two', { kind: 'bad_credit' }],
    ['kind', 'missing', { kind: undefined }],
    ['source', 'blank', { source: '  ' }],
    ['source', '501 characters', { source: '源'.repeat(501) }],
    ['foundOn', 'not a date', { foundOn: '2026-02-30' }],
    ['foundOn', 'tomorrow', { foundOn: '2026-11-29' }],
    ['foundOn', 'the year 0000 (no date PostgreSQL stores)', { foundOn: '0000-01-01' }],
    ['foundOn', 'before 1900', { foundOn: '1899-12-31' }],
    ['reason', 'empty', { reason: '' }],
    ['reason', '2001 characters', { reason: '理'.repeat(2001) }],
    ['note', 'an unknown field', { note: '多余字段' }],
  ])('%s: %s', async (path, _what, overrides) => {
    const object = await newObject('creating');
    const response = await record(province, object.id, finding(object.lockVersion, overrides));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().issues.map((issue: { path: string }) => issue.path)).toContain(path);
    expect((await applicationsRepository.findById(t.database.db, object.id))?.state).toBe('creating');
  });

  it('today is accepted, at the boundaries of the lengths', async () => {
    const object = await newObject('creating');
    const response = await record(province, object.id, finding(object.lockVersion, { foundOn: '2026-11-28', source: '源'.repeat(500), reason: '理'.repeat(2000) }));
    expect(response.statusCode, response.body).toBe(201);
  });

  it('a body that is not an object, and a bad id', async () => {
    const object = await newObject('creating');
    expect((await record(province, object.id, [1, 2])).statusCode).toBe(400);
    const badId = await record(province, 'not-a-uuid', finding(1));
    expect(badId.statusCode).toBe(400);
    expect(badId.json().issues[0].path).toBe('id');
  });
});

describe('the public list /api/v1/revocations', () => {
  it('shows each cancellation and revocation with its published reason, newest first, without a session or a person', async () => {
    const cancelled = await newObject('creating');
    const revoked = await newObject('certified');
    t.clock.set(new Date('2026-11-28T02:01:00Z'));
    expect((await record(province, cancelled.id, finding(cancelled.lockVersion, { reason: '公开理由一：数据造假' }))).statusCode).toBe(201);
    t.clock.set(new Date('2026-11-28T02:02:00Z'));
    expect((await record(province, revoked.id, finding(revoked.lockVersion, { kind: 'dishonesty_listing', reason: '公开理由二：列入严重失信主体名单' }))).statusCode).toBe(201);
    t.clock.set(NOW);

    const response = await publicList('?page=1&pageSize=2');
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items).toEqual([
      expect.objectContaining({ kindLabel: '列入严重失信主体名单', decisionLabel: '撤销认定命名', decidedOn: '2026-11-28', reason: '公开理由二：列入严重失信主体名单', cityName: '广州市' }),
      expect.objectContaining({ kindLabel: '经查实数据、资料弄虚作假', decisionLabel: '取消创建资格', reason: '公开理由一：数据造假' }),
    ]);
    expect(Object.keys(page.items[0]).sort()).toEqual(['article', 'articleLabel', 'carrier', 'cityName', 'countyName', 'decidedOn', 'decision', 'decisionLabel', 'id', 'kind', 'kindLabel', 'name', 'organisationName', 'reason']);
    expect(page.items[0]).toMatchObject({ article: 'Art. 12', articleLabel: '第十二条', kind: 'dishonesty_listing' });
    expect(response.body).not.toMatch(/score|recordedBy|source|username|actor/i);
  });

  // Art. 10 and Art. 11 revocations come from the lifecycle history (the re-review and change-report features write
  // these events; here the history is built directly so the list is tested on its own).
  it('lists Art. 10 and Art. 11 revocations with their published reasons, and nothing that did not end the object', async () => {
    const at = (time: string) => new Date(`2026-11-2${time}Z`);
    const event = (applicationId: string, fromState: string, name: string, toState: string, reason: string, isReasonPublic: boolean, occurredAt: Date) =>
      applicationsRepository.insertEvent(t.database.db, { applicationId, fromState, event: name, toState, actorUserId: province.userId, actorRole: 'province', reason, isReasonPublic, effects: [], occurredAt });

    const reReviewed = await newObject('revoked');
    await event(reReviewed.id, 're_review', 'fail_re_review', 'rectifying', '第一次复核不达标（不公开）', false, at('5T02:00:00'));
    await event(reReviewed.id, 're_review', 'fail_re_review', 'revoked', 'Art10理由：整改期满后复核仍不达标', true, at('6T02:00:00'));
    const changedCreating = await newObject('creation_cancelled');
    await event(changedCreating.id, 'creating', 'revoke_after_change', 'creation_cancelled', 'Art11理由一：合并后不再具备创建条件', true, at('6T03:00:00'));
    const changedCertified = await newObject('revoked');
    // 2026-11-26 23:30 in Shanghai is still the 26th (15:30 UTC): the day is Shanghai's.
    await event(changedCertified.id, 'certified', 'revoke_after_change', 'revoked', 'Art11理由二：重组后服务能力不再符合认定标准', true, at('6T15:30:00'));
    const upheld = await newObject('withdrawn');
    await event(upheld.id, 'creation_publicity', 'uphold_creation_objection', 'withdrawn', '异议属实（公开但不是撤销）', true, at('6T04:00:00'));

    const page = (await publicList('?pageSize=50')).json();
    const byReason = (reason: string) => page.items.filter((item: { reason: string }) => item.reason === reason);
    expect(byReason('Art10理由：整改期满后复核仍不达标')).toEqual([
      expect.objectContaining({ article: 'Art. 10', articleLabel: '第十条', kind: null, kindLabel: '连续两年未通过复核', decision: 'revoked', decisionLabel: '取消认定命名', decidedOn: '2026-11-26', cityName: '广州市', carrier: 'platform', name: reReviewed.name }),
    ]);
    expect(byReason('Art11理由一：合并后不再具备创建条件')).toEqual([
      expect.objectContaining({ article: 'Art. 11', articleLabel: '第十一条', kind: null, kindLabel: '运营主体发生更名、合并、重组等重大变化', decision: 'creation_cancelled', decisionLabel: '取消创建资格', decidedOn: '2026-11-26' }),
    ]);
    expect(byReason('Art11理由二：重组后服务能力不再符合认定标准')).toEqual([expect.objectContaining({ article: 'Art. 11', decision: 'revoked', decisionLabel: '撤销认定命名', decidedOn: '2026-11-26' })]);
    expect(byReason('第一次复核不达标（不公开）')).toEqual([]);
    expect(byReason('异议属实（公开但不是撤销）')).toEqual([]);
    expect(page.total).toBe(page.items.length);
    // Newest first across the articles: the Art. 11 decision of 15:30 UTC comes before the Art. 10 one of 02:00.
    const order = page.items.map((item: { reason: string }) => item.reason);
    expect(order.indexOf('Art11理由二：重组后服务能力不再符合认定标准')).toBeLessThan(order.indexOf('Art11理由一：合并后不再具备创建条件'));
    expect(order.indexOf('Art11理由一：合并后不再具备创建条件')).toBeLessThan(order.indexOf('Art10理由：整改期满后复核仍不达标'));
    expect(JSON.stringify(page)).not.toContain(province.userId);
  });

  it('pages without moving a boundary: two pages of one hold every entry once', async () => {
    const all = (await publicList('?pageSize=50')).json();
    const first = (await publicList('?page=1&pageSize=2')).json();
    const second = (await publicList('?page=2&pageSize=2')).json();
    expect([...first.items, ...second.items].map((item: { id: string }) => item.id)).toEqual(all.items.slice(0, 4).map((item: { id: string }) => item.id));
  });

  it.each([
    ['?pageSize=51', 'pageSize', '每页条数最大为50'],
    ['?pageSize=0', 'pageSize', '每页条数最小为1'],
    ['?page=0', 'page', '页码最小为1'],
    ['?page=abc', 'page', '页码应为数字'],
    ['?sort=name', 'sort', '不接受的字段：sort'],
  ])('%s → 400 in Chinese', async (query, path, message) => {
    const response = await publicList(query);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().issues).toEqual([{ path, message }]);
  });

  it('pageSize 50 is accepted', async () => {
    expect((await publicList('?pageSize=50')).statusCode).toBe(200);
  });
});
