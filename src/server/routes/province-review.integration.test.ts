// 省级审核 (Art. 7(2)) through HTTP: the formal check, rejection with a reason, the shortlist of 拟创建对象 within
// the 年度创建数量 (preview then all or nothing), and the internal review export (Art. 8: internal only).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { reviewDecisionsRepository } from '../../db/repositories/review-decisions.repository';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation, createUser } from '../../db/testing/builders';
import { createScoredReview } from '../../db/testing/scored-review-builders';
import type { LifecycleState } from '../../domain/lifecycle/states';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let province: SignedIn;
let province2: SignedIn;
let auditor: SignedIn;
let gz: SignedIn;
let year = 2040;

beforeAll(async () => {
  t = await createTestApp();
  province = await t.signIn('province');
  province2 = await t.signIn('province');
  auditor = await t.signIn('auditor');
  gz = await t.signIn('city', { cityCode: '440100' });
});
afterAll(async () => t.close());

async function newCall(creationQuota = 30) {
  year += 1;
  return createPublishedCall(t.database.db, province.userId, { year, opensOn: '2026-10-01', closesOn: '2026-11-20', cityReviewDeadline: '2026-12-15', creationQuota });
}

async function newApplication(callId: string, state: LifecycleState = 'recommended', cityCode = '440100') {
  const organisation = await createOrganisation(t.database.db, { cityCode });
  return createApplication(t.database.db, { callId, organisationId: organisation.id, cityCode, state });
}

const post = (who: SignedIn, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { ...JSON_HEADERS, cookie: who.cookie }, payload });
const check = (who: SignedIn, id: string, payload: object) => post(who, `/api/applications/${id}/formal-check`, payload);
const stateOf = async (id: string) => (await applicationsRepository.findById(t.database.db, id))?.state;
const ALL = (n: number) => ({ 'plan.content': n, 'plan.innovation': n, 'plan.demonstration': n, 'plan.path': n, 'plan.expectedResults': n, 'plan.support': n });
/** Formal check passed and one expert's review submitted: what the shortlist needs (Art. 7(2)). */
async function ready(callId: string, id: string) {
  await check(province, id, { isPassed: true });
  await createScoredReview(t.database.db, { callId, applicationId: id, expertName: '周专家', scores: ALL(8) });
}

