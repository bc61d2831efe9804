// 地市初审 (Art. 7(1)) through HTTP, one decision at a time: reasons, own city only, the 推荐名额, the 初审截止日
// and two officers at once. The batch, the queue and the export are in city-review-batch.integration.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { auditLogRepository } from '../../db/repositories/audit-log.repository';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { createUser } from '../../db/testing/builders';
import { cityReviewKit } from '../testing/city-review-fixture';
import { createTestApp, type SignedIn, type TestApp } from '../testing/test-app';

let t: TestApp;
let gz: SignedIn;
let gz2: SignedIn;
let sz: SignedIn;
let province: SignedIn;
type Kit = ReturnType<typeof cityReviewKit>;

beforeAll(async () => {
  t = await createTestApp();
  gz = await t.signIn('city', { cityCode: '440100' });
  gz2 = await t.signIn('city', { cityCode: '440100' });
  sz = await t.signIn('city', { cityCode: '440300' });
  province = await t.signIn('province');
  ({ newCall, newApplication, post, decide, stateOf } = cityReviewKit(t, province, 2030));
});
afterAll(async () => t.close());

let newCall: Kit['newCall'];
let newApplication: Kit['newApplication'];
let post: Kit['post'];
let decide: Kit['decide'];
let stateOf: Kit['stateOf'];

