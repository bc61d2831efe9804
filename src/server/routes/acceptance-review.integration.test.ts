// 评估验收 through HTTP, the province's side (F5 item 1; Art. 7(3); ADR 0015): starting the review from the day after
// the period (applied or not) freezes the whole-period dashboard exactly as 指标看板 computes it, and later data do
// not change it; the decision waits for every expert without a conflict (at least one), is taken once with a reason,
// picks extension or exit by the attempt, tells the operator and the city; expert names for province and auditor only.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acceptanceOpinionsRepository } from '../../db/repositories/acceptance-opinions.repository';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { addAcceptanceOpinion, createAcceptanceObject } from '../../db/testing/acceptance-builders';
import { createCreationObject } from '../../db/testing/creation-builders';
import { insertImport, insertServiceRecords } from '../../db/testing/indicator-data-builders';
import { seedPlatformFixture } from '../../db/testing/indicator-fixture';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let operator: SignedIn;
let gz: SignedIn;
let province: SignedIn;
let auditor: SignedIn;
let nextCallYear = 2070;

// Today is 2028-01-10 in Asia/Shanghai.
const NOW = new Date('2028-01-10T02:00:00Z');

// pg's warning for a query sent on a client still running one: the start computes the dashboard in its transaction.
const overlappingQueries: string[] = [];
const onWarning = (warning: Error) => {
  if (warning.message.includes('already executing a query')) overlappingQueries.push(warning.message);
};

beforeAll(async () => {
  process.on('warning', onWarning);
  t = await createTestApp(NOW);
  operator = await t.signIn('applicant');
  gz = await t.signIn('city', { cityCode: '440100' });
  province = await t.signIn('province');
  auditor = await t.signIn('auditor');
});
afterAll(async () => {
  process.off('warning', onWarning);
  await t.close();
});
afterEach(() => t.clock.set(NOW));

const newObject = (endsOn: string, options: { state?: 'creating' | 'acceptance_submitted' | 'acceptance_review'; isExtended?: boolean } = {}) =>
  createAcceptanceObject(t.database.db, { organisationId: operator.organisationId ?? '', endsOn, callYear: (nextCallYear += 1), ...options });

const base = (id: string) => `/api/creation-objects/${id}/acceptance`;
const get = (who: SignedIn, id: string) => t.app.inject({ method: 'GET', url: base(id), headers: { cookie: who.cookie } });
const post = (who: SignedIn, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload });
const start = (who: SignedIn, id: string, lockVersion: number) => post(who, `${base(id)}/start`, { lockVersion });
const decide = (who: SignedIn, id: string, body: object) => post(who, `${base(id)}/decision`, body);

async function started(endsOn = '2028-01-09', options: { isExtended?: boolean } = {}) {
  const object = await newObject(endsOn, options);
  const response = await start(province, object.id, object.lockVersion);
  if (response.statusCode !== 200) throw new Error(response.body);
  return { object, view: response.json() };
}

describe('starting the review', () => {
  it('is refused on the period’s last day, by the operator, and with a stale lockVersion', async () => {
    const object = await newObject('2028-01-10');
    const early = await start(province, object.id, object.lockVersion);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'TRANSITION_PRECONDITION_FAILED', message: '暂不能办理“组织评估验收”：创建期至2028-01-10（含当日）届满，期满后方可组织评估验收。' });
    const over = await newObject('2028-01-09');
    expect((await start(operator, over.id, over.lockVersion)).statusCode).toBe(403);
    expect((await start(auditor, over.id, over.lockVersion)).statusCode).toBe(403);
    expect((await start(province, over.id, over.lockVersion + 1)).json().code).toBe('STATE_CHANGED');
  });

  it('without an application creates the attempt, moves the object to 评估验收中 and tells the operator', async () => {
    const before = await notificationsRepository.countUnread(t.database.db, operator.userId);
    const { object, view } = await started();
    expect(view).toMatchObject({ object: { state: 'acceptance_review' }, canStart: false, canDecide: false, decideBlockedReason: '尚无专家提交验收意见，请先指派专家并待其提交意见' });
    expect(view.attempts).toEqual([expect.objectContaining({ attempt: 1, status: 'under_review', statusLabel: '评估验收中', submittedAt: null, summary: '' })]);
    expect(view.attempts[0].snapshot).toMatchObject({ takenOn: '2028-01-10', window: { startsOn: '2026-01-09', endsOn: '2028-01-09', label: '整个创建期' } });
    expect(await notificationsRepository.countUnread(t.database.db, operator.userId)).toBe(before + 1);
    const audit = await auditLogRepository.findByObject(t.database.db, 'acceptance_review', view.attempts[0].id);
    expect(audit).toEqual([expect.objectContaining({ action: 'acceptance.started', actorUserId: province.userId })]);
    // The operator sees the review but no longer drafts; the city and the auditor read it.
    expect((await get(operator, object.id)).json()).toMatchObject({ canDraft: false, statusText: '省工业和信息化厅正在组织第1次评估验收' });
    expect((await get(gz, object.id)).json().attempts[0].snapshot.takenOn).toBe('2028-01-10');
  });

  it('freezes the whole-period dashboard as 指标看板 shows it, and later data do not change it', async () => {
    const object = await createCreationObject(t.database.db, {
      organisationId: operator.organisationId ?? '',
      cityCode: '440200',
      startsOn: '2026-01-05',
      callYear: (nextCallYear += 1),
      content: { name: '韶关市中小企业综合服务平台', region: '440200', platformKind: 'comprehensive' },
    });
    await seedPlatformFixture(t.database.db, object.id);
    const live = (await t.app.inject({ method: 'GET', url: `/api/creation-objects/${object.id}/indicators?window=0`, headers: { cookie: province.cookie } })).json();
    const response = await start(province, object.id, object.lockVersion);
    expect(response.statusCode, response.body).toBe(200);
    const snapshot = response.json().attempts[0].snapshot;
    expect(snapshot.dashboard).toEqual(live);
    expect(snapshot).toMatchObject({ standardVersion: live.standardVersion, window: { startsOn: '2026-01-05', endsOn: '2028-01-05' } });

    const importId = await insertImport(t.database.db, object.id);
    await insertServiceRecords(t.database.db, object.id, importId, [{ creditCode: '91440200MA0000001X', divisionCode: '440203', serviceItem: '创业指导', serviceDate: '2027-06-01', satisfaction: 5 }]);
    const after = (await t.app.inject({ method: 'GET', url: `/api/creation-objects/${object.id}/indicators?window=0`, headers: { cookie: province.cookie } })).json();
    const served = (d: { rows: { code: string; actualText: string }[] }) => d.rows.find((r) => r.code === 'platform.servedEnterprises')?.actualText;
    expect(served(after)).not.toBe(served(live));
    expect((await get(province, object.id)).json().attempts[0].snapshot).toEqual(snapshot);
  });
});

