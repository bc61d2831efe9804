// 半年进展报告 (F4 item 5; Art. 13) through HTTP: the half years and their status on the day asked, one report per
// half year and not before it ends, progress on each plan goal, the city's single comment, who may do what, the
// notifications and the audit trail.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { progressReportsRepository } from '../../db/repositories/progress-reports.repository';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createUser } from '../../db/testing/builders';
import { createCreationObject, type CreateCreationObjectOptions } from '../../db/testing/creation-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let operator: SignedIn;
let otherOperator: SignedIn;
let gz: SignedIn;
let sz: SignedIn;
let province: SignedIn;
let auditor: SignedIn;
let nextCallYear = 2040;

// Today is 2026-07-10 in Asia/Shanghai: for an object created on 2026-01-05 the first half year ended on 07-04.
const NOW = new Date('2026-07-10T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp(NOW);
  operator = await t.signIn('applicant');
  otherOperator = await t.signIn('applicant');
  gz = await t.signIn('city', { cityCode: '440100' });
  sz = await t.signIn('city', { cityCode: '440300' });
  province = await t.signIn('province');
  auditor = await t.signIn('auditor');
});
afterAll(async () => t.close());
afterEach(() => t.clock.set(NOW));

async function newObject(options: Partial<CreateCreationObjectOptions> = {}) {
  nextCallYear += 1;
  return createCreationObject(t.database.db, { organisationId: operator.organisationId ?? '', cityCode: '440100', callYear: nextCallYear, ...options });
}

/** Moves the clock, then signs in a fresh user of the operator's organisation (sessions expire as time passes). */
async function operatorAt(instant: string): Promise<SignedIn> {
  t.clock.set(new Date(instant));
  return t.signIn('applicant', { organisationId: operator.organisationId });
}

const get = (who: SignedIn, id: string) => t.app.inject({ method: 'GET', url: `/api/creation-objects/${id}/progress-reports`, headers: { cookie: who.cookie } });
const post = (who: SignedIn, url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload: payload as object });
const report = (halfYear: number, narrative = '本半年完成线上服务大厅一期建设，累计服务企业1200家。') => ({
  halfYear,
  narrative,
  goalProgress: [
    { indicatorCode: 'platform.servedEnterprises', progress: '已服务1200家，完成年度目标的40%。' },
    { indicatorCode: 'platform.satisfaction', progress: '满意度调查回收300份，满意率88%。' },
  ],
});
const submit = (who: SignedIn, id: string, body: unknown) => post(who, `/api/creation-objects/${id}/progress-reports`, body);
const comment = (who: SignedIn, id: string, reportId: string, text = '进展符合创建方案，请加快移动端建设。') =>
  post(who, `/api/creation-objects/${id}/progress-reports/${reportId}/city-comment`, { comment: text });

describe('the half years of a creation object', () => {
  it('lists the 4 half years with their status today and the plan goals with indicator names', async () => {
    const object = await newObject();
    const response = await get(operator, object.id);
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json();
    expect(list.halfYears.map((h: { index: number; startsOn: string; endsOn: string; dueOn: string; status: string; statusLabel: string }) => [h.index, h.startsOn, h.endsOn, h.dueOn, h.status, h.statusLabel])).toEqual([
      [1, '2026-01-05', '2026-07-04', '2026-08-04', 'open', '待提交'],
      [2, '2026-07-05', '2027-01-04', '2027-02-04', 'not_due', '未到期'],
      [3, '2027-01-05', '2027-07-04', '2027-08-04', 'not_due', '未到期'],
      [4, '2027-07-05', '2028-01-05', '2028-02-05', 'not_due', '未到期'],
    ]);
    expect(list.goals).toEqual([
      { indicatorCode: 'platform.servedEnterprises', indicatorName: '服务企业情况', target: '年服务中小企业3000家以上' },
      { indicatorCode: 'platform.satisfaction', indicatorName: '服务满意度情况', target: '服务满意度达到90%以上' },
    ]);
  });

  it('is readable by the operator, its city, the province and the auditor only', async () => {
    const object = await newObject();
    for (const who of [operator, gz, province, auditor]) expect((await get(who, object.id)).statusCode).toBe(200);
    for (const who of [otherOperator, sz]) expect((await get(who, object.id)).statusCode).toBe(404);
  });

  it('is not there for an application that never became a creation object', async () => {
    const { user } = await createUser(t.database.db, { role: 'province', passwordHash: 'x' });
    const call = await createPublishedCall(t.database.db, user.id, { year: (nextCallYear += 1) });
    const draft = await createApplication(t.database.db, { callId: call.id, organisationId: operator.organisationId ?? '', cityCode: '440100' });
    expect((await get(operator, draft.id)).statusCode).toBe(404);
    expect((await submit(operator, draft.id, report(1))).statusCode).toBe(404);
  });
});

