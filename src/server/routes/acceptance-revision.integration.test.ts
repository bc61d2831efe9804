// An upheld objection to the 拟认定公示 through HTTP (Art. 7(4): 公示无异议或异议不属实的…正式认定; ADR 0015): the
// object goes back to 评估验收 and its passed attempt gets a new revision in the same transaction — the same
// submission and frozen snapshot, undecided, the investigation as the reason, no opinion carried over. The province
// assigns experts again (the same ones may be), decides on the new revision's opinions only, and a fail is the first
// attempt's fail: the period is extended by a year. The earlier revision keeps its outcome and its opinions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddExpertResult } from '../../contracts/experts';
import { acceptanceRepository } from '../../db/repositories/acceptance.repository';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { createAcceptanceObject } from '../../db/testing/acceptance-builders';
import type { ApplicationRow } from '../../db/repositories/applications.repository';
import { addExpertVia, signInExpert } from '../testing/expert-review-fixture';
import { at, noticeKit, objectionFields } from '../testing/notice-fixtures';
import { createTestApp, JSON_HEADERS, type SignedIn, type TestApp } from '../testing/test-app';

const INVESTIGATION = '经核实，该平台服务企业数量存在重复统计，异议属实。';

let t: TestApp;
let kit: ReturnType<typeof noticeKit>;
let operator: SignedIn;
let object: ApplicationRow;

beforeAll(async () => {
  t = await createTestApp(at('2026-09-28'));
  kit = noticeKit(t, await t.signIn('province'));
  operator = await t.signIn('applicant');
  object = await createAcceptanceObject(t.database.db, { organisationId: operator.organisationId ?? '', endsOn: '2026-09-27', callYear: 2024 });
});
afterAll(async () => t.close());

const acceptanceUrl = () => `/api/creation-objects/${object.id}/acceptance`;
const view = async (cookie = kit.province.cookie) => (await kit.get(acceptanceUrl(), cookie)).json();
const decide = (lockVersion: number, outcome: 'passed' | 'failed', reason: string) => kit.post(`${acceptanceUrl()}/decision`, { lockVersion, outcome, reason });
const rounds = (attempts: { attempt: number; revision: number; status: string }[]) => attempts.map((a) => [a.attempt, a.revision, a.status]);

/** Assigns the experts to the review; the last one declares no conflict and gives an opinion with `conclusion`. */
async function judge(reviewId: string, assigned: AddExpertResult[], judging: { cookie: string }, conclusion: 'pass' | 'fail'): Promise<void> {
  const assignment = await kit.post(`/api/acceptance-reviews/${reviewId}/experts`, { expertIds: assigned.map((e) => e.expert.id) });
  expect(assignment.statusCode, assignment.body).toBe(200);
  const headers = { ...JSON_HEADERS, cookie: judging.cookie };
  const items = (await t.app.inject({ method: 'GET', url: '/api/my-acceptance-reviews', headers })).json().items as { id: string; status: string }[];
  const task = items.find((item) => item.status === 'undeclared');
  if (!task) throw new Error(`no open task: ${JSON.stringify(items)}`);
  await t.app.inject({ method: 'POST', url: `/api/my-acceptance-reviews/${task.id}/declaration`, headers, payload: { declaration: 'none', note: '' } });
  const theCase = (await t.app.inject({ method: 'GET', url: `/api/my-acceptance-reviews/${task.id}`, headers })).json().case;
  const opinion = await t.app.inject({
    method: 'POST',
    url: `/api/my-acceptance-reviews/${task.id}/opinion`,
    headers,
    payload: {
      indicatorJudgements: theCase.indicatorsToJudge.map((i: { code: string }) => ({ code: i.code, isMet: conclusion === 'pass', comment: conclusion === 'pass' ? '' : '未达到认定标准' })),
      goalJudgements: theCase.goals.map((g: { goalIndex: number }) => ({ goalIndex: g.goalIndex, achievement: conclusion === 'pass' ? 'met' : 'not_met', comment: '' })),
      conclusion,
      comment: conclusion === 'pass' ? '建议通过验收。' : '服务企业数量经核实不足，建议不通过。',
    },
  });
  expect(opinion.statusCode, opinion.body).toBe(200);
}