describe('the decision', () => {
  it('waits for every assigned expert to declare, for every one who declared no conflict, and for at least one opinion', async () => {
    const { object, view } = await started();
    const body = { lockVersion: view.lockVersion, outcome: 'passed', reason: '各项指标达到认定标准。' };
    const none = await decide(province, object.id, body);
    expect(none.statusCode).toBe(409);
    expect(none.json()).toMatchObject({ code: 'TRANSITION_PRECONDITION_FAILED', message: '暂不能作出验收结论：尚无专家提交验收意见，请先指派专家并待其提交意见' });

    const reviewId = view.attempts[0].id as string;
    await addAcceptanceOpinion(t.database.db, reviewId, { expertName: '李专家', declaration: 'none', conclusion: 'pass', at: new Date('2028-01-11T01:00:00Z') });
    await addAcceptanceOpinion(t.database.db, reviewId, { expertName: '王专家', declaration: 'none', at: new Date('2028-01-11T02:00:00Z') });
    await addAcceptanceOpinion(t.database.db, reviewId, { expertName: '赵专家', declaration: 'conflicted', at: new Date('2028-01-11T03:00:00Z') });
    const undeclared = await addAcceptanceOpinion(t.database.db, reviewId, { expertName: '钱专家', at: new Date('2028-01-11T04:00:00Z') });
    // 钱 has not declared: had they declared none, their opinion would be awaited too.
    const notDeclared = (await get(province, object.id)).json();
    expect(notDeclared).toMatchObject({ canDecide: false, decideBlockedReason: '还有1位专家尚未声明利害关系' });
    expect((await decide(province, object.id, body)).json().message).toBe('暂不能作出验收结论：还有1位专家尚未声明利害关系');
    await acceptanceOpinionsRepository.saveDeclaration(t.database.db, undeclared, { declaration: 'conflicted', declarationNote: '曾为该平台提供咨询', declaredAt: new Date('2028-01-11T05:00:00Z') });
    const waiting = (await get(province, object.id)).json();
    expect(waiting).toMatchObject({ canDecide: false, decideBlockedReason: '还有1位已声明无利害关系的专家尚未提交验收意见' });
    expect((await decide(province, object.id, body)).json().message).toBe('暂不能作出验收结论：还有1位已声明无利害关系的专家尚未提交验收意见');

    // The opinions are the province's and the auditor's (ADR 0015); the operator and the city see none while the
    // review is open (and only the outcome and its reason once decided).
    expect(waiting.attempts[0].opinions.map((o: { expertName: string; label: string }) => [o.label, o.expertName])).toEqual([
      ['专家1', '李专家'],
      ['专家2', '王专家'],
      ['专家3', '赵专家'],
      ['专家4', '钱专家'],
    ]);
    expect((await get(auditor, object.id)).json().attempts[0].opinions).toHaveLength(4);
    for (const who of [operator, gz]) {
      const seen = (await get(who, object.id)).json();
      expect(seen.attempts[0].opinions).toEqual([]);
      expect(JSON.stringify(seen)).not.toMatch(/李专家|建议通过/);
      expect(seen.decideBlockedReason).toBeNull();
    }
  });

  it('passes once with a reason: 拟认定对象, the operator and the city told, audited', async () => {
    const { object, view } = await started();
    await addAcceptanceOpinion(t.database.db, view.attempts[0].id, { expertName: '孙专家', declaration: 'none', conclusion: 'pass' });
    expect((await get(province, object.id)).json().canDecide).toBe(true);
    expect((await decide(province, object.id, { lockVersion: view.lockVersion, outcome: 'passed', reason: '  ' })).json().issues).toEqual([{ path: 'reason', message: '请填写验收结论理由' }]);
    expect((await decide(province, object.id, { lockVersion: view.lockVersion, outcome: 'maybe', reason: '理由' })).statusCode).toBe(400);
    expect((await decide(auditor, object.id, { lockVersion: view.lockVersion, outcome: 'passed', reason: '理由' })).statusCode).toBe(403);
    const counts = { operator: await notificationsRepository.countUnread(t.database.db, operator.userId), gz: await notificationsRepository.countUnread(t.database.db, gz.userId) };

    const response = await decide(province, object.id, { lockVersion: view.lockVersion, outcome: 'passed', reason: '各项指标达到认定标准，创建目标全部完成。' });
    expect(response.statusCode, response.body).toBe(200);
    const decided = response.json();
    expect(decided).toMatchObject({ object: { state: 'certification_shortlisted' }, canDecide: false, statusText: '验收通过，已确定为拟认定对象，待拟认定名单公示' });
    expect(decided.attempts[0]).toMatchObject({ status: 'passed', outcome: 'passed', outcomeReason: '各项指标达到认定标准，创建目标全部完成。', decidedAt: expect.any(String) });
    expect(await notificationsRepository.countUnread(t.database.db, operator.userId)).toBe(counts.operator + 1);
    expect(await notificationsRepository.countUnread(t.database.db, gz.userId)).toBe(counts.gz + 1);
    const [notice] = await notificationsRepository.listForUser(t.database.db, gz.userId, 1);
    expect(notice).toMatchObject({ title: '评估验收结论：验收通过' });
    expect((await auditLogRepository.findByObject(t.database.db, 'acceptance_review', view.attempts[0].id)).map((a) => a.action)).toEqual(['acceptance.started', 'acceptance.decided']);
    expect((await decide(province, object.id, { lockVersion: decided.lockVersion, outcome: 'failed', reason: '改判' })).statusCode).toBe(409);
  });

  it('a first fail extends the period by a year and opens attempt 2; a second fail ends the creation', async () => {
    const { object, view } = await started();
    await addAcceptanceOpinion(t.database.db, view.attempts[0].id, { expertName: '周专家', declaration: 'none', conclusion: 'fail' });
    const first = await decide(province, object.id, { lockVersion: view.lockVersion, outcome: 'failed', reason: '年服务企业数未达到认定标准。' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ object: { state: 'creating' }, currentAttempt: 2 });
    const row = await applicationsRepository.findById(t.database.db, object.id);
    expect(row?.facts).toMatchObject({ isExtended: true, creationPeriodEndsOn: '2029-01-09' });
    const forOperator = (await get(operator, object.id)).json();
    expect(forOperator).toMatchObject({ canDraft: true, canSubmit: false, statusText: '首次验收未通过，创建期延长至2029-01-09；届满当日起可再次申请评估验收' });
    expect(forOperator.attempts.map((a: { attempt: number; status: string }) => [a.attempt, a.status])).toEqual([[1, 'failed']]);

    const second = await started('2028-01-09', { isExtended: true });
    expect(second.view.attempts[0].attempt).toBe(2);
    await addAcceptanceOpinion(t.database.db, second.view.attempts[0].id, { expertName: '吴专家', declaration: 'none', conclusion: 'fail' });
    const exit = await decide(province, second.object.id, { lockVersion: second.view.lockVersion, outcome: 'failed', reason: '延期后仍未达到认定标准。' });
    expect(exit.json()).toMatchObject({ object: { state: 'exited' }, statusText: '延期后再次验收未通过，已退出创建活动' });
    expect(await acceptanceRepository.findAttempt(t.database.db, second.object.id, 2)).toMatchObject({ outcome: 'failed' });
  });

  it('is refused before the review starts', async () => {
    const object = await newObject('2028-01-09');
    const early = await decide(province, object.id, { lockVersion: object.lockVersion, outcome: 'passed', reason: '理由' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', message: '当前状态为“创建期”，没有正在进行的评估验收' });
  });
});

describe('the start’s transaction', () => {
  it('runs its queries one after another (one connection: no overlapping query on PostgreSQL)', async () => {
    await started();
    await new Promise((resolve) => setImmediate(resolve));
    expect(overlappingQueries).toEqual([]);
  });
});
