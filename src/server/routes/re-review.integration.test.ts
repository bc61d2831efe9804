// 复核 through HTTP (F5 item 3; Art. 10; ADR 0016): a round opened at once on its day, the operator's report with a
// file and the frozen snapshot, the city's assessment (hidden from the operator), the province's decision — pass
// (next due 2 years later), fail (1-year rectification), the re-review after rectification opened by the deadline
// job on its day (twice → once), and a second fail revoking with the reason published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { obligationRecordsRepository } from '../../db/repositories/obligation-records.repository';
import { reReviewRepository } from '../../db/repositories/re-review.repository';
import { deadlineActions } from '../../db/schema/index';
import { createCertifiedObject } from '../../db/testing/re-review-builders';
import { runDeadlineJob } from '../jobs/deadline-job';
import { multipart, PDF_BYTES } from '../testing/application-requests';
import { at } from '../testing/notice-fixtures';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let operator: SignedIn;
let gz: SignedIn;
let province: SignedIn;
let auditor: SignedIn;
let nextCallYear = 2070;

beforeAll(async () => {
  t = await createTestApp(at('2030-03-01'));
  operator = await t.signIn('applicant');
  gz = await t.signIn('city', { cityCode: '440100' });
  province = await t.signIn('province');
  auditor = await t.signIn('auditor');
});
afterAll(async () => t.close());

/** Moves the clock and signs everyone in again (sessions last 8 hours). */
async function setDay(day: string): Promise<void> {
  t.clock.set(at(day));
  operator = await t.signIn('applicant', { organisationId: operator.organisationId ?? '' });
  gz = await t.signIn('city', { cityCode: '440100' });
  province = await t.signIn('province');
  auditor = await t.signIn('auditor');
}

const certified = (reReviewDueOn: string) =>
  createCertifiedObject(t.database.db, { organisationId: operator.organisationId ?? '', reReviewDueOn, callYear: (nextCallYear += 1) });
const send = (who: SignedIn, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { ...(payload ? JSON_HEADERS : { 'x-requested-with': 'shifan' }), cookie: who.cookie }, ...(payload ? { payload } : {}) });
const view = (who: SignedIn, id: string) => send(who, 'GET', `/api/creation-objects/${id}/re-reviews`);
const path = (id: string, reReviewId: string) => `/api/creation-objects/${id}/re-reviews/${reReviewId}`;
const createRound = (body: object) => send(province, 'POST', '/api/re-review-rounds', body);
const upload = (who: SignedIn, url: string, file: { name: string; bytes: Buffer }) => {
  const body = multipart({}, file);
  return t.app.inject({ method: 'POST', url, headers: { ...body.headers, cookie: who.cookie }, payload: body.payload });
};