describe('formal check (形式审查)', () => {
  it('records a passed check with an audit record', async () => {
    const call = await newCall();
    const application = await newApplication(call.id);
    const response = await check(province, application.id, { isPassed: true, note: '' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ applicationId: application.id, isPassed: true });
    expect((await reviewDecisionsRepository.latestFormalChecks(t.database.db, [application.id])).get(application.id)?.checkedBy).toBe(province.userId);
    const audit = await auditLogRepository.findByObject(t.database.db, 'application', application.id);
    expect(audit.map((a) => a.action)).toEqual(['application.formal_check']);
  });

  it('a failed check needs a note (400 on note)', async () => {
    const call = await newCall();
    const application = await newApplication(call.id);
    const response = await check(province, application.id, { isPassed: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'note', message: '形式审查不通过时请填写说明' }]);
  });

  it('only a recommended application (409 otherwise); the city may not (403)', async () => {
    const call = await newCall();
    const submitted = await newApplication(call.id, 'submitted');
    const refused = await check(province, submitted.id, { isPassed: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('只有地市已推荐的申报可以进行形式审查');
    expect((await check(gz, submitted.id, { isPassed: true })).statusCode).toBe(403);
  });
});

describe('province rejection', () => {
  it('needs a reason, records it and tells the applicant and the city', async () => {
    const call = await newCall();
    const application = await newApplication(call.id);
    const { user } = await createUser(t.database.db, { role: 'applicant', passwordHash: 'x', organisationId: application.organisationId });
    const url = `/api/applications/${application.id}/province-decision`;
    const missing = await post(province, url, { lockVersion: application.lockVersion, decision: 'reject', reason: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues[0]).toEqual({ path: 'reason', message: '请填写不予通过的理由' });
    const response = await post(province, url, { lockVersion: application.lockVersion, decision: 'reject', reason: '创建方案目标不可考核' });
    expect(response.json()).toMatchObject({ state: 'province_rejected' });
    const [notice] = await notificationsRepository.listForUser(t.database.db, user.id);
    expect(notice?.body).toBe('理由：创建方案目标不可考核');
    expect((await notificationsRepository.listForUser(t.database.db, gz.userId))[0]?.title).toContain('省级审核未通过');
  });

  it('two province officers at once: one wins, the other 409 STATE_CHANGED', async () => {
    const call = await newCall();
    const application = await newApplication(call.id);
    const url = `/api/applications/${application.id}/province-decision`;
    const body = { lockVersion: application.lockVersion, decision: 'reject', reason: '不符合' };
    const responses = await Promise.all([post(province, url, body), post(province2, url, body)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.statusCode === 409)?.json()).toMatchObject({ code: 'STATE_CHANGED', details: { state: 'province_rejected' } });
  });
});

describe('shortlist (拟创建对象)', () => {
  it('preview: state and formal check per row, the internal mean score, the quota; nothing written', async () => {
    const call = await newCall(3);
    const [passed, unchecked, submitted] = [await newApplication(call.id), await newApplication(call.id), await newApplication(call.id, 'submitted')];
    await check(province, passed.id, { isPassed: true });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: passed.id, expertName: '张专家', scores: ALL(8) });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: passed.id, expertName: '李专家', scores: ALL(9) });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: passed.id, expertName: '王专家', scores: null });
    const response = await post(province, `/api/calls/${call.id}/shortlist/preview`, { applicationIds: [passed.id, unchecked.id, submitted.id] });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.rows.map((r: { isOk: boolean; problem: string | null; meanScore: number | null; scoredExperts: number }) => [r.isOk, r.problem, r.meanScore, r.scoredExperts])).toEqual([
      [true, null, 85, 2],
      [false, '尚未进行形式审查', null, 0],
      [false, '当前状态为“已提交，待地市初审”，不能确定为拟创建对象', null, 0],
    ]);
    expect(body.quota).toMatchObject({ limit: 3, used: 0, adding: 1, remaining: 3, isAllowed: true });
    expect(body.canCommit).toBe(false);
    expect(await stateOf(passed.id)).toBe('recommended');
  });

  it('needs at least one submitted expert review: none, a conflicted or an unsubmitted one → refused; one → ok', async () => {
    const call = await newCall();
    const [none, conflictedOnly, draftOnly, one] = [await newApplication(call.id), await newApplication(call.id), await newApplication(call.id), await newApplication(call.id)];
    for (const x of [none, conflictedOnly, draftOnly, one]) await check(province, x.id, { isPassed: true });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: conflictedOnly.id, expertName: '钱专家', scores: null, declaration: 'conflicted' });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: draftOnly.id, expertName: '孙专家', scores: ALL(9), isSubmitted: false });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: one.id, expertName: '吴专家', scores: ALL(6) });
    const preview = await post(province, `/api/calls/${call.id}/shortlist/preview`, { applicationIds: [none.id, conflictedOnly.id, draftOnly.id, one.id] });
    expect(preview.json().rows.map((r: { isOk: boolean; problem: string | null }) => [r.isOk, r.problem])).toEqual([
      [false, '尚无专家提交评分'],
      [false, '尚无专家提交评分'],
      [false, '尚无专家提交评分'],
      [true, null],
    ]);
    const refused = await post(province, `/api/calls/${call.id}/shortlist`, { items: [{ id: none.id, lockVersion: none.lockVersion }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe(`申报“${none.name}”尚无专家提交评分，本批均未确定`);
    expect((await post(province, `/api/calls/${call.id}/shortlist`, { items: [{ id: one.id, lockVersion: one.lockVersion }] })).statusCode).toBe(200);
    expect([await stateOf(none.id), await stateOf(one.id)]).toEqual(['recommended', 'shortlisted']);
  });

  it('commits all or nothing: a failed formal check anywhere refuses the batch', async () => {
    const call = await newCall();
    const [a, b] = [await newApplication(call.id), await newApplication(call.id)];
    await ready(call.id, a.id);
    await check(province, b.id, { isPassed: false, note: '缺少真实性声明' });
    const response = await post(province, `/api/calls/${call.id}/shortlist`, { items: [a, b].map((x) => ({ id: x.id, lockVersion: x.lockVersion })) });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain('形式审查未通过');
    expect([await stateOf(a.id), await stateOf(b.id)]).toEqual(['recommended', 'recommended']);
  });

  it('commits within the quota and tells the applicants; past the quota → 422 CREATION_QUOTA_REACHED', async () => {
    const call = await newCall(2);
    const [a, b, c] = [await newApplication(call.id), await newApplication(call.id), await newApplication(call.id)];
    for (const x of [a, b, c]) await ready(call.id, x.id);
    const { user } = await createUser(t.database.db, { role: 'applicant', passwordHash: 'x', organisationId: a.organisationId });
    const all = await post(province, `/api/calls/${call.id}/shortlist`, { items: [a, b, c].map((x) => ({ id: x.id, lockVersion: x.lockVersion })) });
    expect(all.statusCode).toBe(422);
    expect(all.json()).toMatchObject({ code: 'CREATION_QUOTA_REACHED', message: '本年度创建数量为2个，已确定拟创建对象0个，本次确定3个将超出创建数量' });
    const two = await post(province, `/api/calls/${call.id}/shortlist`, { items: [a, b].map((x) => ({ id: x.id, lockVersion: x.lockVersion })) });
    expect(two.statusCode, two.body).toBe(200);
    expect(await stateOf(a.id)).toBe('shortlisted');
    expect((await notificationsRepository.listForUser(t.database.db, user.id))[0]?.title).toContain('已确定为拟创建对象');
    const third = await post(province, `/api/calls/${call.id}/shortlist`, { items: [{ id: c.id, lockVersion: c.lockVersion }] });
    expect(third.json().message).toBe('本年度创建数量为2个，已确定拟创建对象2个，不能再确定');
    const preview = await post(province, `/api/calls/${call.id}/shortlist/preview`, { applicationIds: [c.id] });
    expect(preview.json()).toMatchObject({ canCommit: false, quota: { used: 2, remaining: 0, isAllowed: false } });
  });

  it('a stale lockVersion → 409 naming the application', async () => {
    const call = await newCall();
    const a = await newApplication(call.id);
    await ready(call.id, a.id);
    const response = await post(province, `/api/calls/${call.id}/shortlist`, { items: [{ id: a.id, lockVersion: a.lockVersion + 1 }] });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain(a.name);
  });

  it('the queue lists recommended applications with formal check and mean score, in neutral order', async () => {
    const call = await newCall();
    const a = await newApplication(call.id);
    await newApplication(call.id, 'submitted');
    await check(province, a.id, { isPassed: true });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: a.id, expertName: '赵专家', scores: ALL(7) });
    const response = await t.app.inject({ method: 'GET', url: `/api/calls/${call.id}/province-review`, headers: { cookie: province.cookie } });
    expect(response.json().items).toEqual([expect.objectContaining({ id: a.id, formalCheck: expect.objectContaining({ isPassed: true }), meanScore: 70, scoredExperts: 1, cityName: '广州市' })]);
  });
});

