// A re-review whose object leaves 复核中 without a decision (Art. 12: the certification revoked during the re-review)
// through HTTP: it is shown and counted as 已终止, nobody may report, assess or decide it, and it gives nobody a 待办,
// while another object of the same round goes on as before (ADR 0016).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationsRepository } from '../../db/repositories/applications.repository';
import { createCertifiedObject } from '../../db/testing/re-review-builders';
import { at } from '../testing/notice-fixtures';
import { startCreationCast, type CreationCast } from '../testing/creation-cast';
import { JSON_HEADERS, type SignedIn } from '../testing/test-app';

let { t, operator, gz, province, auditor } = {} as CreationCast;
beforeAll(async () => {
  ({ t, operator, gz, province, auditor } = await startCreationCast(at('2030-03-01')));
});
afterAll(async () => t.close());

/** Moves the clock and signs everyone in again (sessions last 8 hours). */
async function setDay(day: string): Promise<void> {
  t.clock.set(at(day));
  operator = await t.signIn('applicant', { organisationId: operator.organisationId ?? '' });
  gz = await t.signIn('city', { cityCode: '440100' });
  province = await t.signIn('province');
}

let nextCallYear = 2080;
const certified = () => createCertifiedObject(t.database.db, { organisationId: operator.organisationId ?? '', reReviewDueOn: '2030-03-01', callYear: (nextCallYear += 1) });
const send = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { ...(payload ? JSON_HEADERS : { 'x-requested-with': 'shifan' }), cookie: who.cookie }, ...(payload ? { payload } : {}) });
type Item = { object: { id: string }; status: string; statusLabel: string };
const listed = async (who: SignedIn, query = '') => {
  const response = await send(who, 'GET', `/api/re-reviews${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as Item[];
};
const todos = async (who: SignedIn) => (await send(who, 'GET', '/api/todos')).json().items as { key: string; count: number; link: string }[];
const todo = async (who: SignedIn, key: string) => (await todos(who)).find((i) => i.key === key);
const roundCounts = async () => (await send(province, 'GET', '/api/re-review-rounds')).json().rounds[0].counts as Record<string, number>;

describe('a re-review ended by an Art. 12 revocation', () => {
  it('is 已终止 in the list, the counts and the tab, with nothing left to do for anyone', async () => {
    const revoked = await certified();
    const goesOn = await certified();
    const created = await send(province, 'POST', '/api/re-review-rounds', { year: 2030, opensOn: '2030-03-01', reportDueOn: '2030-03-31', cityDueOn: '2030-04-30' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().counts).toEqual({ reporting: 2, submitted: 0, assessed: 0, passed: 0, failed: 0, ended: 0 });
    expect((await todo(operator, 'reReview.report'))?.count).toBe(2);

    const { lockVersion } = (await applicationsRepository.findById(t.database.db, revoked.id)) ?? { lockVersion: -1 };
    const finding = await send(province, 'POST', `/api/creation-objects/${revoked.id}/integrity-findings`, {
      lockVersion,
      kind: 'data_fraud',
      source: '省工业和信息化厅核查报告（粤工信核〔2030〕3号）',
      foundOn: '2030-02-20',
      reason: '经核查，该平台复核期间服务记录中有300条为虚构企业，数据弄虚作假。',
    });
    expect(finding.statusCode, finding.body).toBe(201);
    expect(finding.json()).toMatchObject({ state: 'revoked', finding: { fromState: 're_review', decision: 'revoked' } });

    // The list (every reader), its filter and the round's counts.
    for (const who of [operator, gz, province, auditor]) {
      const items = await listed(who);
      expect(items.find((i) => i.object.id === revoked.id)).toMatchObject({ status: 'ended', statusLabel: '已终止（已撤销认定命名）' });
      expect(items.find((i) => i.object.id === goesOn.id)).toMatchObject({ status: 'reporting', statusLabel: '待运营主体报告' });
    }
    expect((await listed(province, '?status=ended')).map((i) => i.object.id)).toEqual([revoked.id]);
    expect((await listed(province, '?status=reporting')).map((i) => i.object.id)).toEqual([goesOn.id]);
    expect(await roundCounts()).toEqual({ reporting: 1, submitted: 0, assessed: 0, passed: 0, failed: 0, ended: 1 });

    // The tab: neither current nor actionable for anyone.
    for (const who of [operator, gz, province]) {
      const view = await send(who, 'GET', `/api/creation-objects/${revoked.id}/re-reviews`);
      expect(view.statusCode, view.body).toBe(200);
      expect(view.json()).toMatchObject({ canEditReport: false, canSubmit: false, canAssess: false, canDecide: false, decideBlockedReason: null, failureConsequence: null });
      expect(view.json().object.state).toBe('revoked');
      expect(view.json().reReviews).toHaveLength(1);
      expect(view.json().reReviews[0]).toMatchObject({ status: 'ended', statusLabel: '已终止（已撤销认定命名）', outcome: null });
    }
    expect((await send(operator, 'GET', `/api/creation-objects/${goesOn.id}/re-reviews`)).json()).toMatchObject({ canEditReport: true, canSubmit: true });

    // 待办: only the object still under re-review, for the operator, then (report overdue) the city, then (city's
    // last day over) the province.
    expect(await todo(operator, 'reReview.report')).toMatchObject({ count: 1, link: `/workspace/creation-objects/${goesOn.id}?tab=re-review` });
    await setDay('2030-04-01');
    expect((await todo(gz, 'reReview.assess'))?.count).toBe(1);
    await setDay('2030-05-01');
    expect((await todo(province, 'reReview.decide'))?.count).toBe(1);
    expect(await roundCounts()).toEqual({ reporting: 1, submitted: 0, assessed: 0, passed: 0, failed: 0, ended: 1 });
  });

  it('the list filter accepts ended and names it when refusing another status', async () => {
    const refused = await send(province, 'GET', '/api/re-reviews?status=stopped');
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('状态应为reporting、submitted、assessed、passed、failed或ended');
  });
});
