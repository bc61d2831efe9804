// 待办 through the HTTP API: each role sees the work in its own reach (F3 item 6), and the acceptance and
// certification work of F5 on the day it becomes possible (ADR 0015).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignedAcceptanceExperts } from '../../contracts/acceptance-opinions';
import { addAcceptanceOpinion, createAcceptanceObject } from '../../db/testing/acceptance-builders';
import { createAcceptanceUnderReview, setAcceptanceOutcome } from '../../db/testing/acceptance-opinion-builders';
import { createApplication, createPublishedCall } from '../../db/testing/application-builders';
import { createOrganisation } from '../../db/testing/builders';
import { createCertificationShortlist } from '../../db/testing/certification-builders';
import { addExpertVia, signInExpert } from '../testing/expert-review-fixture';
import { noticeKit } from '../testing/notice-fixtures';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(new Date('2026-11-28T02:00:00Z'));
});
afterAll(async () => t.close());

interface Item {
  key: string;
  count: number;
  link: string | null;
}
const itemsOf = async (cookie: string) => {
  const response = await t.app.inject({ method: 'GET', url: '/api/todos', headers: { cookie } });
  expect(response.statusCode).toBe(200);
  return response.json().items as Item[];
};
const keysOf = async (cookie: string) => Object.fromEntries((await itemsOf(cookie)).map((item) => [item.key, item.count]));
/** Only the F5 items, with their links: key → [count, link]. */
const f5Of = async (cookie: string) =>
  Object.fromEntries((await itemsOf(cookie)).filter((item) => /^(acceptance|certification)\./.test(item.key)).map((item) => [item.key, [item.count, item.link]]));

describe('待办 from the applications', () => {
  it('counts only what lies in each person’s reach', async () => {
    const province = await t.signIn('province');
    const call = await createPublishedCall(t.database.db, province.userId, { year: 2031 });
    const guangzhou = await createOrganisation(t.database.db, { cityCode: '440100' });
    const shenzhen = await createOrganisation(t.database.db, { cityCode: '440300', countyCode: '440305' });
    const at = (organisation: typeof guangzhou, state: Parameters<typeof createApplication>[1]['state'], facts = {}) =>
      createApplication(t.database.db, { callId: call.id, organisationId: organisation.id, cityCode: organisation.cityCode, state, facts });
    await at(guangzhou, 'submitted');
    await at(guangzhou, 'submitted');
    await at(shenzhen, 'submitted');
    await at(guangzhou, 'returned_for_revision');
    await at(shenzhen, 'recommended');
    await at(shenzhen, 'shortlisted');
    // Its window ended the day before "today" (2026-11-28): waiting for confirmation.
    await at(guangzhou, 'creation_publicity', { publicityEndsOn: '2026-11-27', publicityNoticeId: '00000000-0000-4000-8000-00000000a001' });
    await at(guangzhou, 'creation_publicity', { publicityEndsOn: '2026-11-28', publicityNoticeId: '00000000-0000-4000-8000-00000000a002' });

    const cityGuangzhou = await t.signIn('city', { cityCode: '440100' });
    expect(await keysOf(cityGuangzhou.cookie)).toMatchObject({ 'applications.cityReview': 2 });
    const applicant = await t.signIn('applicant', { organisationId: guangzhou.id });
    expect(await keysOf(applicant.cookie)).toMatchObject({ 'applications.returned': 1 });
    const applicantSz = await t.signIn('applicant', { organisationId: shenzhen.id });
    expect(await keysOf(applicantSz.cookie)).not.toHaveProperty('applications.returned');
    const provinceTodos = await keysOf(province.cookie);
    expect(provinceTodos).toMatchObject({ 'applications.provinceReview': 1, 'notices.publish': 1, 'notices.confirm': 1 });
    expect(await keysOf((await t.signIn('auditor')).cookie)).toEqual({});
  });
});

// Each builder publishes a call of its own year: distinct years, clear of the one above.
let callYear = 2000;
const nextYear = () => (callYear += 1);