describe('one decision', () => {
  it('returns for revision with the reason: history, audit and the applicant told why', async () => {
    const call = await newCall();
    const application = await newApplication(call.id);
    const { user } = await createUser(t.database.db, { role: 'applicant', passwordHash: 'x', organisationId: application.organisationId });
    const response = await decide(gz, application.id, { lockVersion: application.lockVersion, decision: 'return', reason: '审计报告缺少服务收支情况' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: application.id, state: 'returned_for_revision', lockVersion: application.lockVersion + 1 });
    const [event] = await applicationsRepository.listEvents(t.database.db, application.id);
    expect(event).toMatchObject({ event: 'return_for_revision', reason: '审计报告缺少服务收支情况', actorUserId: gz.userId });
    const audit = await auditLogRepository.findByObject(t.database.db, 'application', application.id);
    expect(audit.map((a) => a.action)).toContain('application.return_for_revision');
    const [notice] = await notificationsRepository.listForUser(t.database.db, user.id);
    expect(notice?.body).toContain('审计报告缺少服务收支情况');
  });

  it.each([
    ['return', '请填写退回修改的理由'],
    ['reject', '请填写不予推荐的理由'],
  ])('%s without a reason → 400 on the reason field', async (decision, message) => {
    const call = await newCall();
    const application = await newApplication(call.id);
    const response = await decide(gz, application.id, { lockVersion: application.lockVersion, decision, reason: '   ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'reason', message }]);
    expect(await stateOf(application.id)).toBe('submitted');
  });

  it('rejects with a reason', async () => {
    const call = await newCall();
    const application = await newApplication(call.id);
    const response = await decide(gz, application.id, { lockVersion: application.lockVersion, decision: 'reject', reason: '运营不满3年' });
    expect(response.json().state).toBe('city_rejected');
  });

  it('another city’s case is 404, and nothing changes', async () => {
    const call = await newCall();
    const application = await newApplication(call.id, '440100');
    const response = await decide(sz, application.id, { lockVersion: application.lockVersion, decision: 'recommend' });
    expect(response.statusCode).toBe(404);
    expect(await stateOf(application.id)).toBe('submitted');
    expect((await decide(sz, '00000000-0000-4000-8000-000000000000', { lockVersion: 1, decision: 'recommend' })).statusCode).toBe(404);
  });

  it('recommends and tells the province', async () => {
    const call = await newCall();
    const application = await newApplication(call.id);
    const response = await decide(gz, application.id, { lockVersion: application.lockVersion, decision: 'recommend' });
    expect(response.json().state).toBe('recommended');
    const [notice] = await notificationsRepository.listForUser(t.database.db, province.userId);
    expect(notice?.title).toBe('广州市推荐了1个申报');
  });

  it('a decided case cannot be decided again (current lockVersion, wrong state → 409)', async () => {
    const call = await newCall();
    const application = await newApplication(call.id, '440100', 'recommended');
    const response = await decide(gz, application.id, { lockVersion: application.lockVersion, decision: 'recommend' });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain('不能推荐');
  });

  it('two officers at once: one wins, the other gets 409 STATE_CHANGED with the state', async () => {
    const call = await newCall();
    const application = await newApplication(call.id);
    const [a, b] = await Promise.all([
      decide(gz, application.id, { lockVersion: application.lockVersion, decision: 'recommend' }),
      decide(gz2, application.id, { lockVersion: application.lockVersion, decision: 'return', reason: '请补充佐证材料' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().code).toBe('STATE_CHANGED');
    expect(loser.json().message).toContain('当前状态为');
    expect(['recommended', 'returned_for_revision']).toContain(await stateOf(application.id));
    expect(await applicationsRepository.listEvents(t.database.db, application.id)).toHaveLength(1);
  });
});

describe('the city cap (推荐名额)', () => {
  async function callWithUsed(used: number, cap = 5) {
    const call = await newCall({ '440100': cap });
    for (let i = 0; i < used; i += 1) {
      const application = await newApplication(call.id);
      expect((await decide(gz, application.id, { lockVersion: application.lockVersion, decision: 'recommend' })).statusCode).toBe(200);
    }
    return call;
  }

  it('cap 5 with 4 used: the 5th goes through, the 6th is refused with the arithmetic', async () => {
    const call = await callWithUsed(4);
    const fifth = await newApplication(call.id);
    expect((await decide(gz, fifth.id, { lockVersion: fifth.lockVersion, decision: 'recommend' })).statusCode).toBe(200);
    const sixth = await newApplication(call.id);
    const refused = await decide(gz, sixth.id, { lockVersion: sixth.lockVersion, decision: 'recommend' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'CITY_CAP_REACHED', message: '广州市本年度推荐名额为5个，已推荐5个，不能再推荐' });
    expect(await stateOf(sixth.id)).toBe('submitted');
  });

  it('a city the call gives no cap may recommend any number; another city’s recommendations do not count', async () => {
    const call = await newCall({ '440300': 1 });
    const szApplication = await newApplication(call.id, '440300');
    expect((await decide(sz, szApplication.id, { lockVersion: 1, decision: 'recommend' })).statusCode).toBe(200);
    for (let i = 0; i < 3; i += 1) {
      const application = await newApplication(call.id);
      expect((await decide(gz, application.id, { lockVersion: 1, decision: 'recommend' })).statusCode).toBe(200);
    }
  });

  it('batch of 2 with 4 of 5 used is refused as a whole; the preview shows why and writes nothing', async () => {
    const call = await callWithUsed(4);
    const [a, b] = [await newApplication(call.id), await newApplication(call.id)];
    const preview = await post(gz.cookie, '/api/city-review/recommendations/preview', { callId: call.id, applicationIds: [a.id, b.id] });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ canCommit: false, cap: { limit: 5, used: 4, adding: 2, remaining: 1, isAllowed: false }, message: '广州市本年度推荐名额为5个，已推荐4个，本次推荐2个将超出名额' });
    const refused = await post(gz.cookie, '/api/city-review/recommendations', { callId: call.id, items: [a, b].map((x) => ({ id: x.id, lockVersion: x.lockVersion })) });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('CITY_CAP_REACHED');
    expect([await stateOf(a.id), await stateOf(b.id)]).toEqual(['submitted', 'submitted']);
  });

  it('after the 初审截止日 recommending is refused with the date', async () => {
    const call = await newCall();
    const application = await newApplication(call.id);
    t.clock.set(new Date('2026-12-15T15:59:00Z'));
    // Signed in after the clock moved (sessions expire), and only this one is used until it moves back.
    const officer = await t.signIn('city', { cityCode: '440100' });
    const preview = await post(officer.cookie, '/api/city-review/recommendations/preview', { callId: call.id, applicationIds: [application.id] });
    expect(preview.json().canCommit).toBe(true);
    t.clock.set(new Date('2026-12-15T16:00:00Z'));
    try {
      const response = await decide(officer, application.id, { lockVersion: 1, decision: 'recommend' });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ code: 'CITY_REVIEW_CLOSED', message: '本年度初审推荐截止日期为2026-12-15，已过截止日期，不能再推荐' });
    } finally {
      t.clock.set(new Date('2026-11-28T02:00:00Z'));
    }
  });
});

describe('returning for revision ends with the 初审截止日 (the applicant could not resubmit after it)', () => {
  it('still returns on the deadline day; the next day → 422 CITY_REVIEW_CLOSED and nothing changes', async () => {
    const call = await newCall();
    const [onTime, late] = [await newApplication(call.id), await newApplication(call.id)];
    t.clock.set(new Date('2026-12-15T15:59:00Z'));
    const officer = await t.signIn('city', { cityCode: '440100' });
    try {
      expect((await decide(officer, onTime.id, { lockVersion: 1, decision: 'return', reason: '补充材料' })).json().state).toBe('returned_for_revision');
      t.clock.set(new Date('2026-12-15T16:00:00Z'));
      const refused = await decide(officer, late.id, { lockVersion: 1, decision: 'return', reason: '补充材料' });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'CITY_REVIEW_CLOSED', message: '初审已于2026年12月15日24时截止，申报单位已不能重新提交，不能再退回修改，请作出推荐或不予推荐的决定' });
      expect(await stateOf(late.id)).toBe('submitted');
      // Rejecting stays possible: the case must not be left undecided.
      expect((await decide(officer, late.id, { lockVersion: 1, decision: 'reject', reason: '逾期未完成初审' })).json().state).toBe('city_rejected');
    } finally {
      t.clock.set(new Date('2026-11-28T02:00:00Z'));
    }
  });
});