describe('submitting a half-year report', () => {
  it('takes the report once, tells the city of the object only, and audits it', async () => {
    const object = await newObject();
    const unreadBefore = { gz: await notificationsRepository.countUnread(t.database.db, gz.userId), sz: await notificationsRepository.countUnread(t.database.db, sz.userId) };
    const response = await submit(operator, object.id, report(1));
    expect(response.statusCode, response.body).toBe(201);
    const view = response.json();
    expect(view).toMatchObject({ halfYear: 1, periodStart: '2026-01-05', periodEnd: '2026-07-04', isLate: false, cityComment: null });
    expect(view.goalProgress).toEqual([
      { indicatorCode: 'platform.servedEnterprises', indicatorName: '服务企业情况', target: '年服务中小企业3000家以上', progress: '已服务1200家，完成年度目标的40%。' },
      { indicatorCode: 'platform.satisfaction', indicatorName: '服务满意度情况', target: '服务满意度达到90%以上', progress: '满意度调查回收300份，满意率88%。' },
    ]);

    expect(await notificationsRepository.countUnread(t.database.db, gz.userId)).toBe(unreadBefore.gz + 1);
    expect(await notificationsRepository.countUnread(t.database.db, sz.userId)).toBe(unreadBefore.sz);
    const [notice] = await notificationsRepository.listForUser(t.database.db, gz.userId, 1);
    expect(notice).toMatchObject({ title: '有新的半年进展报告待评阅', link: `/workspace/creation-objects/${object.id}?tab=progress-reports` });

    const audit = await auditLogRepository.findByObject(t.database.db, 'progress_report', view.id);
    expect(audit).toEqual([expect.objectContaining({ action: 'progressReport.submitted', actorUserId: operator.userId, actorRole: 'applicant' })]);

    const again = await submit(operator, object.id, report(1, '第二次提交'));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'STATE_CHANGED', message: '第1个半年的进展报告已提交，不能重复提交' });
    expect((await progressReportsRepository.listByApplication(t.database.db, object.id)).map((r) => r.report.narrative)).toEqual([report(1).narrative]);

    const list = (await get(province, object.id)).json();
    expect(list.halfYears[0]).toMatchObject({ status: 'submitted', statusLabel: '已提交', report: { id: view.id, submittedByName: expect.any(String) } });
  });

  it('refuses a half year that has not ended yet with 422, and a half year the period does not have with 400', async () => {
    const object = await newObject();
    const early = await submit(operator, object.id, report(2));
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'REPORT_NOT_DUE', message: '第2个半年（2026-07-05至2027-01-04）尚未结束，自2027-01-04起可提交进展报告' });
    const beyond = await submit(operator, object.id, report(5));
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().issues).toEqual([{ path: 'halfYear', message: '创建期共有4个半年，报告期应为1至4' }]);
    expect(await progressReportsRepository.listByApplication(t.database.db, object.id)).toEqual([]);
  });

  it('may be submitted on the half year’s last day, not the day before', async () => {
    const object = await newObject({ startsOn: '2026-01-11' });
    const before = await operatorAt('2026-07-09T15:59:59Z'); // 2026-07-09 23:59:59 in Shanghai
    expect((await submit(before, object.id, report(1))).statusCode).toBe(422);
    const onTheDay = await operatorAt('2026-07-09T16:00:00Z'); // 2026-07-10 00:00 in Shanghai, the half year's last day
    expect((await submit(onTheDay, object.id, report(1))).statusCode).toBe(201);
  });

  it('shows an unreported half year as overdue after the due day and still takes a late report, marked late', async () => {
    const object = await newObject();
    const onDueDay = await operatorAt('2026-08-04T15:59:59Z'); // 2026-08-04 23:59:59, the due day
    expect((await get(onDueDay, object.id)).json().halfYears[0].status).toBe('open');
    const dayAfter = await operatorAt('2026-08-04T16:00:00Z'); // 2026-08-05
    expect((await get(dayAfter, object.id)).json().halfYears[0]).toMatchObject({ status: 'overdue', statusLabel: '逾期未提交' });
    const late = await submit(dayAfter, object.id, report(1));
    expect(late.statusCode).toBe(201);
    expect(late.json().isLate).toBe(true);
  });

  it('gives 6 half years once the creation period is extended', async () => {
    const object = await newObject({ startsOn: '2025-01-05' });
    await applicationsRepository.saveFacts(t.database.db, object.id, { ...object.facts, creationPeriodEndsOn: '2028-01-05', isExtended: true }, NOW);
    const halves = (await get(operator, object.id)).json().halfYears;
    expect(halves).toHaveLength(6);
    expect(halves.at(-1)).toMatchObject({ index: 6, startsOn: '2027-07-05', endsOn: '2028-01-05' });
  });

  it.each([
    ['a narrative of 5001 characters', { ...report(1), narrative: '进'.repeat(5001) }, 'narrative', '工作进展情况不能超过5000个字'],
    ['an empty narrative', { ...report(1), narrative: '  ' }, 'narrative', '请填写工作进展情况'],
    ['a goal left out', { ...report(1), goalProgress: report(1).goalProgress.slice(0, 1) }, 'goalProgress', '创建方案共有2项创建目标，请逐项填写进展（现为1项）'],
    ['a goal of another indicator', { ...report(1), goalProgress: [report(1).goalProgress[1], report(1).goalProgress[0]] }, 'goalProgress.0.indicatorCode', '第1项进展应对应创建目标“年服务中小企业3000家以上”（指标platform.servedEnterprises）'],
    ['a half year as text', { ...report(1), halfYear: '1' }, 'halfYear', expect.any(String)],
    ['an unknown field', { ...report(1), score: 99 }, 'score', '不接受的字段：score'],
  ])('refuses %s with 400 naming the field', async (_name, body, path, message) => {
    const object = await newObject();
    const response = await submit(operator, object.id, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().issues).toContainEqual({ path, message });
  });

  it('takes a narrative of exactly 5000 characters', async () => {
    const object = await newObject();
    expect((await submit(operator, object.id, { ...report(1), narrative: '进'.repeat(5000) })).statusCode).toBe(201);
  });

  it('is the operator’s alone: other operators get 404, officers 403', async () => {
    const object = await newObject();
    expect((await submit(otherOperator, object.id, report(1))).statusCode).toBe(404);
    for (const who of [gz, province, auditor]) expect((await submit(who, object.id, report(1))).statusCode).toBe(403);
  });

  it.each<LifecycleState>(['exited', 'creation_cancelled'])('is closed once the object is %s', async (state) => {
    const object = await newObject({ state });
    const response = await submit(operator, object.id, report(1));
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('DATA_COLLECTION_CLOSED');
  });
});