describe('an upheld objection to the 拟认定公示', () => {
  let first: AddExpertResult;
  let firstReviewId: string;

  it('comes after a pass and a 拟认定公示', async () => {
    const started = await kit.post(`${acceptanceUrl()}/start`, { lockVersion: object.lockVersion });
    expect(started.statusCode, started.body).toBe(200);
    firstReviewId = started.json().attempts[0].id;
    first = await addExpertVia(t, kit.province.cookie);
    await judge(firstReviewId, [first], { cookie: await signInExpert(t, first) }, 'pass');
    const passed = await decide((await view()).lockVersion, 'passed', '各项指标达到认定标准。');
    expect(passed.statusCode, passed.body).toBe(200);
    const notice = await kit.post('/api/certification-notices', {});
    expect([notice.statusCode, notice.json().endsOn]).toEqual([201, '2026-10-09']);

    await kit.setDay('2026-10-09');
    const objection = await kit.sendObjection(notice.json().id, objectionFields(object.id));
    expect(objection.statusCode, objection.body).toBe(201);
    await kit.setDay('2026-10-10');
    const [received] = (await kit.get(`/api/notices/${notice.json().id}/objections`, kit.province.cookie)).json() as { id: string }[];
    const upheld = await kit.post(`/api/objections/${received?.id}/decision`, { outcome: 'upheld', investigation: INVESTIGATION });
    expect(upheld.statusCode, upheld.body).toBe(200);
  });

  it('opens revision 2 of the attempt: same submission and snapshot, undecided, the investigation as the reason, no opinions', async () => {
    expect((await applicationsRepository.findById(t.database.db, object.id))?.state).toBe('acceptance_review');
    const reopened = await view();
    expect(reopened).toMatchObject({
      object: { state: 'acceptance_review' },
      currentAttempt: 1,
      statusText: '拟认定公示异议经核实属实，省工业和信息化厅重新作出第1次评估验收结论',
      canDecide: false,
      decideBlockedReason: '尚无专家提交验收意见，请先指派专家并待其提交意见',
    });
    expect(rounds(reopened.attempts)).toEqual([
      [1, 2, 'under_review'],
      [1, 1, 'passed'],
    ]);
    const [current, earlier] = reopened.attempts;
    expect(current).toMatchObject({ reopenedReason: INVESTIGATION, outcome: null, opinions: [], startedAt: earlier.startedAt, summary: earlier.summary, evidence: earlier.evidence });
    expect(current.snapshot).toEqual(earlier.snapshot);
    // The earlier revision keeps its outcome and its expert's opinion, for everyone who reads the acceptance.
    expect(earlier).toMatchObject({ id: firstReviewId, reopenedReason: null, outcome: 'passed', outcomeReason: '各项指标达到认定标准。' });
    expect(earlier.opinions).toEqual([expect.objectContaining({ expertName: first.expert.name, conclusion: 'pass' })]);
    // The operator reads the outcome and its reason, never the experts' opinions (ADR 0015).
    const forOperator = await view((await t.signIn('applicant', { organisationId: operator.organisationId })).cookie);
    expect(forOperator.attempts[1]).toMatchObject({ outcome: 'passed', outcomeReason: '各项指标达到认定标准。', opinions: [] });

    const audit = await auditLogRepository.findByObject(t.database.db, 'acceptance_review', current.id);
    expect(audit).toEqual([expect.objectContaining({ action: 'acceptance.reopened', actorUserId: kit.province.userId })]);
    expect(audit[0]?.after).toMatchObject({ attempt: 1, revision: 2, previousReviewId: firstReviewId, reopenedReason: INVESTIGATION });
    const listed = (await kit.get('/api/acceptance', kit.province.cookie)).json().items.find((i: { object: { id: string } }) => i.object.id === object.id);
    expect(listed).toMatchObject({ attempt: 1, revision: 2, attemptStatus: 'under_review' });

    // The earlier opinions do not count: the province cannot decide before the new revision's experts have.
    const early = await decide(reopened.lockVersion, 'failed', '服务企业数量不足。');
    expect([early.statusCode, early.json().message]).toEqual([409, '暂不能作出验收结论：尚无专家提交验收意见，请先指派专家并待其提交意见']);
  });

  it('is decided again on the new experts’ opinions; a fail extends the period by a year (attempt 2 next)', async () => {
    const reviewId = (await view()).attempts[0].id as string;
    const second = await addExpertVia(t, kit.province.cookie);
    // The first expert may be assigned again: the new revision is a new review.
    await judge(reviewId, [first, second], { cookie: await signInExpert(t, second) }, 'fail');
    // The first expert has not declared on this revision yet: the province waits for them too.
    expect(await view()).toMatchObject({ canDecide: false, decideBlockedReason: '还有1位专家尚未声明利害关系' });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: JSON_HEADERS, payload: { username: first.expert.username, password: 'Expert#Review2026' } });
    const headers = { ...JSON_HEADERS, cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
    const items = (await t.app.inject({ method: 'GET', url: '/api/my-acceptance-reviews', headers })).json().items as { id: string; status: string }[];
    const task = items.find((item) => item.status === 'undeclared');
    const declared = await t.app.inject({ method: 'POST', url: `/api/my-acceptance-reviews/${task?.id}/declaration`, headers, payload: { declaration: 'conflicted', note: '已参加本轮异议核实' } });
    expect(declared.statusCode, declared.body).toBe(200);
    const ready = await view();
    expect(ready).toMatchObject({ canDecide: true, decideBlockedReason: null });

    const failed = await decide(ready.lockVersion, 'failed', '经核实服务企业数量未达到认定标准。');
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json()).toMatchObject({ object: { state: 'creating' }, currentAttempt: 2 });
    expect(rounds(failed.json().attempts)).toEqual([
      [1, 2, 'failed'],
      [1, 1, 'passed'],
    ]);
    expect((await applicationsRepository.findById(t.database.db, object.id))?.facts).toMatchObject({ isExtended: true, creationPeriodEndsOn: '2027-09-27' });
    expect(await acceptanceRepository.findAttempt(t.database.db, object.id, 1)).toMatchObject({ revision: 2, outcome: 'failed' });
    const forOperator = await view((await t.signIn('applicant', { organisationId: operator.organisationId })).cookie);
    expect(forOperator).toMatchObject({ canDraft: true, statusText: '首次验收未通过，创建期延长至2027-09-27；届满当日起可再次申请评估验收' });
    expect((await decide(failed.json().lockVersion, 'passed', '改判')).statusCode).toBe(409);
  });
});