describe('待办 of acceptance (Art. 7(3); "today" is 2026-11-28)', () => {
  it('the operator applies from the period’s last day on; the province organises from the day after', async () => {
    const organisation = await createOrganisation(t.database.db, { cityCode: '440100' });
    const object = (endsOn: string, organisationId = organisation.id, state: 'creating' | 'acceptance_submitted' = 'creating') =>
      createAcceptanceObject(t.database.db, { organisationId, endsOn, callYear: nextYear(), state });
    await object('2026-11-27');
    await object('2026-11-28');
    await object('2026-11-29');
    await object('2026-11-01', organisation.id, 'acceptance_submitted');
    const other = await createOrganisation(t.database.db, { cityCode: '440300' });
    const single = await object('2026-11-28', other.id);
    await object('2026-11-29', (await createOrganisation(t.database.db)).id);

    const operator = await t.signIn('applicant', { organisationId: organisation.id });
    expect(await f5Of(operator.cookie)).toEqual({ 'acceptance.apply': [2, '/workspace/creation-objects'] });
    const operatorOfOne = await t.signIn('applicant', { organisationId: other.id });
    expect(await f5Of(operatorOfOne.cookie)).toEqual({ 'acceptance.apply': [1, `/workspace/creation-objects/${single.id}?tab=acceptance`] });
    // Only the period that ended on 2026-11-27 is over; the one applied for counts whatever its date.
    expect(await f5Of((await t.signIn('province')).cookie)).toEqual({ 'acceptance.start': [2, '/workspace/acceptance'] });
    for (const role of ['city', 'auditor', 'expert'] as const) expect(await f5Of((await t.signIn(role)).cookie)).toEqual({});
  });

  it('the province assigns experts, then decides once every expert has declared and every one without a conflict has given an opinion; each expert sees its open assignments', async () => {
    const province = await t.signIn('province');
    const underReview = async () =>
      (await createAcceptanceUnderReview(t.database.db, { organisationId: (await createOrganisation(t.database.db)).id, callYear: nextYear(), startedBy: province.userId })).review;
    const expert = await addExpertVia(t, province.cookie);
    const expertCookie = await signInExpert(t, expert);
    const assign = async (reviewId: string) => {
      const response = await t.app.inject({ method: 'POST', url: `/api/acceptance-reviews/${reviewId}/experts`, headers: { ...JSON_HEADERS, cookie: province.cookie }, payload: { expertIds: [expert.expert.id] } });
      expect(response.statusCode, response.body).toBe(200);
      const opinion = (response.json() as AssignedAcceptanceExperts).opinions.find((o) => o.expertId === expert.expert.id);
      return opinion?.id ?? '';
    };
    const declare = async (opinionId: string, payload: object) => {
      const response = await t.app.inject({ method: 'POST', url: `/api/my-acceptance-reviews/${opinionId}/declaration`, headers: { ...JSON_HEADERS, cookie: expertCookie }, payload });
      expect(response.statusCode, response.body).toBe(200);
    };

    await underReview(); // nobody assigned: 安排验收专家
    const conflicted = await underReview(); // the only expert declared a conflict: 安排验收专家
    await declare(await assign(conflicted.id), { declaration: 'conflicted', note: '曾任该单位顾问' });
    const ready = await underReview(); // one opinion in, the other expert declared a conflict: 作出验收结论
    await addAcceptanceOpinion(t.database.db, ready.id, { expertName: '甲专家', declaration: 'none', conclusion: 'pass' });
    await addAcceptanceOpinion(t.database.db, ready.id, { expertName: '乙专家', declaration: 'conflicted' });
    const undeclared = await underReview(); // one opinion in, the other expert has not declared: nothing for the province
    await addAcceptanceOpinion(t.database.db, undeclared.id, { expertName: '丁专家', declaration: 'none', conclusion: 'pass' });
    await addAcceptanceOpinion(t.database.db, undeclared.id, { expertName: '戊专家' });
    const waiting = await underReview(); // one opinion in, ours declared none and is still working: nothing for the province
    await addAcceptanceOpinion(t.database.db, waiting.id, { expertName: '丙专家', declaration: 'none', conclusion: 'fail' });
    await declare(await assign(waiting.id), { declaration: 'none' });
    await assign((await underReview()).id); // ours not yet declared: nothing for the province
    const decided = await underReview(); // decided since ours was assigned: nothing for anyone
    await assign(decided.id);
    await setAcceptanceOutcome(t.database.db, decided.id, 'passed');

    expect(await f5Of(province.cookie)).toMatchObject({
      'acceptance.assignExperts': [2, '/workspace/acceptance'],
      'acceptance.decide': [1, `/workspace/acceptance/${ready.applicationId}`],
    });
    expect(await f5Of(expertCookie)).toEqual({ 'acceptance.judge': [2, '/workspace/my-acceptance-reviews'] });
    expect(await f5Of(await signInExpert(t, await addExpertVia(t, province.cookie)))).toEqual({});
    expect(await f5Of((await t.signIn('city', { cityCode: '440100' })).cookie)).toEqual({});
  });
});

describe('待办 of certification (Art. 7(4))', () => {
  it('publishes the 拟认定公示, then announces the day after its window', async () => {
    const kit = noticeKit(t, await t.signIn('province'));
    const certificationItems = async () => Object.fromEntries(Object.entries(await f5Of(kit.province.cookie)).filter(([key]) => key.startsWith('certification.')));
    await kit.setDay('2026-11-30');
    await createCertificationShortlist(t.database.db, nextYear(), [{ cityCode: '440100' }, { cityCode: '440300', carrier: 'base' }]);
    expect(await certificationItems()).toEqual({ 'certification.publishNotice': [2, '/workspace/certification'] });

    const notice = await kit.post('/api/certification-notices', {});
    expect(notice.statusCode, notice.body).toBe(201);
    const endsOn = notice.json().endsOn as string;
    await createCertificationShortlist(t.database.db, nextYear(), [{ cityCode: '440500' }]);
    await kit.setDay(endsOn);
    expect(await certificationItems()).toEqual({ 'certification.publishNotice': [1, '/workspace/certification'] });

    const dayAfter = new Date(Date.parse(`${endsOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await kit.setDay(dayAfter);
    expect(await certificationItems()).toEqual({
      'certification.publishNotice': [1, '/workspace/certification'],
      'certification.announce': [1, '/workspace/certification'],
    });
    const announced = await kit.post(`/api/notices/${notice.json().id}/certification-announcement`, {});
    expect(announced.statusCode, announced.body).toBe(201);
    expect(await certificationItems()).toEqual({ 'certification.publishNotice': [1, '/workspace/certification'] });
  });
});