describe('a re-review round from opening to the decision', () => {
  it('opens at once on its day, takes the report and its file, freezes the snapshot, hides the city’s opinion from the operator, and passes', async () => {
    await setDay('2030-03-01');
    const due = await certified('2030-03-01');
    const notYet = await certified('2030-03-02');

    const preview = await send(province, 'POST', '/api/re-review-rounds/preview', { opensOn: '2030-03-01' });
    expect(preview.statusCode, preview.body).toBe(200);
    const previewIds = preview.json().items.map((i: { object: { id: string } }) => i.object.id);
    expect(previewIds).toContain(due.id);
    expect(previewIds).not.toContain(notYet.id);
    expect(preview.json().items.find((i: { object: { id: string } }) => i.object.id === due.id)).toMatchObject({ state: 'certified', dueOn: '2030-03-01', isAfterRectification: false });

    const created = await createRound({ year: 2030, opensOn: '2030-03-01', reportDueOn: '2030-03-31', cityDueOn: '2030-04-30' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ year: 2030, title: '2030年度运行和服务情况复核', opensOn: '2030-03-01', reportDueOn: '2030-03-31', cityDueOn: '2030-04-30' });
    expect(created.json().openedAt).not.toBeNull();
    expect(created.json().counts.reporting).toBeGreaterThanOrEqual(1);
    expect((await applicationsRepository.findById(t.database.db, notYet.id))?.state).toBe('certified');

    const opened = (await view(operator, due.id)).json();
    expect(opened).toMatchObject({ reReviewDueOn: '2030-03-01', canEditReport: true, canSubmit: true, canAssess: false, canDecide: false, failureConsequence: 'rectification' });
    expect(opened.object.state).toBe('re_review');
    const [reReview] = opened.reReviews;
    expect(reReview).toMatchObject({ sequence: 1, isAfterRectification: false, window: { startsOn: '2028-03-01', endsOn: '2030-02-28' }, status: 'reporting', statusLabel: '待运营主体报告', snapshot: null, isLate: false });
    const events = await applicationsRepository.listEvents(t.database.db, due.id);
    expect(events.at(-1)).toMatchObject({ event: 'start_re_review', actorUserId: province.userId, toState: 're_review' });
    expect((await notificationsRepository.listForUser(t.database.db, operator.userId, 50)).map((n) => n.title)).toContain('2030年度运行和服务情况复核已开始');

    // The province cannot decide before the city, while the city is not overdue.
    const early = await send(province, 'POST', `${path(due.id, reReview.id)}/decision`, { lockVersion: opened.lockVersion, outcome: 'passed', reason: '达标' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('暂不能作出复核结论：待地市评估，截止2030-04-30（含当日）');
    expect((await view(province, due.id)).json()).toMatchObject({ canDecide: false, decideBlockedReason: '待地市评估，截止2030-04-30（含当日）' });

    const saved = await send(operator, 'PUT', `${path(due.id, reReview.id)}/report`, { report: '两年来服务中小企业7000家。' });
    expect(saved.statusCode, saved.body).toBe(200);
    // The draft is the operator's own until submitted.
    expect((await view(gz, due.id)).json().reReviews[0].report).toBe('');
    const file = await upload(operator, `${path(due.id, reReview.id)}/files`, { name: '报告.pdf', bytes: PDF_BYTES });
    expect(file.statusCode, file.body).toBe(201);
    expect(file.json()).toMatchObject({ name: '报告.pdf', mediaType: 'application/pdf' });

    await setDay('2030-03-10');
    const submitted = await send(operator, 'POST', `${path(due.id, reReview.id)}/submit`, {});
    expect(submitted.statusCode, submitted.body).toBe(200);
    const frozen = submitted.json().reReviews[0];
    expect(frozen).toMatchObject({ status: 'submitted', isLate: false, report: '两年来服务中小企业7000家。', files: [expect.objectContaining({ name: '报告.pdf' })] });
    expect(frozen.snapshot).toMatchObject({ takenOn: '2030-03-10', window: { startsOn: '2028-03-01', endsOn: '2030-02-28' }, obligations: { governmentActivities: 0, sharingActivities: 0 } });
    expect(frozen.snapshot.dashboard.rows.length).toBeGreaterThan(0);
    expect(submitted.json().canEditReport).toBe(false);
    expect((await send(operator, 'PUT', `${path(due.id, reReview.id)}/report`, { report: '改' })).statusCode).toBe(409);

    // Later data do not change what was judged.
    await obligationRecordsRepository.insert(t.database.db, {
      applicationId: due.id, kind: 'government_activity', title: '中小企业服务月', organiser: '省工业和信息化厅', heldOn: '2029-05-01', description: '参加服务月活动', recordedAt: at('2030-03-11'),
    });
    const later = (await view(gz, due.id)).json().reReviews[0];
    expect(later.snapshot).toEqual(frozen.snapshot);
    expect(later.obligations).toHaveLength(1);
    const download = await send(gz, 'GET', `${path(due.id, reReview.id)}/files/${file.json().fileId}`);
    expect(download.statusCode).toBe(200);

    const assessed = await send(gz, 'POST', `${path(due.id, reReview.id)}/assessment`, { opinion: 'pass', comment: '运行良好' });
    expect(assessed.statusCode, assessed.body).toBe(200);
    expect(assessed.json().reReviews[0]).toMatchObject({ status: 'assessed', cityOpinion: 'pass', cityComment: '运行良好' });
    expect((await send(gz, 'POST', `${path(due.id, reReview.id)}/assessment`, { opinion: 'fail', comment: '再评' })).statusCode).toBe(409);
    expect((await view(operator, due.id)).json().reReviews[0]).toMatchObject({ status: 'assessed', cityOpinion: null, cityComment: null });
    expect((await view(auditor, due.id)).json().reReviews[0]).toMatchObject({ cityOpinion: 'pass' });

    await setDay('2030-03-20');
    const ready = (await view(province, due.id)).json();
    expect(ready).toMatchObject({ canDecide: true, decideBlockedReason: null });
    const decided = await send(province, 'POST', `${path(due.id, reReview.id)}/decision`, { lockVersion: ready.lockVersion, outcome: 'passed', reason: '各项指标达到认定标准' });
    expect(decided.statusCode, decided.body).toBe(200);
    // Art. 10: the next re-review is due 2 years after this one started (the round opened 2030-03-01), not after the decision.
    expect(decided.json()).toMatchObject({ reReviewDueOn: '2032-03-01', statusText: '已认定；2032-03-01起复核', canDecide: false, failureConsequence: null });
    expect(decided.json().object.state).toBe('certified');
    expect(decided.json().reReviews[0]).toMatchObject({ status: 'passed', outcome: 'passed', outcomeReason: '各项指标达到认定标准' });
    const again = await send(province, 'POST', `${path(due.id, reReview.id)}/decision`, { lockVersion: decided.json().lockVersion, outcome: 'failed', reason: '再议' });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该复核已作出结论（复核达标），不能重复作出');
    expect((await auditLogRepository.findByObject(t.database.db, 're_review', reReview.id)).map((a) => a.action)).toEqual([
      're_review.opened', 're_review.report_saved', 're_review.file_added', 're_review.submitted', 're_review.assessed', 're_review.decided',
    ]);
  });

  it('fails into rectification, re-reviews after the year through the deadline job (twice → once), and revokes on a second fail with the reason published', async () => {
    await setDay('2030-06-01');
    const object = await certified('2030-06-01');
    const round = await createRound({ year: 2030, title: '2030年第二批复核', opensOn: '2030-06-01', reportDueOn: '2030-06-30', cityDueOn: '2030-07-31' });
    expect(round.statusCode, round.body).toBe(201);
    const first = (await view(province, object.id)).json();
    const firstId = first.reReviews[0].id;

    // Without a report: the city may assess from the day after reportDueOn; the snapshot is frozen then.
    await setDay('2030-06-30');
    expect((await send(gz, 'POST', `${path(object.id, firstId)}/assessment`, { opinion: 'fail', comment: '未报告' })).statusCode).toBe(409);
    await setDay('2030-07-01');
    const assessed = await send(gz, 'POST', `${path(object.id, firstId)}/assessment`, { opinion: 'fail', comment: '逾期未提交报告' });
    expect(assessed.statusCode, assessed.body).toBe(200);
    expect(assessed.json().reReviews[0]).toMatchObject({ status: 'assessed', submittedAt: null, snapshot: expect.objectContaining({ takenOn: '2030-07-01' }) });
    expect((await send(operator, 'POST', `${path(object.id, firstId)}/submit`, {})).statusCode).toBe(409);

    const failed = await send(province, 'POST', `${path(object.id, firstId)}/decision`, { lockVersion: assessed.json().lockVersion, outcome: 'failed', reason: '服务企业数量不达标' });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json()).toMatchObject({ rectificationEndsOn: '2031-07-01', consecutiveFailedReReviews: 1, statusText: '复核不达标，整改期至2031-07-01（含当日）' });
    expect(failed.json().object.state).toBe('rectifying');

    // The last day of the rectification year is still rectification; a round the next day takes the object in.
    await setDay('2031-07-01');
    const preview = await send(province, 'POST', '/api/re-review-rounds/preview', { opensOn: '2031-07-01' });
    expect(preview.json().items.map((i: { object: { id: string } }) => i.object.id)).not.toContain(object.id);
    const next = await createRound({ year: 2031, title: '2031年整改期满复核', opensOn: '2031-07-02', reportDueOn: '2031-07-31', cityDueOn: '2031-08-31' });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ openedAt: null, counts: { reporting: 0, submitted: 0, assessed: 0, passed: 0, failed: 0 } });
    expect((await applicationsRepository.findById(t.database.db, object.id))?.state).toBe('rectifying');

    const scheduler = province;
    await setDay('2031-07-02');
    const run = await runDeadlineJob({ db: t.database.db, clock: t.clock });
    expect(run.done['re-review-round.opened']).toBe(1);
    expect(run.done['re-review.started']).toBeGreaterThanOrEqual(1);
    const rerun = await runDeadlineJob({ db: t.database.db, clock: t.clock });
    expect(rerun.done['re-review-round.opened']).toBeUndefined();
    const after = (await view(province, object.id)).json();
    expect(after.object.state).toBe('re_review');
    expect(after.reReviews).toHaveLength(2);
    expect(after.reReviews[0]).toMatchObject({ sequence: 2, isAfterRectification: true, window: { startsOn: '2030-07-02', endsOn: '2031-07-01' }, round: { title: '2031年整改期满复核' } });
    expect(after.failureConsequence).toBe('revocation');
    const events = await applicationsRepository.listEvents(t.database.db, object.id);
    expect(events.at(-1)).toMatchObject({ event: 'start_re_review', fromState: 'rectifying', actorUserId: scheduler.userId });
    const opening = (await auditLogRepository.findByObject(t.database.db, 're_review', after.reReviews[0].id))[0];
    expect(opening).toMatchObject({ action: 're_review.opened', actorUserId: scheduler.userId });
    expect(opening?.after).toMatchObject({ via: 'deadline-job' });

    // Neither report nor assessment: the province decides from the day after cityDueOn.
    await setDay('2031-08-31');
    const blocked = await send(province, 'POST', `${path(object.id, after.reReviews[0].id)}/decision`, { lockVersion: after.lockVersion, outcome: 'failed', reason: '整改后仍不达标' });
    expect(blocked.statusCode).toBe(409);
    await setDay('2031-09-01');
    const revoked = await send(province, 'POST', `${path(object.id, after.reReviews[0].id)}/decision`, { lockVersion: after.lockVersion, outcome: 'failed', reason: '整改后仍不达标' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ statusText: '连续两年未通过复核，已取消认定命名' });
    expect(revoked.json().object.state).toBe('revoked');
    expect(revoked.json().reReviews[0].snapshot).toMatchObject({ takenOn: '2031-09-01' });
    const history = await applicationsRepository.listEvents(t.database.db, object.id);
    expect(history.at(-1)).toMatchObject({ event: 'fail_re_review', toState: 'revoked', reason: '整改后仍不达标', isReasonPublic: true });
    expect((await reReviewRepository.listByApplication(t.database.db, object.id)).map((r) => r.reReview.outcome)).toEqual(['failed', 'failed']);
  });

  it('puts the work on each person’s 待办 and reminds them through the deadline job, once per deadline', async () => {
    await setDay('2032-05-01');
    const object = await certified('2032-05-01');
    const todoKeys = async (who: SignedIn) => (await send(who, 'GET', '/api/todos')).json().items.map((i: { key: string }) => i.key);
    // Earlier tests leave re-reviews open in this database: count, rather than look for, the city's and province's items.
    const todoCount = async (who: SignedIn, key: string) => ((await send(who, 'GET', '/api/todos')).json().items.find((i: { key: string }) => i.key === key)?.count ?? 0) as number;
    expect(await todoKeys(province)).toContain('reReview.schedule');
    const round = await createRound({ year: 2032, title: '2032年复核', opensOn: '2032-05-01', reportDueOn: '2032-05-31', cityDueOn: '2032-06-30' });
    expect(round.statusCode, round.body).toBe(201);
    expect(await todoKeys(province)).not.toContain('reReview.schedule');
    expect(await todoKeys(operator)).toContain('reReview.report');
    const assessBefore = await todoCount(gz, 'reReview.assess');

    const reminders = async (day: string) => {
      await setDay(day);
      await runDeadlineJob({ db: t.database.db, clock: t.clock });
      await runDeadlineJob({ db: t.database.db, clock: t.clock });
      const titles = async (who: SignedIn) => (await notificationsRepository.listForUser(t.database.db, who.userId, 100)).filter((n) => n.link?.includes(object.id)).map((n) => n.title);
      return { operator: await titles(operator), city: await titles(gz), province: await titles(province) };
    };
    expect((await reminders('2032-05-24')).operator).toEqual(['请提交运行和服务情况报告']);
    expect((await reminders('2032-05-30')).operator).toEqual(['请提交运行和服务情况报告']);
    const overdue = await reminders('2032-06-01');
    expect(overdue.city).toEqual(['运行和服务情况报告逾期未提交']);
    expect(await todoCount(gz, 'reReview.assess')).toBeGreaterThan(assessBefore);
    const decideBefore = await todoCount(province, 'reReview.decide');
    expect((await reminders('2032-06-23')).city).toEqual(['复核地市评估即将到期']);
    expect((await reminders('2032-07-01')).province).toEqual(['复核地市评估逾期']);
    expect(await todoCount(province, 'reReview.decide')).toBeGreaterThan(decideBefore);
    // Each deadline once, although the job ran twice a day.
    const reReviewId = (await view(province, object.id)).json().reReviews[0].id as string;
    const kinds = (await t.database.db.select().from(deadlineActions)).filter((a) => a.subjectId === reReviewId).map((a) => a.key.replace(`:${reReviewId}`, '')).sort();
    expect(kinds).toEqual([
      're-review.assessment-overdue:2032-06-30',
      're-review.assessment-reminder:2032-06-30:7',
      're-review.report-overdue:2032-05-31',
      're-review.report-reminder:2032-05-31:1',
      're-review.report-reminder:2032-05-31:7',
    ]);
  });
});