describe('internal review export (评审明细)', () => {
  it('province and auditor get every detail in two sheets; the city and the applicant may not', async () => {
    const call = await newCall();
    const a = await newApplication(call.id);
    const b = await newApplication(call.id, 'city_rejected');
    await check(province, a.id, { isPassed: true, note: '材料齐全' });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: a.id, expertName: '张专家', scores: ALL(8), comments: { 'plan.innovation': '特色鲜明', '': '建议推荐' } });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: a.id, expertName: '李专家', scores: null, declaration: 'conflicted' });
    await createScoredReview(t.database.db, { callId: call.id, applicationId: a.id, expertName: '孙专家', scores: ALL(3), comments: { '': '草稿意见' }, isSubmitted: false });
    const url = `/api/calls/${call.id}/review-export.xlsx`;
    for (const who of [province, auditor]) {
      const response = await t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain(encodeURIComponent('评审明细'));
      expect(response.headers['content-disposition']).toContain(`filename="review-details-${year}.xlsx"`);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['评审汇总', '专家评分明细']);
      const [summary, experts] = workbook.worksheets;
      expect(summary?.rowCount).toBe(3);
      const rowOf = (name: string) => [2, 3].map((n) => summary?.getRow(n)).find((row) => row?.getCell(2).value === name);
      expect([rowOf(a.name)?.getCell(8).value, rowOf(a.name)?.getCell(9).value, rowOf(a.name)?.getCell(10).value, rowOf(a.name)?.getCell(11).value]).toEqual(['通过', '材料齐全', 1, 80]);
      expect(rowOf(b.name)?.getCell(8).value).toBe('未审查');
      expect(experts?.getRow(1).values).toEqual([undefined, '申报编号', '平台（基地）名称', '专家', '利害关系声明', '创建内容', '创新特色', '示范引领', '实施路径', '预期导向', '保障协同', '总分', '评审意见', '提交时间']);
      const zhang = [2, 3].map((n) => experts?.getRow(n)).find((row) => row?.getCell(3).value === '张专家');
      expect([zhang?.getCell(5).value, zhang?.getCell(10).value, zhang?.getCell(11).value, zhang?.getCell(12).value]).toEqual([8, 8, 80, '创新特色：特色鲜明\n总体意见：建议推荐']);
      // An unsubmitted sheet counts for nothing: its scores, total and comments are blank and it says 未提交.
      const sun = [2, 3, 4].map((n) => experts?.getRow(n)).find((row) => row?.getCell(3).value === '孙专家');
      expect([5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => sun?.getCell(n).value || null)).toEqual([null, null, null, null, null, null, null, null, '未提交']);
    }
    expect((await auditLogRepository.findByObject(t.database.db, 'annual_call', call.id)).map((r) => r.action)).toEqual(['review.export_details', 'review.export_details']);
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie: gz.cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/calls/not-a-uuid/review-export.xlsx', headers: { cookie: province.cookie } })).statusCode).toBe(400);
  });
});

describe('malformed input → 400', () => {
  it.each([
    ['/api/applications/00000000-0000-4000-8000-000000000000/formal-check', { isPassed: 'yes' }, 'isPassed'],
    ['/api/applications/00000000-0000-4000-8000-000000000000/province-decision', { lockVersion: 1, decision: 'shortlist', reason: 'x' }, 'decision'],
    ['/api/calls/00000000-0000-4000-8000-000000000000/shortlist', { items: [{ id: 'x', lockVersion: 1 }] }, 'items.0.id'],
    ['/api/calls/00000000-0000-4000-8000-000000000000/shortlist/preview', { applicationIds: [] }, 'applicationIds'],
  ])('%s', async (url, payload, path) => {
    const response = await post(province, url, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { path: string }) => i.path)).toContain(path);
  });
});