describe('the city’s comment', () => {
  it('is given once by the city of the object; the operator is told and sees it', async () => {
    const object = await newObject();
    const reportId = (await submit(operator, object.id, report(1))).json().id;
    const unreadBefore = await notificationsRepository.countUnread(t.database.db, operator.userId);

    expect((await comment(operator, object.id, reportId)).statusCode).toBe(403);
    expect((await comment(province, object.id, reportId)).statusCode).toBe(403);
    expect((await comment(sz, object.id, reportId)).statusCode).toBe(404);

    const response = await comment(gz, object.id, reportId);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: reportId, cityComment: '进展符合创建方案，请加快移动端建设。' });

    const twice = await comment(gz, object.id, reportId, '改一下意见');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('STATE_CHANGED');

    expect(await notificationsRepository.countUnread(t.database.db, operator.userId)).toBe(unreadBefore + 1);
    const [notice] = await notificationsRepository.listForUser(t.database.db, operator.userId, 1);
    expect(notice?.title).toBe('半年进展报告已有地市意见');

    const seen = (await get(operator, object.id)).json().halfYears[0].report;
    expect(seen).toMatchObject({ cityComment: '进展符合创建方案，请加快移动端建设。', cityCommentedByName: expect.any(String) });
    const audit = await auditLogRepository.findByObject(t.database.db, 'progress_report', reportId);
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([
      ['progressReport.submitted', operator.userId],
      ['progressReport.cityCommented', gz.userId],
    ]);
  });

  it('is 404 for a report of another object and for a report id that does not exist', async () => {
    const object = await newObject();
    const other = await newObject();
    const reportId = (await submit(operator, other.id, report(1))).json().id;
    expect((await comment(gz, object.id, reportId)).statusCode).toBe(404);
    expect((await comment(gz, object.id, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('refuses an empty comment and one over 2000 characters', async () => {
    const object = await newObject();
    const reportId = (await submit(operator, object.id, report(1))).json().id;
    expect((await comment(gz, object.id, reportId, ' ')).json().issues).toEqual([{ path: 'comment', message: '请填写地市意见' }]);
    expect((await comment(gz, object.id, reportId, '意'.repeat(2001))).json().issues).toEqual([{ path: 'comment', message: '地市意见不能超过2000个字' }]);
  });
});
